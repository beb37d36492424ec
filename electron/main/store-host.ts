// The main process's side of the store worker: starts the worker thread that owns the
// workspace, routes calls to it and its events back, and restarts it if it dies. Main itself
// never opens the workspace, so menus, windows and dialogs stay responsive.
import { Worker } from 'node:worker_threads';
import { WorkbenchError, type CallError, type Result } from '../../shared/contract/result';
import type { StoreReply, StoreRequest, StoreWorkerData } from '../ipc/store-messages';

export interface StoreHostOptions {
  workerFile: string;
  jobWorkers: StoreWorkerData['jobWorkers'];
  allowEnvOverride: boolean;
  nativeBinding?: string;
  onEvent(event: string, payload: unknown): void;
  /** The worker stopped unexpectedly; restarted says whether the workspace is open again. */
  onCrash(message: string, restarted: boolean): void;
}

export interface OpenedStore {
  workspacePath: string;
  created: 'seeded' | 'empty' | false;
  readOnly: boolean;
}

type Answer = (result: Result<unknown>) => void;

/** More crashes than this within CRASH_WINDOW_MS and the workspace is not reopened again. */
export const MAX_RESTARTS = 3;
const CRASH_WINDOW_MS = 60_000;
type Sent = StoreRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** One worker thread with one workspace open. */
class StoreWorker {
  readonly pending = new Map<number, Answer>();
  private nextId = 1;
  stopping = false;
  lastError = '';
  constructor(readonly thread: Worker) {}

  request(message: Sent): Promise<Result<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.thread.postMessage({ ...message, id });
    });
  }

  answerAll(error: CallError): void {
    for (const answer of this.pending.values()) answer({ ok: false, error });
    this.pending.clear();
  }
}

export class StoreHost {
  private current: StoreWorker | undefined;
  private opening: Promise<OpenedStore> | undefined;
  private workspace: OpenedStore | undefined;
  private crashes: number[] = [];

  constructor(private readonly options: StoreHostOptions) {}

  /** The open workspace, or undefined before the first open succeeds. */
  get opened(): OpenedStore | undefined {
    return this.workspace;
  }

  /**
   * Opens a workspace in a new worker. Only once it is open does it replace the current one,
   * so a file that cannot be opened leaves the open workspace as it was.
   */
  async open(workspacePath: string, seedIfMissing = false): Promise<OpenedStore> {
    const attempt = this.start(workspacePath, seedIfMissing);
    this.opening = attempt.then((s) => s.opened);
    this.opening.catch(() => undefined); // the caller below sees the failure
    try {
      const { worker, opened } = await attempt;
      const previous = this.current;
      this.current = worker;
      this.workspace = opened;
      if (previous) await stop(previous);
      return opened;
    } finally {
      this.opening = undefined;
    }
  }

  async call(name: string, input: unknown): Promise<Result<unknown>> {
    const worker = await this.ready();
    if (!worker) return notOpen();
    return worker.request({ type: 'call', name, input });
  }

  async saveCopy(target: string): Promise<Result<unknown>> {
    const worker = await this.ready();
    if (!worker) return notOpen();
    return worker.request({ type: 'save-copy', target });
  }

  async close(): Promise<void> {
    const worker = this.current;
    this.current = undefined;
    this.workspace = undefined;
    if (worker) await stop(worker);
  }

  private async ready(): Promise<StoreWorker | undefined> {
    if (this.opening) await this.opening.catch(() => undefined);
    return this.current;
  }

  private start(workspacePath: string, seedIfMissing: boolean) {
    const data: StoreWorkerData = {
      workspacePath,
      seedIfMissing,
      jobWorkers: this.options.jobWorkers,
      allowEnvOverride: this.options.allowEnvOverride,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    };
    const worker = new StoreWorker(new Worker(this.options.workerFile, { workerData: data }));
    return new Promise<{ worker: StoreWorker; opened: OpenedStore }>((resolve, reject) => {
      let settled = false;
      worker.thread.on('message', (reply: StoreReply) => {
        if (reply.type === 'ready') {
          settled = true;
          resolve({
            worker,
            opened: { workspacePath: reply.workspacePath, created: reply.created, readOnly: reply.readOnly },
          });
        } else if (reply.type === 'failed') {
          settled = true;
          worker.stopping = true;
          void worker.thread.terminate();
          reject(new WorkbenchError(reply.error.code, reply.error.message, reply.error.details));
        } else if (reply.type === 'answer') {
          worker.pending.get(reply.id)?.(reply.result);
          worker.pending.delete(reply.id);
        } else if (worker === this.current) {
          this.options.onEvent(reply.event, reply.payload);
        }
      });
      worker.thread.on('error', (err) => (worker.lastError = err.message));
      worker.thread.on('exit', (code) => {
        if (!settled) {
          settled = true;
          reject(
            new WorkbenchError(
              'INTERNAL',
              `The workspace process stopped while opening (${why(worker, code)}).`,
            ),
          );
        }
        this.onExit(worker, code);
      });
    });
  }

  private onExit(worker: StoreWorker, code: number): void {
    const expected = worker.stopping;
    const message = `The workspace process stopped unexpectedly (${why(worker, code)}).`;
    // A call still going when its workspace was closed on purpose (a switch) was stopped with it.
    worker.answerAll(
      expected
        ? { code: 'CANCELLED', message: 'The workspace was closed before this call finished.' }
        : { code: 'INTERNAL', message: `${message} It has been restarted; try again.` },
    );
    if (expected || worker !== this.current || !this.workspace) return;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (this.crashes.length > MAX_RESTARTS) {
      // Something in this workspace or this machine kills the process each time: stop trying.
      this.current = undefined;
      this.workspace = undefined;
      const times = `${this.crashes.length} times in a minute`;
      this.options.onCrash(`${message} It stopped ${times}, so it was not restarted again.`, false);
      return;
    }
    void this.restart(this.workspace.workspacePath, message);
  }

  private async restart(workspacePath: string, message: string): Promise<void> {
    this.current = undefined;
    try {
      await this.open(workspacePath);
      this.options.onCrash(message, true);
    } catch (err) {
      this.workspace = undefined;
      this.options.onCrash(`${message} Reopening it failed: ${(err as Error).message}`, false);
    }
  }
}

function why(worker: StoreWorker, code: number): string {
  return worker.lastError ? `${worker.lastError}, exit code ${code}` : `exit code ${code}`;
}

function notOpen(): Result<never> {
  return { ok: false, error: { code: 'NOT_FOUND', message: 'No workspace is open.' } };
}

/** Asks the worker to close the workspace; terminates it if it has not gone within 5 s. */
function stop(worker: StoreWorker): Promise<void> {
  worker.stopping = true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.thread.terminate(), 5000);
    worker.thread.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    worker.thread.postMessage({ type: 'close' } satisfies StoreRequest);
  });
}
