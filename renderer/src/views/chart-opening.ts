// The workbench opened on the chart (?view=chart in the address, a bookmark, a training
// room's link): the chart's graph is asked for as the page starts, alongside the chart's
// code, instead of once that code has loaded and the chart has mounted. On a big workspace
// the host's answer takes about as long as the code, so the two no longer follow each other.
import type { QueryClient } from '@tanstack/react-query';
import type { WorkbenchClient } from '../../../shared/contract/host';
import { pageReloaded } from '../app/navigation';
import { prefetchCall } from '../casemap/chart-prefetch';
import { graphInput } from '../chart/budget';
import { useUi } from '../state/ui-store';
import { prefetchChartView } from './chart-view';

/** Starts the chart's data and code when the page opens on the chart; otherwise does nothing. */
export function startChartOpening(queryClient: QueryClient, client: WorkbenchClient): void {
  const ui = useUi.getState();
  if (ui.activeView !== 'chart') return;
  // A reload brings back the chart session instead (saved-chart-sync.tsx), whose entities
  // are asked for once it is read: the cases' graph would be read for nothing.
  if (!pageReloaded() && !ui.connection) {
    prefetchCall(queryClient, client, 'graph.get', graphInput(ui.caseIds));
    prefetchCall(queryClient, client, 'cases.list', {});
  }
  void prefetchChartView().catch(() => {});
}
