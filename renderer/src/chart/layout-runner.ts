// Hands layout computations to a Web Worker, one at a time: starting a new one cancels the
// one running (its worker is terminated, its promise settles as cancelled). Where Worker is
// missing or the worker cannot start, positions are computed on this thread instead.
import type { OnDraft, OnProgress } from './force-atlas';
import { computePositions, type LayoutRequest, type LayoutResult } from './layout-compute';
import { markStep } from './drawing/marks';
import { mark } from '../app/marks';

export type LayoutReply =
  | { runId: number; kind: 'positions'; result: LayoutResult }
  | { runId: number; kind: 'progress'; fraction: number }
  | { runId: number; kind: 'draft'; result: LayoutResult }
  | { runId: number; kind: 'error'; message: string };

/** A worker started ahead of need (see warmLayoutWorker), for the first runner to take. */
let spare: Worker | null = null;

const newWorker = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts a layout worker while the page is idle (the case map shown), so the first chart
 * opened does not wait for the worker to fetch and parse its code (Cytoscape, fCoSE) before
 * its layout: half a second and more on a loaded machine.
 */
export function warmLayoutWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    spare = newWorker();
    mark('layout-worker-started');
    // A first run on a tiny chart compiles the layout code too. Its answer (run 0) is ignored:
    // a runner's runs are numbered from 1.
    spare.postMessage({ runId: 0, request: WARM_UP });
  } catch {
    spare = null;
  }
}

const warmNode = (id: string) => ({ id, type: 'person' as const, role: '', label: id, size: 30 });
const WARM_UP: LayoutRequest = {
  layoutId: 'force',
  incremental: false,
  nodes: [warmNode('a'), warmNode('b'), warmNode('c')],
  edges: [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'bc', source: 'b', target: 'c' },
  ],
};

/** The result of a layout run that a newer run replaced. */
export const CANCELLED = Symbol('layout cancelled');

interface Pending {
  runId: number;
  request: LayoutRequest;
  onProgress: OnProgress | undefined;
  onDraft: OnDraft | undefined;
  settle(value: LayoutResult | typeof CANCELLED): void;
  fail(error: Error): void;
  /** The worker answered this run at least once (it is running the layout). */
  heard: boolean;
}

export class LayoutRunner {
  private worker: Worker | null = null;
  private workerBroken = typeof Worker === 'undefined';
  private pending: Pending | null = null;
  private runIds = 0;

  /**
   * Positions for the request, or CANCELLED when another request started meanwhile. With
   * onDraft, a long layout in the worker hands a draft on the way (see force-atlas.ts);
   * on this thread there is no draft (the page could not draw it before the end anyway).
   */
  compute(
    request: LayoutRequest,
    onProgress?: OnProgress,
    onDraft?: OnDraft,
  ): Promise<LayoutResult | typeof CANCELLED> {
    this.cancel();
    const runId = ++this.runIds;
    const worker = this.ensureWorker();
    if (!worker) return this.computeHere(request, runId, onProgress);
    return new Promise((settle, fail) => {
      this.pending = { runId, request, onProgress, onDraft, settle, fail, heard: false };
      markStep('layout-asked');
      worker.postMessage({ runId, request, draft: !!onDraft });
    });
  }

  /** Stops the running layout, if any. */
  cancel() {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    // The worker is busy inside a synchronous layout: only terminating it stops the work.
    this.worker?.terminate();
    this.worker = null;
    pending.settle(CANCELLED);
  }

  dispose() {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private async computeHere(request: LayoutRequest, runId: number, onProgress?: OnProgress) {
    // Let the progress message paint first; a newer request may arrive meanwhile.
    await new Promise((r) => setTimeout(r, 0));
    return runId === this.runIds ? computePositions(request, onProgress) : CANCELLED;
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.workerBroken) return this.worker;
    try {
      // Marked for bench:chart's breakdown of a chart opening.
      mark(spare ? 'layout-worker-warm' : 'layout-worker-cold');
      const worker = spare ?? newWorker();
      spare = null;
      worker.onmessage = (e: MessageEvent<LayoutReply>) => this.receive(e.data);
      worker.onerror = (e) => this.workerFailed(e.message || 'the layout worker failed to start');
      this.worker = worker;
    } catch (err) {
      this.workerBroken = true;
      console.warn('Layouts run on the main thread: no layout worker.', err);
    }
    return this.worker;
  }

  private receive(reply: LayoutReply) {
    const pending = this.pending;
    if (!pending || pending.runId !== reply.runId) return;
    if (!pending.heard) markStep('layout-started');
    pending.heard = true;
    if (reply.kind === 'progress') {
      pending.onProgress?.(reply.fraction);
      return;
    }
    if (reply.kind === 'draft') {
      markStep('draft');
      pending.onDraft?.(reply.result);
      return;
    }
    this.pending = null;
    if (reply.kind === 'positions') markStep('final-layout');
    if (reply.kind === 'positions') pending.settle(reply.result);
    else pending.fail(new Error(`Layout failed: ${reply.message}`));
  }

  /** A worker that cannot load (e.g. blocked by policy) is not retried; layouts run here. */
  private workerFailed(message: string) {
    console.warn(`Layouts run on the main thread: ${message}`);
    this.worker?.terminate();
    this.worker = null;
    this.workerBroken = true;
    const pending = this.pending;
    this.pending = null;
    if (pending) {
      this.computeHere(pending.request, pending.runId, pending.onProgress).then(pending.settle, pending.fail);
    }
  }
}
