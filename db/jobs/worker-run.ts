// One run of a job in a worker thread, for an open workspace: the thread is started and
// counted while alive, the run settles once (an answer, an error, or its end from outside),
// nothing the thread posts after the end is reported, and closing or switching the
// workspace ends it (endWorkspaceRuns). Key players, indicators, matching and table
// imports all run this way.
import type { Worker } from 'node:worker_threads';
import { WorkbenchError } from '../../shared/contract/result';
import type { HandlerContext } from '../api/context';
import { startWorker, type JobWorkerName } from './start-worker';
import { endsWithWorkspace } from './workspace-runs';

/** How a run ends: the thread's answer, or why there is none. */
export type Outcome<T> = { answer: T } | { error: Error };

export interface WorkerRunSpec<M, T> {
  worker: JobWorkerName;
  /** The environment variable that may name the built worker file (see start-worker.ts). */
  envVar: string;
  input: unknown;
  /** The outcome a message carries, or null for one that only reports progress. */
  outcome(message: M): Outcome<T> | null;
  /** A progress message, while the run is going on (never after it was ended). */
  progress?(message: M): void;
  /** What the run answers when its workspace is closed or switched. */
  closed(): Error;
  /** What it answers when the thread stops without a word. */
  stopped: string;
  /**
   * For threads that write: asks the thread to stop by itself, so it undoes what it wrote
   * before it exits; it is terminated only if it has not exited after STOP_GRACE_MS. Threads
   * without it only read, and are terminated at once.
   */
  askToStop?(worker: Worker): void;
  /**
   * Runs once the thread has exited, with how the run settled, before `exited` settles: a
   * writing thread that was terminated or crashed cannot undo what it wrote, so its host does.
   */
  afterExit?(outcome: Outcome<T>): Promise<void>;
}

export interface WorkerRun<T> {
  answer: Promise<T>;
  /** Ends the run (cancelled, overtaken, workspace closed): it answers this error. */
  end(reason: Error): void;
  /** Settles once the thread has exited (and afterExit is done), after the answer. */
  exited: Promise<void>;
}

/** A writing thread that does not stop this long after it was asked is terminated. */
export const STOP_GRACE_MS = 10_000;

const alive = new Map<JobWorkerName, number>();

/** Worker threads of this kind that have not exited yet (for tests and checks). */
export const workersAlive = (name: JobWorkerName): number => alive.get(name) ?? 0;

const count = (name: JobWorkerName, by: number) => alive.set(name, workersAlive(name) + by);

export function startWorkerRun<M, T>(ctx: HandlerContext, spec: WorkerRunSpec<M, T>): WorkerRun<T> {
  const worker = startWorker(spec.worker, spec.envVar, spec.input);
  count(spec.worker, 1);
  let over = false;
  let ending: Error | null = null;
  let grace: NodeJS.Timeout | undefined;
  let settled: Outcome<T> | undefined;
  let answered: (o: Outcome<T>) => void = () => {};
  const answer = new Promise<T>((resolve, reject) => {
    answered = (o) => ('answer' in o ? resolve(o.answer) : reject(o.error));
  });
  const settle = (o: Outcome<T>) => {
    if (over) return;
    over = true;
    settled = o;
    forget();
    // A writing thread posts its outcome as it finishes: let it close its connection itself.
    if (!spec.askToStop) void worker.terminate();
    answered(o);
  };
  const end = (reason: Error) => {
    if (over || ending) return;
    if (!spec.askToStop) return settle({ error: reason });
    ending = reason;
    spec.askToStop(worker);
    grace = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
  };
  const forget = endsWithWorkspace(ctx, () => {
    end(spec.closed());
    return exited;
  });
  worker.on('message', (m: M) => {
    if (over) return;
    const outcome = spec.outcome(m);
    if (!outcome) {
      if (!ending) spec.progress?.(m);
      return;
    }
    // Asked to stop, a thread that still finished gives its answer; one that stopped, the reason.
    settle(ending && 'error' in outcome ? { error: ending } : outcome);
  });
  worker.on('error', (err) => settle({ error: err }));
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      count(spec.worker, -1);
      clearTimeout(grace);
      settle({ error: ending ?? new Error(spec.stopped) });
      const after = spec.afterExit?.(settled!) ?? Promise.resolve();
      void after.then(resolve, resolve);
    }),
  );
  return { answer, end, exited };
}

/** A run ended by a cancel, or with its workspace (as opposed to one that failed). */
export const isCancelled = (err: unknown): boolean =>
  err instanceof WorkbenchError && err.code === 'CANCELLED';
