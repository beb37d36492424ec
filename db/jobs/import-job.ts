// Table imports as background jobs (import.start). The uploaded file goes to a temporary
// file that a worker thread streams into the workspace through a connection of its own, so
// the import's single transaction holds no other call's writes and the host stays
// responsive. Progress is pushed as job.progress events; cancel rolls everything back.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { JOB_CHANGES } from '../../shared/contract/call-changes';
import type { ImportReport } from '../../shared/contract/exchange-model';
import type { JobStatus } from '../../shared/contract/matching-model';
import { WorkbenchError } from '../../shared/contract/result';
import type { HandlerContext } from '../api/context';
import type { TargetCase } from '../import/after-import';
import { isXlsx } from '../import/read-table';
import { importTableBuffer } from '../import/run-import';
import { resolveSpec } from '../import/specs-store';
import type { ImportWorkerInput, ImportWorkerMessage } from './import-messages';
import { runningJob, trackJob } from './registry';
import { startWorker } from './start-worker';

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
/** A worker that does not stop this long after Cancel is terminated; SQLite drops its transaction. */
const CANCEL_GRACE_MS = 10_000;
export const CANCELLED_MESSAGE = 'Import cancelled — nothing was written.';

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
  const running = runningJob(ctx.workspacePath);
  if (running) {
    const what = running.kind === 'import' ? 'A table import' : 'A matching run';
    throw new WorkbenchError('CONFLICT', `${what} is already going on for this workspace.`, {
      jobId: running.jobId,
    });
  }
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

/** The worker thread (THORLINE_IMPORT_WORKER in bundled builds; see start-worker.ts). */
function createWorker(input: ImportWorkerInput): Worker {
  return startWorker('import-worker', 'THORLINE_IMPORT_WORKER', input);
}

function runInWorker(ctx: HandlerContext, status: JobStatus, report: Reporter, input: ImportJobInput) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-import-'));
  const filePath = path.join(dir, 'upload');
  fs.writeFileSync(filePath, input.buffer);
  const worker = createWorker({
    path: ctx.workspacePath,
    nativeBinding: ctx.nativeBinding,
    filePath,
    fileName: input.fileName,
    spec: input.spec,
    target: input.target,
    skipInvalidRows: input.skipInvalidRows,
  });
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  let grace: NodeJS.Timeout | undefined;
  const cancel = () => {
    worker.postMessage({ kind: 'cancel' });
    grace ??= setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS);
  };
  trackJob({ status, workspacePath: ctx.workspacePath, cancel, finished });
  worker.on('message', (m: ImportWorkerMessage) => {
    if (m.kind === 'progress') report.progress(m.rowsRead);
    else if (m.kind === 'done') report.done(m.report);
    else if (m.kind === 'cancelled') report.end('cancelled', CANCELLED_MESSAGE);
    else report.end('failed', m.message);
  });
  worker.on('error', (err) => {
    if (status.state === 'running') report.end('failed', err.message);
  });
  worker.on('exit', () => {
    clearTimeout(grace);
    fs.rmSync(dir, { recursive: true, force: true });
    // Terminated after Cancel, or died: either way its transaction never committed.
    if (status.state === 'running')
      report.end(
        grace ? 'cancelled' : 'failed',
        grace ? CANCELLED_MESSAGE : 'The import worker stopped unexpectedly.',
      );
    settle();
  });
}
