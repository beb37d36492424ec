// Background jobs of this process: a matching run per workspace, in a worker thread for
// workspace files and in-process for ':memory:' (tests). Progress is pushed as job.progress
// events, throttled; cancel asks the run to stop and resolves once its rows are gone.
import { randomUUID } from 'node:crypto';
import { JOB_CHANGES } from '../../shared/contract/call-changes';
import type { JobStatus } from '../../shared/contract/matching-model';
import { WorkbenchError } from '../../shared/contract/result';
import type { HandlerContext } from '../api/context';
import { runMatching, RunCancelled, type RunProgress, type RunResult } from '../matching/engine';
import type { RunEnding } from '../matching/run-cleanup';
import { clearThreadRuns, lastRunId } from './matching-leftovers';
import type { WorkerInput, WorkerMessage } from './messages';
import { isCancelled, startWorkerRun } from './worker-run';

export interface Job {
  status: JobStatus;
  workspacePath: string;
  cancel: () => void;
  finished: Promise<void>;
  /** Ended, but the host is still clearing the rows its thread left (matching-leftovers.ts). */
  clearing?: boolean;
}

const jobs = new Map<string, Job>();
const PROGRESS_EVERY_MS = 250;

/** Adds a job started elsewhere (a table import) to this session's jobs. */
export function trackJob(job: Job): void {
  jobs.set(job.status.jobId, job);
}

/** The job writing to this workspace now, if any: one writing job at a time. */
export function runningJob(workspacePath: string): JobStatus | null {
  for (const job of jobs.values())
    if (job.workspacePath === workspacePath && job.status.state === 'running') return job.status;
  return null;
}

/** One writing job at a time: a second is refused, naming the one going on. */
export function refuseSecondJob(workspacePath: string): void {
  for (const job of jobs.values())
    if (job.workspacePath === workspacePath && job.clearing)
      throw new WorkbenchError(
        'CONFLICT',
        'The last matching run is still being cleared from this workspace; try again in a moment.',
        { jobId: job.status.jobId },
      );
  const running = runningJob(workspacePath);
  if (!running) return;
  const what = running.kind === 'import' ? 'A table import' : 'A matching run';
  throw new WorkbenchError('CONFLICT', `${what} is already going on for this workspace.`, {
    jobId: running.jobId,
  });
}

export function jobStatus(jobId: string): JobStatus {
  const job = jobs.get(jobId);
  if (!job) throw new WorkbenchError('NOT_FOUND', `No job ${jobId} in this session.`, { jobId });
  return { ...job.status };
}

export async function cancelJob(jobId: string): Promise<JobStatus> {
  const job = jobs.get(jobId);
  if (!job) throw new WorkbenchError('NOT_FOUND', `No job ${jobId} in this session.`, { jobId });
  if (job.status.state === 'running') {
    job.cancel();
    await job.finished;
  }
  return { ...job.status };
}

function newStatus(): JobStatus {
  return {
    jobId: randomUUID(),
    kind: 'matching',
    state: 'running',
    recordsDone: 0,
    recordsTotal: 0,
    candidatesFound: 0,
    message: 'Reading records',
    startedAt: new Date().toISOString(),
    finishedAt: null,
  };
}

/** autoMergeThresholds apply to this run only (the command line's --auto-merge). */
export function startMatchingJob(
  ctx: HandlerContext,
  caseIds?: number[],
  autoMergeThresholds?: Partial<Record<string, number | null>>,
): JobStatus {
  refuseSecondJob(ctx.workspacePath);
  const status = newStatus();
  const emitter = throttled(ctx, status);
  if (ctx.workspacePath === ':memory:')
    return runInProcess(ctx, status, emitter, caseIds, autoMergeThresholds);
  return runInWorker(ctx, status, emitter, caseIds, autoMergeThresholds);
}

type Emitter = {
  progress: (p: RunProgress) => void;
  end: (state: JobStatus['state'], message: string) => void;
};

function throttled(ctx: HandlerContext, status: JobStatus): Emitter {
  let last = 0;
  return {
    progress(p) {
      status.recordsDone = p.recordsDone;
      status.recordsTotal = p.recordsTotal;
      status.candidatesFound = p.candidatesFound;
      status.message = { reading: 'Reading records', comparing: 'Comparing records', finishing: 'Saving' }[
        p.phase
      ];
      const t = Date.now();
      if (t - last < PROGRESS_EVERY_MS) return;
      last = t;
      ctx.emit('job.progress', { ...status });
    },
    end(state, message) {
      status.state = state;
      status.message = message;
      status.finishedAt = new Date().toISOString();
      ctx.emit('job.progress', { ...status });
      if (state === 'done')
        ctx.emit('workspace.changed', { reason: 'matching', changes: [...JOB_CHANGES.matching] });
    },
  };
}

function doneMessage(r: { candidates: number; autoMerged: number; records: number }): string {
  return `Compared ${r.records} records: ${r.candidates} suggestions, ${r.autoMerged} merged automatically`;
}

function runInProcess(
  ctx: HandlerContext,
  status: JobStatus,
  emitter: Emitter,
  caseIds?: number[],
  autoMergeThresholds?: Partial<Record<string, number | null>>,
): JobStatus {
  const job: Job = {
    status,
    workspacePath: ctx.workspacePath,
    cancel: () => {},
    finished: Promise.resolve(),
  };
  jobs.set(status.jobId, job);
  try {
    const r = runMatching(ctx.db, { caseIds, autoMergeThresholds, onProgress: emitter.progress });
    status.recordsDone = r.records;
    status.candidatesFound = r.candidates;
    emitter.end('done', doneMessage(r));
  } catch (err) {
    emitter.end(err instanceof RunCancelled ? 'cancelled' : 'failed', String(err));
  }
  return { ...status };
}

function runInWorker(
  ctx: HandlerContext,
  status: JobStatus,
  emitter: Emitter,
  caseIds?: number[],
  autoMergeThresholds?: Partial<Record<string, number | null>>,
): JobStatus {
  const cancelBuffer = new SharedArrayBuffer(4);
  const input: WorkerInput = {
    path: ctx.workspacePath,
    nativeBinding: ctx.nativeBinding,
    caseIds,
    autoMergeThresholds,
    cancelBuffer,
  };
  const since = lastRunId(ctx.db);
  const run = startWorkerRun<WorkerMessage, RunResult>(ctx, {
    worker: 'matching-worker',
    envVar: 'THORLINE_MATCHING_WORKER',
    input,
    outcome: (m) => {
      if (m.kind === 'progress') return null;
      if (m.kind === 'done') return { answer: m.result };
      return { error: m.kind === 'cancelled' ? cancelled() : new Error(m.message) };
    },
    progress: (m) => m.kind === 'progress' && emitter.progress(m.progress),
    closed: () => new WorkbenchError('CANCELLED', CLOSED),
    stopped: 'The matching worker stopped unexpectedly.',
    // The run deletes the rows it wrote before it stops (abandonRun); one terminated after the
    // grace, or crashed, cannot, so the host marks its run and clears them once it has exited.
    askToStop: () => Atomics.store(new Int32Array(cancelBuffer), 0, 1),
    afterExit: (o) => ('error' in o ? clearThreadRuns(ctx, since, endingOf(o.error)) : Promise.resolve()),
  });
  const job: Job = {
    status,
    workspacePath: ctx.workspacePath,
    cancel: () => run.end(cancelled()),
    finished: run.exited,
  };
  jobs.set(status.jobId, job);
  run.answer.then(
    (result) => {
      status.recordsDone = result.records;
      status.candidatesFound = result.candidates;
      emitter.end('done', doneMessage(result));
    },
    (err: Error) => {
      // Until its thread has exited and its rows are cleared, no other writing job starts.
      job.clearing = true;
      const ending = endingOf(err);
      emitter.end(ending.state, ending.message);
    },
  );
  void run.exited.then(() => (job.clearing = false));
  return { ...status };
}

const endingOf = (err: Error): RunEnding => ({
  state: isCancelled(err) ? 'cancelled' : 'failed',
  message: err.message,
});
const cancelled = () => new WorkbenchError('CANCELLED', 'Cancelled; the workspace is as it was.');
const CLOSED = 'The workspace was closed, so matching stopped; the workspace is as it was.';
