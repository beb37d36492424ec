// Clearing matching runs that ended without their own final transaction: a thread terminated
// after its grace, a thread that crashed, a workspace closed under a run, or a process killed
// mid-run (found when the workspace is opened again). The run is marked at once (cancelled
// or failed, so it can never be made 'done' afterwards: finishRun refuses), then its rows are
// deleted a slice at a time, each slice one short transaction, yielding to the event loop
// between slices so the host keeps answering calls. Only runs marked 'done' are ever read,
// so no reader sees any part of such a run at any moment.
import type { Db } from '../store/open-workspace';

export interface RunEnding {
  state: 'cancelled' | 'failed';
  message: string;
}

/** Rows deleted per transaction: a few tens of milliseconds of writing here. */
export const CLEAR_SLICE_ROWS = 5000;

const now = () => new Date().toISOString();

/** Marks the run ended unless it already ended (the thread's own abandonRun, or finishRun). */
export function markRunEnded(db: Db, runId: number, ending: RunEnding): void {
  db.prepare(
    `UPDATE match_runs SET state = ?, finished_at = ?, message = ? WHERE id = ? AND state = 'running'`,
  ).run(ending.state, now(), ending.message.slice(0, 500), runId);
}

/**
 * Runs still marked 'running' when a host opens the workspace were left by a process that is
 * gone (killed, power cut): this host has started none yet. Marks them failed; their ids.
 */
export function markInterruptedRuns(db: Db): number[] {
  return db
    .prepare(
      `UPDATE match_runs SET state = 'failed', finished_at = ?,
       message = 'Interrupted: the program stopped during the run; its suggestions were removed.'
       WHERE state = 'running' RETURNING id`,
    )
    .pluck()
    .all(now()) as number[];
}

/** Runs that ended without being done and still hold rows (any run, when runId is left out). */
export function runsWithLeftovers(db: Db, runId?: number): number[] {
  return db
    .prepare(
      `SELECT r.id FROM match_runs r WHERE r.state IN ('cancelled', 'failed') AND (? IS NULL OR r.id = ?)
       AND EXISTS (SELECT 1 FROM match_candidates k WHERE k.run_id = r.id)`,
    )
    .pluck()
    .all(runId ?? null, runId ?? null) as number[];
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Deletes the rows of these ended runs, a slice per transaction, with a turn of the event loop
 * between slices. Stops early, leaving the rest to the next open or run, if the connection is
 * closed meanwhile. Answers how many rows were deleted.
 */
export async function clearRunRows(db: Db, runIds: number[]): Promise<number> {
  const slice = db.prepare(
    `DELETE FROM match_candidates WHERE id IN (SELECT id FROM match_candidates WHERE run_id = ?
     AND run_id IN (SELECT id FROM match_runs WHERE state IN ('cancelled', 'failed')) LIMIT ${CLEAR_SLICE_ROWS})`,
  );
  let deleted = 0;
  for (const runId of runIds) {
    for (;;) {
      if (!db.open) return deleted;
      const n = db.transaction(() => slice.run(runId).changes)();
      deleted += n;
      if (n < CLEAR_SLICE_ROWS) break;
      await nextTurn();
    }
  }
  return deleted;
}

/**
 * For a host opening the workspace, before it starts any run: runs left 'running' by a
 * process that is gone are marked failed at once; the rows of every ended run that still has
 * some are cleared in the background (the promise settles when they are).
 */
export async function clearInterruptedRuns(db: Db): Promise<number> {
  if (db.readonly) return 0;
  markInterruptedRuns(db); // before the first await: marked by the time the host answers calls
  const leftovers = runsWithLeftovers(db);
  return leftovers.length ? clearRunRows(db, leftovers) : 0;
}
