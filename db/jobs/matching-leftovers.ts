// What a matching thread leaves when it ends without its own final transaction or its own
// undo (terminated after the stop grace, crashed, its workspace closed under it): the runs it
// started are marked and their rows cleared by the host right after the thread has exited,
// not by the next run. With the workspace closed meanwhile, a connection of its own does it.
import type { HandlerContext } from '../api/context';
import { clearRunRows, markRunEnded, runsWithLeftovers, type RunEnding } from '../matching/run-cleanup';
import { openWorkspace, type Db } from '../store/open-workspace';

/** The last run id in the file: runs after it are the ones a thread about to start begins. */
export function lastRunId(db: Db): number {
  return Number(db.prepare('SELECT coalesce(max(id), 0) FROM match_runs').pluck().get());
}

/** Marks the runs started after `since` that are not done, and clears their rows in slices. */
export async function clearThreadRuns(ctx: HandlerContext, since: number, ending: RunEnding): Promise<void> {
  let db: Db | null = null;
  try {
    db = ctx.db.open ? ctx.db : ownConnection(ctx);
    const ids = db.prepare(`SELECT id FROM match_runs WHERE id > ? AND state <> 'done'`).pluck().all(since);
    for (const id of ids as number[]) markRunEnded(db, id, ending);
    const leftovers = (ids as number[]).filter((id) => runsWithLeftovers(db!, id).length > 0);
    if (leftovers.length) await clearRunRows(db, leftovers);
  } catch {
    // The file is gone or locked by another program: the runs stay invisible, and the next
    // open of the workspace, or its next matching run, clears them.
  } finally {
    if (db && db !== ctx.db) db.close();
  }
}

function ownConnection(ctx: HandlerContext): Db {
  return openWorkspace(ctx.workspacePath, {
    create: false,
    check: false, // the host checked the file when it opened it
    ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
  });
}
