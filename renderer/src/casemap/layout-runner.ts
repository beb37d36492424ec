// Runs the case map's layout in a worker, one at a time (a newer request terminates the
// older one). Where no worker can start, it runs here after the busy note has painted.
import { computeCaseMapPositions, type CaseMapLayoutRequest, type CaseMapPositions } from './layout-compute';

type Reply = { runId: number; positions?: CaseMapPositions; error?: string };

export class CaseMapLayoutRunner {
  private worker: Worker | null = null;
  private broken = typeof Worker === 'undefined';
  private runId = 0;
  private cancelPending: (() => void) | null = null;

  /** Positions, or null when a newer request replaced this one. */
  compute(request: CaseMapLayoutRequest): Promise<CaseMapPositions | null> {
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
    await new Promise((r) => setTimeout(r, 0));
    return runId === this.runId ? computeCaseMapPositions(request) : null;
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    try {
      this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.broken = true;
    }
    return this.worker;
  }
}
