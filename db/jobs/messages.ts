// Messages between the job registry and a matching worker thread.
import type { RunProgress, RunResult } from '../matching/engine';

export interface WorkerInput {
  path: string;
  nativeBinding?: string;
  caseIds?: number[];
  /** One Int32: set to 1 to ask the run to stop (read with Atomics inside the hot loop). */
  cancelBuffer: SharedArrayBuffer;
}

export type WorkerMessage =
  | { kind: 'progress'; progress: RunProgress }
  | { kind: 'done'; result: RunResult }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };
