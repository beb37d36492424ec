// Lays the whole chart out again: added entities are only placed next to their
// neighbours, so this is how the analyst asks for a fresh layout of everything.
import { useChart } from '../../chart/chart-handle';
import { reportError } from '../../state/notices';

export function RelayoutButton() {
  const chart = useChart();
  return (
    <button
      className="icon-button boxed"
      disabled={!chart}
      onClick={() => void chart?.relayout().catch(reportError)}
      title="Lay out the whole chart again"
      aria-label="Lay out the whole chart again"
      data-testid="relayout"
    >
      ↻
    </button>
  );
}
