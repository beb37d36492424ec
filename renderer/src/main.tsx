// Entry point: one client for whichever host is present, TanStack Query for server
// data (failures reported as notices), then the workbench.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
// Shared looks first: app.css and the views' review-import.css come after and refine them.
import './app/panels.css';
import { createClientOrExplain } from './client/create-client';
import { CallFailed } from './client/call-failed';
import { ClientProvider } from './client/client-context';
import { refreshAfter } from './data/queries';
import { reportError } from './state/notices';
import { shouldReport } from './data/query-errors';
import { App } from './app/App';
import { recordingSaves } from './training/activity';
import { rasterIconsReady } from './chart/icons/raster';
import { startIfOpeningOnCaseMap } from './casemap/layout-worker-start';
import { prefetchCaseMap } from './views/casemap-view';
import { startChartOpening } from './views/chart-opening';
import { useUi } from './state/ui-store';
import './app/app.css';
import './app/theme-dark.css';

// Saves are recorded on their way through, for the walkthrough's "export" steps.
const client = recordingSaves(createClientOrExplain());
const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (err, query) =>
      shouldReport(err, query.meta, query.state.data !== undefined) && reportError(err),
  }),
  mutationCache: new MutationCache({ onError: reportError }),
  defaultOptions: {
    queries: {
      // A coded answer (NOT_FOUND, INVALID_INPUT...) will not change on retry; a lost connection might.
      retry: (failures, err) => failures < 1 && (!(err instanceof CallFailed) || err.code === 'INTERNAL'),
      refetchOnWindowFocus: false,
    },
  },
});
// Each committed change is announced once, with what it changed (this window's own writes
// too): the views that read it are refreshed, once.
client.on('workspace.changed', (change) => void refreshAfter(queryClient, change.changes));

// The case map's layout code loads while the page starts (see layout-worker-start.ts), and
// so does its own code: it is evaluated in a task of its own, after the shell's.
startIfOpeningOnCaseMap();
if (useUi.getState().activeView === 'casemap') void prefetchCaseMap();
// Opening on the chart, its graph and code are asked for now, side by side.
startChartOpening(queryClient, client);

// Icons become bitmaps (fast to draw on big charts) while the page starts; the chart and the
// map wait for them, the shell's first paint does not.
void rasterIconsReady();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ClientProvider>
  </StrictMode>,
);
