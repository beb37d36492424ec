// Worker thread of a matching run: opens its own connection to the workspace file (WAL lets
// the UI keep reading), runs the engine and reports progress to the job registry.
import { parentPort, workerData } from 'node:worker_threads';
import { openWorkspace } from '../store/open-workspace';
import { runMatching, RunCancelled } from '../matching/engine';
import type { WorkerMessage, WorkerInput } from './messages';

const input = workerData as WorkerInput;
const cancelFlag = new Int32Array(input.cancelBuffer);
const post = (m: WorkerMessage) => parentPort?.postMessage(m);

function main(): void {
  const db = openWorkspace(input.path, {
    create: false,
    check: false, // the host checked the file when it opened it
    nativeBinding: input.nativeBinding,
  });
  try {
    const result = runMatching(db, {
      caseIds: input.caseIds,
      autoMergeThresholds: input.autoMergeThresholds,
      isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
      onProgress: (p) => post({ kind: 'progress', progress: p }),
    });
    post({ kind: 'done', result });
  } catch (err) {
    if (err instanceof RunCancelled) post({ kind: 'cancelled' });
    else post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  } finally {
    db.close();
  }
}

main();
