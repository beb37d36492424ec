// Opening a case (or a connection) from the case map should show its chart at once: the
// chart's code and layout worker load while the map is idle, and the chart's data is asked
// for as soon as a case or connection is selected, before "Open … on the chart" is pressed.
// The host answers one call at a time, and the chart view asks for its side panels' data
// (connections, key players) when it mounts: the chart's own call asked first is not held
// behind them.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { WorkbenchClient } from '../../../shared/contract/host';
import type { CallInput, CallName } from '../../../shared/contract/calls';
import { useClient } from '../client/client-context';
import { callKey } from '../data/queries';
import { graphInput } from '../chart/budget';
import { prefetchChartView } from '../views/chart-view';
import type { CaseMapSelection } from './controller';

/** How long after the map is drawn the chart's code loads at the latest, idle or not. */
const IDLE_WAIT_MS = 1500;
let codeAsked = false;

/** Loads the chart's code once, when the page is next idle. */
export function prefetchChartCodeWhenIdle(): void {
  if (codeAsked) return;
  codeAsked = true;
  const load = () => void prefetchChartView().catch(() => (codeAsked = false));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: IDLE_WAIT_MS });
  else setTimeout(load, IDLE_WAIT_MS);
}

/** Asks for a call's answer into the cache, where the view's own useCall will find it. */
export function prefetchCall<N extends CallName>(
  queryClient: QueryClient,
  client: WorkbenchClient,
  name: N,
  input: CallInput<N>,
) {
  // The same key and lifetime as useCall, so the chart's own query finds this answer.
  void queryClient.prefetchQuery({
    queryKey: callKey(name, input),
    queryFn: () => client.call(name, input),
    staleTime: 30_000,
  });
}

/** Asks for the chart of what is selected on the map (and the case list its colours need). */
export function useChartDataPrefetch(selection: CaseMapSelection): void {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!selection) return;
    if (selection.kind === 'cases') {
      prefetchCall(queryClient, client, 'graph.get', graphInput(selection.ids));
    } else {
      const { caseA, caseB } = selection;
      const { limit } = graphInput([caseA, caseB]);
      prefetchCall(queryClient, client, 'casemap.connectionGraph', { caseA, caseB, limit });
    }
    prefetchCall(queryClient, client, 'cases.list', {});
  }, [selection, client, queryClient]);
}
