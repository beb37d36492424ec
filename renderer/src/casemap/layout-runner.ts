// Runs the case map's layout in a worker, one at a time (a newer request terminates the
// older one). The first case map takes the worker started with the page (see
// layout-worker-start.ts); answers are kept, so coming back to the case map from the
// chart places the same cases at once. Where no worker can start, the layout runs here
// after the busy note has painted.
import { layoutKeyOf, type CaseMapLayoutRequest, type CaseMapPositions } from './layout-request';
import { newLayoutWorker, takeLayoutWorker } from './layout-worker-start';

type Reply = { runId: number; positions?: CaseMapPositions; error?: string };

/** Layouts already computed in this window, newest last (a workspace has one case map at a time). */
const answers = new Map<string, CaseMapPositions>();
const ANSWERS_KEPT = 4;

export class CaseMapLayoutRunner {
  private worker: Worker | null = null;
  private broken = typeof Worker === 'undefined';
  private runId = 0;
  private cancelPending: (() => void) | null = null;

  /** Starts the worker ahead of the first request. */
  prepare() {
    this.ensureWorker();
  }

  /** Positions, or null when a newer request replaced this one. */
  async compute(request: CaseMapLayoutRequest): Promise<CaseMapPositions | null> {
    const key = layoutKeyOf(request);
    const known = answers.get(key);
    if (known) {
      this.cancel();
      ++this.runId;
      return known;
    }
    const positions = await this.run(request);
    if (positions) remember(key, positions);
    return positions;
  }

  private run(request: CaseMapLayoutRequest): Promise<CaseMapPositions | null> {
    this.cancel();
    const runId = ++this.runId;
    const worker = this.ensureWorker();
    if (!worker) return this.computeHere(request, runId);
    return new Promise((resolve, reject) => {
      this.cancelPending = () => resolve(null);
      worker.onmessage = (e: MessageEvent<Reply>) => {
        if (e.data.runId !== runId) return;
        this.cancelPending = null;
        if (e.data.positions) resolve(e.data.positions);
        else reject(new Error(`Case map layout failed: ${e.data.error ?? 'no answer'}`));
      };
      worker.onerror = () => {
        // A worker blocked by policy is not retried: lay out here instead.
        this.cancelPending = null;
        this.broken = true;
        this.worker?.terminate();
        this.worker = null;
        this.computeHere(request, runId).then(resolve, reject);
      };
      worker.postMessage({ runId, request });
    });
  }

  cancel() {
    if (!this.cancelPending) return;
    this.cancelPending();
    this.cancelPending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  dispose() {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private async computeHere(request: CaseMapLayoutRequest, runId: number) {
    // The layout code is fetched only in this rare case: the page itself never needs it.
    const { computeCaseMapPositions } = await import('./layout-compute');
    await new Promise((r) => setTimeout(r, 0));
    return runId === this.runId ? computeCaseMapPositions(request) : null;
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    try {
      this.worker = takeLayoutWorker() ?? newLayoutWorker();
    } catch {
      this.broken = true;
    }
    return this.worker;
  }
}

function remember(key: string, positions: CaseMapPositions) {
  answers.delete(key);
  answers.set(key, positions);
  if (answers.size > ANSWERS_KEPT) answers.delete(answers.keys().next().value!);
}
