// The chart's busy line with its Cancel button; the only part of the pane that draws again
// as the message changes (see chart-status.ts).
import type { ChartController } from './controller';
import { useChartStatus } from './chart-status';

export function BusyLine({ chart }: { chart: ChartController | null }) {
  const message = useChartStatus((s) => s.busy);
  if (!message) return null;
  return (
    <div className="chart-busy" data-testid="chart-busy">
      <span className="spinner" /> {message}
      {chart && (
        <button className="button small" onClick={() => chart.cancel()} data-testid="chart-cancel">
          Cancel
        </button>
      )}
    </div>
  );
}
