// The case map's layout worker, started as early as the workbench knows it opens on the
// case map. Its code (Cytoscape and fCoSE) then loads while the page itself starts, and
// the cases are asked for only once it has loaded: the browser host answers one request
// at a time, so a big case map read first would hold the worker's code back until the
// read ends, and the layout would wait on it.
import { useSyncExternalStore } from 'react';
import { useUi } from '../state/ui-store';

/** How long the case map waits for the worker before reading the cases anyway. */
const READY_WAIT_MS = 2000;

let early: Worker | null = null;
let started = false;
let ready = false;
const listeners = new Set<() => void>();

function markReady() {
  if (ready) return;
  ready = true;
  for (const l of listeners) l();
}

export function newLayoutWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts the worker once; later calls do nothing. */
export function startLayoutWorker(): void {
  if (started) return;
  started = true;
  setTimeout(markReady, READY_WAIT_MS);
  try {
    const worker = newLayoutWorker();
    worker.addEventListener('message', (e: MessageEvent<{ ready?: boolean }>) => {
      if (e.data.ready) markReady();
    });
    worker.addEventListener('error', markReady);
    early = worker;
  } catch {
    markReady();
  }
}

/** Called first thing by the page: starts the worker when the workbench opens on the case map. */
export function startIfOpeningOnCaseMap(): void {
  if (useUi.getState().activeView === 'casemap') startLayoutWorker();
}

/** The early worker for the first case map to use it, or null (then it starts its own). */
export function takeLayoutWorker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}

/** True once the worker has loaded (or failed, or kept the map waiting long enough). */
export function useLayoutWorkerReady(): boolean {
  startLayoutWorker();
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => ready,
  );
}
