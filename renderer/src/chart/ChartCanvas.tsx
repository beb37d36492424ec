// Hosts the Cytoscape container: creates the controller on mount, destroys it on
// unmount, and turns its callbacks into UI state. The sync components below keep
// the chart in step with that state.
import { useEffect, useRef } from 'react';
import { useClient } from '../client/client-context';
import { ZoomControls } from '../components/ZoomControls';
import { useUi } from '../state/ui-store';
import { useChartHandle } from './chart-handle';
import { ChartController } from './controller';
import { NetworkSummary } from '../components/analysis/NetworkSummary';
import { AnalysisSync } from './analysis-sync';
import { ChainHeaders } from './chain-headers';
import { Legend } from './Legend';
import { FocusSync, GraphSync, LayoutSync, LookSync, SelectionSync } from './sync';
import { BudgetBanner } from './BudgetBanner';
import { ChartActionsSync, ShortcutSync } from './actions/ActionsSync';
import { requestExpand } from './actions/expand';
import { selectedEntityIds, setCollapsed } from './actions/commands';
import { useOverlay } from './actions/overlay-store';
import { ChartOverlays } from '../components/chart-menu/ChartOverlays';
import { ChartSessionSync } from './saved-chart-sync';
import { recordMove } from './saved-chart-history';
import { NotesLayer } from './notes/NotesLayer';
import { BusyLine } from './BusyLine';
import { reportBusy, resetChartStatus, useChartStatus } from './chart-status';
import { mark } from '../app/marks';

export function ChartCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const { chart, setChart } = useChartHandle();
  // Set once the first layout has ended: whole-workspace analysis waits for it (see AnalysisSync).
  const drawn = useChartStatus((s) => s.drawn);
  const client = useClient();

  useEffect(() => {
    mark('chart-mounted');
    const ui = useUi.getState;
    const controller = new ChartController(container.current!, {
      onSelect: (selection) => ui().select(selection),
      onBusy: reportBusy,
      onMoved: recordMove,
      onExpand: (entityId) =>
        void requestExpand(client, entityId, controller.entityInfo(entityId)?.label ?? 'entity'),
      onContextMenu: (target, at) => {
        // A right-click on an entity outside the selection acts on that entity alone.
        if (target.kind === 'node' && !selectedEntityIds().includes(target.entityId)) {
          ui().select({ kind: 'node', id: target.entityId });
        }
        useOverlay.getState().openMenu(target, at);
      },
      onOpenGroup: (groupId) => setCollapsed(groupId, false),
    });
    setChart(controller);
    return () => {
      setChart(null);
      controller.destroy();
      resetChartStatus();
    };
  }, [client, setChart]);

  return (
    <div className="chart-pane">
      <div className="chart-stage">
        <div className="chart" ref={container} data-testid="chart" aria-label="Link chart" />
        {chart && (
          <>
            <NotesLayer chart={chart} />
            <ChartSessionSync chart={chart} />
            <GraphSync chart={chart} />
            <SelectionSync chart={chart} />
            <LayoutSync chart={chart} />
            <FocusSync chart={chart} />
            <ChartActionsSync chart={chart} />
            <ShortcutSync chart={chart} />
            <ChartOverlays chart={chart} />
            <AnalysisSync chart={chart} drawn={drawn} />
            <LookSync chart={chart} />
            <NetworkSummary />
            <BudgetBanner />
            <ChainHeaders chart={chart} />
            <ZoomControls
              zoomBy={(f) => chart.zoomBy(f)}
              fit={() => chart.fit()}
              fitTitle="Fit the whole chart"
              zoomTestIds
              fitTestId="fit"
            />
          </>
        )}
        <BusyLine chart={chart} />
      </div>
      {chart && <Legend />}
    </div>
  );
}
