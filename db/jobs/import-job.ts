// Table imports as background jobs (import.start). The uploaded file goes to a temporary
// file that a worker thread streams into the workspace through a connection of its own, so
// the import's single transaction holds no other call's writes and the host stays
// responsive. Progress is pushed as job.progress events; cancel rolls everything back.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JOB_CHANGES } from '../../shared/contract/call-changes';
import type { ImportReport } from '../../shared/contract/exchange-model';
import type { JobStatus } from '../../shared/contract/matching-model';
import { WorkbenchError } from '../../shared/contract/result';
import type { HandlerContext } from '../api/context';
import type { TargetCase } from '../import/after-import';
import { isXlsx } from '../import/read-table';
import { importTableBuffer } from '../import/run-import';
import { resolveSpec } from '../import/specs-store';
import type { ImportWorkerCancel, ImportWorkerInput, ImportWorkerMessage } from './import-messages';
import { refuseSecondJob, trackJob } from './registry';
import { isCancelled, startWorkerRun } from './worker-run';

export interface ImportJobInput {
  fileName: string;
  buffer: Buffer;
  /** A spec object or a saved spec's name, as import.run takes it. */
  spec: unknown;
  target: TargetCase;
  skipInvalidRows: boolean;
  /** Runs once the import is committed (e.g. starts matching); its notes join the report. */
  afterWritten?: (report: ImportReport) => string[];
}

const PROGRESS_EVERY_MS = 250;
export const CANCELLED_MESSAGE = 'Import cancelled — nothing was written.';
const CLOSED_MESSAGE = 'The workspace was closed, so the import stopped — nothing was written.';

/** Data rows expected: line ends less the header rows. An estimate (quoted line breaks count); 0 for .xlsx. */
export function estimateRows(fileName: string, buffer: Buffer, headerRow: number): number {
  if (isXlsx(fileName) || buffer.length === 0) return 0;
  let lines = 0;
  for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) lines++;
  if (buffer[buffer.length - 1] !== 10) lines++;
  return Math.max(0, lines - headerRow);
}

function doneMessage(r: ImportReport): string {
  if (!r.written) return r.notes[0] ?? 'Nothing was written.';
  return `Imported ${r.rowsImported.toLocaleString('en-US')} rows into case ${r.caseNumber}: ${r.recordsAdded.toLocaleString('en-US')} records, ${r.linksAdded.toLocaleString('en-US')} links.`;
}

interface Reporter {
  progress(rowsRead: number): void;
  done(report: ImportReport): void;
  end(state: 'failed' | 'cancelled', message: string): void;
}

function reporter(ctx: HandlerContext, status: JobStatus, input: ImportJobInput): Reporter {
  let last = 0;
  const finish = (state: JobStatus['state'], message: string) => {
    status.state = state;
    status.message = message;
    status.finishedAt = new Date().toISOString();
  };
  return {
    progress(rowsRead) {
      status.recordsDone = rowsRead;
      status.recordsTotal = Math.max(status.recordsTotal, rowsRead);
      const t = Date.now();
      if (t - last < PROGRESS_EVERY_MS) return;
      last = t;
      ctx.emit('job.progress', { ...status });
    },
    done(report) {
      status.recordsDone = report.rowsRead;
      status.recordsTotal = report.rowsRead;
      status.importReport = report;
      // The job is over before follow-up work starts: matching refuses to run beside a running job.
      finish('done', doneMessage(report));
      if (report.written) report.notes.push(...(input.afterWritten?.(report) ?? []));
      ctx.emit('job.progress', { ...status });
      if (report.written)
        ctx.emit('workspace.changed', { reason: 'import', changes: [...JOB_CHANGES.import] });
    },
    end(state, message) {
      finish(state, message);
      ctx.emit('job.progress', { ...status });
    },
  };
}

export function startImportJob(ctx: HandlerContext, input: ImportJobInput): JobStatus {
  refuseSecondJob(ctx.workspacePath);
  // A bad spec is refused now, not reported later by a job.
  const spec = resolveSpec(ctx.db, input.spec);
  const status: JobStatus = {
    jobId: randomUUID(),
    kind: 'import',
    state: 'running',
    recordsDone: 0,
    recordsTotal: estimateRows(input.fileName, input.buffer, spec.headerRow),
    candidatesFound: 0,
    message: `Importing ${input.fileName}`,
    startedAt: new Date().toISOString(),
    finishedAt: null,
  };
  const report = reporter(ctx, status, input);
  if (ctx.workspacePath === ':memory:') runInProcess(ctx, status, report, input);
  else runInWorker(ctx, status, report, input);
  return { ...status };
}

/** ':memory:' workspaces (tests) cannot be opened twice: the buffered import, not cancellable. */
function runInProcess(ctx: HandlerContext, status: JobStatus, report: Reporter, input: ImportJobInput) {
  const finished = importTableBuffer(ctx.db, {
    file: { name: input.fileName, buffer: input.buffer },
    spec: resolveSpec(ctx.db, input.spec),
    target: input.target,
    skipInvalidRows: input.skipInvalidRows,
  }).then(
    (r) => report.done(r),
    (err: unknown) => report.end('failed', err instanceof Error ? err.message : String(err)),
  );
  trackJob({ status, workspacePath: ctx.workspacePath, cancel: () => {}, finished });
}

function runInWorker(ctx: HandlerContext, status: JobStatus, report: Reporter, input: ImportJobInput) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-import-'));
  const filePath = path.join(dir, 'upload');
  fs.writeFileSync(filePath, input.buffer);
  const workerInput: ImportWorkerInput = {
    path: ctx.workspacePath,
    nativeBinding: ctx.nativeBinding,
    filePath,
    fileName: input.fileName,
    spec: input.spec,
    target: input.target,
    skipInvalidRows: input.skipInvalidRows,
  };
  const run = startWorkerRun<ImportWorkerMessage, ImportReport>(ctx, {
    worker: 'import-worker',
    envVar: 'THORLINE_IMPORT_WORKER',
    input: workerInput,
    outcome: (m) => {
      if (m.kind === 'progress') return null;
      if (m.kind === 'done') return { answer: m.report };
      return { error: m.kind === 'cancelled' ? cancelled() : new Error(m.message) };
    },
    progress: (m) => m.kind === 'progress' && report.progress(m.rowsRead),
    closed: () => new WorkbenchError('CANCELLED', CLOSED_MESSAGE),
    stopped: 'The import worker stopped unexpectedly.',
    // The import is one transaction: stopped or terminated, it never commits.
    askToStop: (worker) => worker.postMessage({ kind: 'cancel' } satisfies ImportWorkerCancel),
  });
  trackJob({
    status,
    workspacePath: ctx.workspacePath,
    cancel: () => run.end(cancelled()),
    finished: run.exited,
  });
  run.answer.then(
    (r) => report.done(r),
    (err: Error) => report.end(isCancelled(err) ? 'cancelled' : 'failed', err.message),
  );
  void run.exited.then(() => fs.rmSync(dir, { recursive: true, force: true }));
}

const cancelled = () => new WorkbenchError('CANCELLED', CANCELLED_MESSAGE);
