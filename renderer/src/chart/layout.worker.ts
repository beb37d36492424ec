// Runs layouts off the UI thread: fCoSE on thousands of entities takes seconds, during
// which the window would otherwise not answer. One request in, positions out; a newer
// request cancels this one by terminating the worker (a running layout cannot be interrupted).
import { computePositions, type LayoutRequest } from './layout-compute';
import type { LayoutReply } from './layout-runner';

const post = (reply: LayoutReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<{ runId: number; request: LayoutRequest }>) => {
  const { runId, request } = event.data;
  try {
    post({ runId, kind: 'positions', result: computePositions(request) });
  } catch (err) {
    post({ runId, kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
