// Filters of the review queue: entity type, case, score band (and decision on the
// Decided tab).
import { ENTITY_TYPES, ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { useCall } from '../../data/queries';
import { SCORE_BANDS, type ScoreBand } from './review-logic';
import { useReview, type DecidedFilter } from './review-store';

const DECIDED_OPTIONS: [DecidedFilter, string][] = [
  ['all', 'Any decision'],
  ['accepted', 'Accepted'],
  ['rejected', 'Rejected'],
  ['unsure', 'Unsure'],
];

export function QueueFilters() {
  const { tab, type, caseId, band, decided, set } = useReview();
  const cases = useCall('cases.list', {}).data ?? [];
  return (
    <div className="panel-filter queue-filters">
      <select
        value={type}
        onChange={(e) => set({ type: e.target.value as EntityType | 'all', selectedId: null })}
        aria-label="Entity type"
        data-testid="filter-type"
      >
        <option value="all">All types</option>
        {ENTITY_TYPES.map((t) => (
          <option key={t} value={t}>
            {ENTITY_TYPE_INFO[t].plural}
          </option>
        ))}
      </select>
      <select
        value={caseId ?? ''}
        onChange={(e) => set({ caseId: e.target.value ? Number(e.target.value) : null, selectedId: null })}
        aria-label="Case"
        data-testid="filter-case"
      >
        <option value="">All cases</option>
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.number}
          </option>
        ))}
      </select>
      <select
        value={band}
        onChange={(e) => set({ band: e.target.value as ScoreBand, selectedId: null })}
        aria-label="Score band"
        data-testid="filter-band"
      >
        {SCORE_BANDS.map((b) => (
          <option key={b.id} value={b.id}>
            {b.label}
          </option>
        ))}
      </select>
      {tab === 'decided' && (
        <select
          value={decided}
          onChange={(e) => set({ decided: e.target.value as DecidedFilter, selectedId: null })}
          aria-label="Decision"
          data-testid="filter-decision"
        >
          {DECIDED_OPTIONS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
