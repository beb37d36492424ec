// The person weights in force for this workspace: estimated from its own records (how many
// people and pairs, when), with the strongest evidence per field, and a button that
// estimates them again from what the workspace holds now.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { WeightEstimate } from '../../../../shared/contract/matching-model';
import { useClient } from '../../client/client-context';
import { useCall } from '../../data/queries';
import { reportError, reportInfo } from '../../state/notices';

const FIELDS: Record<string, string> = {
  given: 'first name',
  surname: 'surname',
  dob: 'date of birth',
  address: 'address',
  linked: 'linked entity',
};

export function WeightEstimateSection() {
  const estimate = useCall('matching.estimate.get', {});
  const client = useClient();
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      const fresh = await client.call('matching.estimate.run', {});
      await queryClient.invalidateQueries({ queryKey: ['call', 'matching.estimate.get'] });
      reportInfo(
        fresh
          ? `Weights estimated from ${fresh.people.toLocaleString()} people.`
          : 'Too few people to estimate weights.',
      );
    } catch (err) {
      reportError(err);
    } finally {
      setRunning(false);
    }
  };
  return (
    <section data-testid="settings-estimate">
      <h4 className="section-title form-subtitle">Person weights</h4>
      <div
        className="form-hint"
        data-testid="estimate-summary"
        data-estimated-at={estimate.data?.estimatedAt ?? ''}
      >
        {estimate.isLoading ? 'Loading…' : summary(estimate.data ?? null)}
      </div>
      {estimate.data ? <StrongestLevels estimate={estimate.data} /> : null}
      <button
        type="button"
        className="button small"
        onClick={() => void run()}
        disabled={running}
        data-testid="estimate-run"
      >
        {running ? 'Estimating…' : 'Estimate again'}
      </button>
    </section>
  );
}

function summary(e: WeightEstimate | null): string {
  if (!e)
    return 'Hand-set starting values: weights are estimated at the first matching run with 20 or more people.';
  const when = new Date(e.estimatedAt).toLocaleString();
  return `Estimated from this workspace on ${when}: ${e.people.toLocaleString()} people, ${e.randomPairs.toLocaleString()} random pairs (how often fields agree by chance) and ${e.blockedPairs.toLocaleString()} candidate pairs (how often they agree for one person).`;
}

/** Per field, its agreeing level and how strongly it counts (log2 m/u, in bits). */
function StrongestLevels({ estimate }: { estimate: WeightEstimate }) {
  const rows = Object.entries(FIELDS).flatMap(([field, name]) => {
    const levels = estimate.levels[field];
    const top = levels ? Object.entries(levels)[0] : undefined;
    if (!top) return [];
    const [level, [m, u]] = top;
    return [{ field, name, level, weight: Math.log2(m / u) }];
  });
  return (
    <ul className="estimate-levels" data-testid="estimate-levels">
      {rows.map((r) => (
        <li key={r.field}>
          {r.name} ({r.level}): {r.weight >= 0 ? '+' : ''}
          {r.weight.toFixed(1)}
        </li>
      ))}
    </ul>
  );
}
