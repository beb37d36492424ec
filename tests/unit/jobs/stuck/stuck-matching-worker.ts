// The worker thread stuck-matching-worker.mjs loads: opens the workspace as the real matching
// worker does, reports progress the same way, and gets stuck (stuck-run.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerInput, WorkerMessage } from '../../../../db/jobs/messages';
import { openWorkspace } from '../../../../db/store/open-workspace';
import { runUntilStuck, type StuckWay } from './stuck-run';

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const db = openWorkspace(input.path, { create: false, check: false });
runUntilStuck(
  db,
  (process.env.THORLINE_TEST_STUCK ?? 'hang') as StuckWay,
  () => {},
  (progress) => post({ kind: 'progress', progress }),
);
