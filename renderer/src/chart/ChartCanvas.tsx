// Hosts the Cytoscape container: creates the controller on mount, destroys it on
// unmount, and turns its callbacks into UI state. The sync components below keep
// the chart in step with that state.
import { useEffect, useRef, useState } from 'react';
import { useClient } from '../client/client-context';
import { reportError } from '../state/notices';
import { useUi } from '../state/ui-store';
import { useChartHandle } from './chart-handle';
import { ChartController } from './controller';
import { NetworkSummary } from '../components/analysis/NetworkSummary';
import { AnalysisSync } from './analysis-sync';
import { ChainHeaders } from './chain-headers';
import { Legend } from './Legend';
import { FocusSync, GraphSync, LayoutSync, SelectionSync } from './sync';
import { BudgetBanner } from './BudgetBanner';
import { neighbourInput } from './budget';
import { noticeIfCapped } from './expansion-notice';

export function ChartCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const { chart, setChart } = useChartHandle();
  const [busy, setBusy] = useState<string | null>(null);
  const client = useClient();

  useEffect(() => {
    const ui = useUi.getState;
    const controller = new ChartController(container.current!, {
      onSelect: (selection) => ui().select(selection),
      onBusy: setBusy,
      onExpand: (entityId) => {
        client
          .call('graph.neighbours', neighbourInput(entityId))
          .then((data) => {
            ui().addExpansion({ anchor: entityId, data });
            noticeIfCapped(data, entityId);
          })
          .catch(reportError);
      },
    });
    setChart(controller);
    return () => {
      setChart(null);
      controller.destroy();
    };
  }, [client, setChart]);

  return (
    <div className="chart-pane">
      <div className="chart-stage">
        <div className="chart" ref={container} data-testid="chart" aria-label="Link chart" />
        {chart && (
          <>
            <GraphSync chart={chart} />
            <SelectionSync chart={chart} />
            <LayoutSync chart={chart} />
            <FocusSync chart={chart} />
            <AnalysisSync chart={chart} />
            <NetworkSummary />
            <BudgetBanner />
            <ChainHeaders chart={chart} />
            <div className="chart-controls">
              <button
                className="icon-button boxed"
                title="Zoom in"
                onClick={() => chart.zoomBy(1.25)}
                data-testid="zoom-in"
              >
                +
              </button>
              <button
                className="icon-button boxed"
                title="Zoom out"
                onClick={() => chart.zoomBy(0.8)}
                data-testid="zoom-out"
              >
                −
              </button>
              <button
                className="icon-button boxed"
                title="Fit the whole chart"
                onClick={() => chart.fit()}
                data-testid="fit"
              >
                ⤢
              </button>
            </div>
          </>
        )}
        {busy && (
          <div className="chart-busy" data-testid="chart-busy">
            <span className="spinner" /> {busy}
            {chart && (
              <button className="button small" onClick={() => chart.cancel()} data-testid="chart-cancel">
                Cancel
              </button>
            )}
          </div>
        )}
      </div>
      {chart && <Legend />}
    </div>
  );
}
