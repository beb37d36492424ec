// Messages between the job registry and a matching worker thread.
import type { RunProgress, RunResult } from '../matching/engine';

export interface WorkerInput {
  path: string;
  nativeBinding?: string;
  caseIds?: number[];
  /** Auto-merge thresholds for this run only, over the workspace's settings (npm run match). */
  autoMergeThresholds?: Partial<Record<string, number | null>>;
  /** One Int32: set to 1 to ask the run to stop (read with Atomics inside the hot loop). */
  cancelBuffer: SharedArrayBuffer;
}

export type WorkerMessage =
  | { kind: 'progress'; progress: RunProgress }
  | { kind: 'done'; result: RunResult }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };
