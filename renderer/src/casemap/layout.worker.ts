// Lays out the case map off the UI thread (fCoSE on hundreds of cases takes seconds).
import { computeCaseMapPositions, warmUpRequest } from './layout-compute';
import type { CaseMapLayoutRequest } from './layout-request';

self.onmessage = (event: MessageEvent<{ runId: number; request: CaseMapLayoutRequest }>) => {
  const { runId, request } = event.data;
  try {
    self.postMessage({ runId, positions: computeCaseMapPositions(request) });
  } catch (err) {
    self.postMessage({ runId, error: err instanceof Error ? err.message : String(err) });
  }
};

// Loaded: the page may now read the cases (see layout-worker-start.ts), and while it does,
// a small made-up map warms the layout code up.
self.postMessage({ ready: true });
computeCaseMapPositions(warmUpRequest());
