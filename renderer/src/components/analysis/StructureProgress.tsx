// While a big network is measured (in the backend's worker): how far it has come, and Cancel.
// After a cancel, the way to measure again. Small networks answer too fast to show either.
import type { UseQueryResult } from '@tanstack/react-query';
import type { StructureSummary } from '../../../../shared/contract/analysis-model';
import { useCancelStructure, useStructureProgress } from '../../data/use-structure';

export function StructureProgress({
  caseIds,
  structure,
}: {
  caseIds: number[] | null;
  structure: UseQueryResult<StructureSummary>;
}) {
  const progress = useStructureProgress(caseIds, structure.isFetching);
  const cancel = useCancelStructure(caseIds);
  if (progress) {
    const percent = Math.floor((100 * progress.done) / Math.max(1, progress.total));
    return (
      <div className="structure-progress" data-testid="structure-progress">
        <div className="analysis-row">
          <progress value={progress.done} max={progress.total} aria-label="Measuring the network" />
          <span className="num">{percent}%</span>
          <button onClick={cancel} data-testid="structure-cancel">
            Cancel
          </button>
        </div>
        <div className="muted">{progress.message}</div>
      </div>
    );
  }
  if (structure.isFetching && structure.isPending)
    return <p className="empty-hint">Measuring the network…</p>;
  if (structure.isPending)
    return (
      <p className="empty-hint" data-testid="structure-cancelled">
        Measuring was cancelled.{' '}
        <button className="analysis-link" onClick={() => void structure.refetch()}>
          Measure again
        </button>
      </p>
    );
  return null;
}
