// Lays out the case map off the UI thread (fCoSE on hundreds of cases takes seconds).
import { computeCaseMapPositions, type CaseMapLayoutRequest } from './layout-compute';

self.onmessage = (event: MessageEvent<{ runId: number; request: CaseMapLayoutRequest }>) => {
  const { runId, request } = event.data;
  try {
    self.postMessage({ runId, positions: computeCaseMapPositions(request) });
  } catch (err) {
    self.postMessage({ runId, error: err instanceof Error ? err.message : String(err) });
  }
};
