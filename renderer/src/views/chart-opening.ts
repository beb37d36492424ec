// The workbench opened on the chart (?view=chart in the address, a bookmark, a training
// room's link): the chart's graph is asked for as soon as the chart's code is in, while the
// page evaluates that code and mounts the view, instead of once the chart has mounted. Not
// before the code: the host answers one request at a time, and a 5,000-entity graph read
// first held every file of the chart's code back until it was answered.
import type { QueryClient } from '@tanstack/react-query';
import type { WorkbenchClient } from '../../../shared/contract/host';
import { pageReloaded } from '../app/navigation';
import { prefetchCall } from '../casemap/chart-prefetch';
import { graphInput } from '../chart/budget';
import { useUi } from '../state/ui-store';
import { chartWorkspaceCode, prefetchChartView } from './chart-view';

/** Starts the chart's data and code when the page opens on the chart; otherwise does nothing. */
export function startChartOpening(queryClient: QueryClient, client: WorkbenchClient): void {
  const ui = useUi.getState();
  if (ui.activeView !== 'chart') return;
  const code = prefetchChartView();
  // A reload brings back the chart session instead (saved-chart-sync.tsx), whose entities
  // are asked for once it is read: the cases' graph would be read for nothing.
  if (!pageReloaded() && !ui.connection) {
    const ask = () => {
      prefetchCall(queryClient, client, 'graph.get', graphInput(ui.caseIds));
      prefetchCall(queryClient, client, 'cases.list', {});
    };
    // The layout worker's code is asked for before the graph, for the same reason: the
    // chart's layout waits for that worker, and its code held behind the graph's read came
    // in only after the graph itself (loaded with the chart's code, the import is at hand).
    const warmThenAsk = () =>
      import('../chart/layout-runner').then((runner) => runner.warmLayoutWorker()).finally(ask);
    void chartWorkspaceCode().then(warmThenAsk, ask);
  }
  void code.catch(() => {});
}
