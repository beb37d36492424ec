// The one entry point both hosts call: rejects unknown calls, validates input with the
// contract's schema, runs writes in one transaction, announces each committed write once
// (workspace.changed, after the commit) and turns failures into coded errors.
import { z } from 'zod';
import { changesOf } from '../../shared/contract/call-changes';
import { CALLS, isCallName, type CallName } from '../../shared/contract/calls';
import { WorkbenchError, type Result } from '../../shared/contract/result';
import { inputIssues } from '../../shared/contract/issues';
import { runningJob } from '../jobs/registry';
import type { HandlerContext } from './context';
import type { Handler, Handlers } from './handler-types';
import { HANDLERS } from './handlers';

export type Dispatch = (name: string, rawInput: unknown) => Promise<Result<unknown>>;

export function createDispatch(ctx: HandlerContext, handlers: Handlers = HANDLERS): Dispatch {
  return async (name, rawInput) => {
    if (typeof name !== 'string' || !isCallName(name)) {
      return fail('UNKNOWN_CALL', `Unknown call "${String(name).slice(0, 100)}".`, {
        call: String(name).slice(0, 100),
      });
    }
    const parsed = CALLS[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) return invalidInput(name, parsed.error);
    try {
      const before = CALLS[name].writes ? rowsChanged(ctx) : 0;
      const value = await run(name, parsed.data, ctx, handlers);
      // Committed by now: cached views (this window's and any other's) are stale. A write
      // that changed no row (an import refused as a whole) announces nothing.
      if (CALLS[name].writes && rowsChanged(ctx) !== before) {
        ctx.emit('workspace.changed', { reason: name, changes: changesOf(name) });
      }
      return { ok: true, value };
    } catch (err) {
      return fromThrown(name, err, ctx);
    }
  };
}

/** Rows inserted, updated or deleted on this connection since it opened (SQLite's count). */
function rowsChanged(ctx: HandlerContext): number {
  return (ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

function run(name: CallName, input: unknown, ctx: HandlerContext, handlers: Handlers) {
  const handler = handlers[name] as Handler<CallName>;
  const def = CALLS[name];
  if (WRITE_ON_THEIR_OWN.has(name)) refuseReadOnly(name, ctx);
  if (!def.writes) return handler(input as never, ctx);
  refuseReadOnly(name, ctx);
  refuseWhileImporting(ctx);
  if ('ownTransaction' in def && def.ownTransaction) return handler(input as never, ctx);
  // Writes are synchronous so that the whole call is one transaction.
  return ctx.db.transaction(() => {
    const value = handler(input as never, ctx);
    if (value instanceof Promise) throw new Error(`write handler ${name} must be synchronous`);
    return value;
  })();
}

/** Calls that write outside dispatch's transaction (their own, or a background job's). */
const WRITE_ON_THEIR_OWN = new Set<CallName>(['import.start', 'matching.start']);

function refuseReadOnly(name: string, ctx: HandlerContext): void {
  if (ctx.db.readonly) throw readOnlyError(name, ctx);
}

const readOnlyError = (name: string, ctx: HandlerContext) =>
  new WorkbenchError(
    'READ_ONLY',
    `${name}: the workspace ${ctx.workspacePath} is open read-only (the file cannot be written); nothing was changed. Open a writable copy to make changes.`,
  );

/**
 * A table import holds the workspace's write lock from its first row to its last. A write
 * meanwhile would wait for the lock and then fail; saying so at once is kinder.
 */
function refuseWhileImporting(ctx: HandlerContext): void {
  const job = runningJob(ctx.workspacePath);
  if (job?.kind !== 'import') return;
  const done = job.recordsDone > 0 ? ` (${job.recordsDone.toLocaleString('en-US')} rows so far)` : '';
  throw new WorkbenchError(
    'BUSY',
    `A table import is writing to this workspace${done}. Changes can be saved once it finishes or is cancelled.`,
    { jobId: job.jobId },
  );
}

function invalidInput(name: string, error: z.ZodError): Result<never> {
  // Input from outside can be huge (a 50 MB unknown key is quoted by zod): bound what is repeated.
  const issues = inputIssues(error.issues)
    .slice(0, 20)
    .map((i) => ({ field: i.field.slice(0, 200), message: i.message.slice(0, 300) }));
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return fail('INVALID_INPUT', `Invalid input for ${name}: ${summary}`, { issues });
}

function fromThrown(name: string, err: unknown, ctx: HandlerContext): Result<never> {
  if (err instanceof WorkbenchError) return fail(err.code, err.message, err.details);
  if ((err as { code?: unknown })?.code === 'SQLITE_READONLY') {
    const e = readOnlyError(name, ctx);
    return fail(e.code, e.message);
  }
  if ((err as { code?: unknown })?.code === 'SQLITE_BUSY')
    return fail(
      'BUSY',
      `${name}: the workspace file is locked by another writer (a background job, another window or a command-line import). Try again when it has finished.`,
    );
  const message = err instanceof Error ? err.message : String(err);
  return fail('INTERNAL', `${name} failed: ${message.slice(0, 1000)}`);
}

function fail(code: WorkbenchError['code'], message: string, details?: unknown): Result<never> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}
