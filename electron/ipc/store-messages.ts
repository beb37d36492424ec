// Messages between the main process and the store worker thread that owns the workspace.
// Main routes the renderer's calls here and pushes the worker's events to the window.
import type { JobWorkerName } from '../../db/jobs/start-worker';
import type { CallError, Result } from '../../shared/contract/result';

export interface StoreWorkerData {
  workspacePath: string;
  /** Create the file seeded with the training scenario when it does not exist. */
  seedIfMissing: boolean;
  nativeBinding?: string;
  /** Built job workers (matching, import), beside the store worker in dist-electron/. */
  jobWorkers: Partial<Record<JobWorkerName, string>>;
  /** False in a packaged app: THORLINE_*_WORKER variables are then ignored. */
  allowEnvOverride: boolean;
}

export type StoreRequest =
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'save-copy'; id: number; target: string }
  | { type: 'close' };

export type StoreReply =
  | { type: 'ready'; workspacePath: string; created: 'seeded' | 'empty' | false; readOnly: boolean }
  | { type: 'failed'; error: CallError }
  | { type: 'answer'; id: number; result: Result<unknown> }
  | { type: 'event'; event: string; payload: unknown };
