// The chart's busy line ("laying out…", "drawing 40%…") with its Cancel button. It has its
// own small store: the message changes every frame while a big chart is drawn, and only this
// line should draw again then, not the chart pane and every panel under it.
import { create } from 'zustand';
import type { ChartController } from './controller';

export const useChartBusy = create<{ message: string | null }>(() => ({ message: null }));

export function BusyLine({ chart }: { chart: ChartController | null }) {
  const message = useChartBusy((s) => s.message);
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
