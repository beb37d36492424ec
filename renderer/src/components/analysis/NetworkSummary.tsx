// One line that says what the chart shows: n cases in m separate networks, and the
// bridges (entities whose removal splits a network) that join cases.
import '../../app/analysis.css';
import { useStructure } from '../../data/use-structure';
import { useUi } from '../../state/ui-store';
import { useChartStatus } from '../../chart/chart-status';

export function NetworkSummary() {
  const caseIds = useUi((s) => s.caseIds);
  const focusEntity = useUi((s) => s.focusEntity);
  // Asked for once the chart is drawn: computing it would slow the drawing (chart-status.ts).
  const drawn = useChartStatus((st) => st.drawn);
  const s = useStructure(caseIds, { enabled: drawn }).data;
  if (!s) return null;
  return (
    <div className="network-summary" data-testid="network-summary">
      <strong>
        {s.caseCount} case{s.caseCount === 1 ? '' : 's'} in {s.joinedNetworkCount} separate network
        {s.joinedNetworkCount === 1 ? '' : 's'}
      </strong>
      {s.joinedNetworkCount > 1 && (
        <span className="muted"> · the largest joins {s.largestNetworkCaseCount} cases</span>
      )}
      {s.joiners.length > 0 && (
        <span>
          {' '}
          · bridges:{' '}
          {s.joiners.map((e, i) => (
            <span key={e.id}>
              {i > 0 && ', '}
              <button className="analysis-link" onClick={() => focusEntity(e.id)}>
                {e.label}
              </button>
            </span>
          ))}
        </span>
      )}
    </div>
  );
}
