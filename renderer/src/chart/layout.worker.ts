// Runs layouts off the UI thread: fCoSE on thousands of entities takes seconds, during
// which the window would otherwise not answer. One request in, positions out; a newer
// request cancels this one by terminating the worker (a running layout cannot be interrupted).
// Layouts that run in steps (ForceAtlas2 on big charts) report how far along they are.
import { computePositions, type LayoutRequest } from './layout-compute';
import type { LayoutReply } from './layout-runner';

const post = (reply: LayoutReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<{ runId: number; request: LayoutRequest; draft?: boolean }>) => {
  const { runId, request, draft } = event.data;
  try {
    let shown = -1;
    const result = computePositions(
      request,
      (fraction) => {
        // Whole percents only: a message per step would flood the page.
        const percent = Math.floor(fraction * 100);
        if (percent > shown) post({ runId, kind: 'progress', fraction: (shown = percent) / 100 });
      },
      draft ? (result) => post({ runId, kind: 'draft', result }) : undefined,
    );
    post({ runId, kind: 'positions', result });
  } catch (err) {
    post({ runId, kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
