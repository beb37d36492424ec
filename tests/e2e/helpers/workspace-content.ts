// What a workspace file holds, read by SQLite rather than byte for byte. A workspace runs in
// WAL mode, so its main file's bytes change whenever SQLite checkpoints (on close, for
// instance), even when no row changed; comparing rows says whether anything was written.
import crypto from 'node:crypto';
import Database from 'better-sqlite3';

export interface WorkspaceContent {
  /** sha256 of every row of every table except chart_session, in a stable order. */
  rows: string;
  /** When the analyst's window last autosaved its chart (null when it never did). */
  sessionSavedAt: string | null;
}

/** The window's chart autosave is the analyst's own page writing, so it is reported apart. */
const SESSION_TABLE = 'chart_session';

export function workspaceContent(file: string): WorkspaceContent {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all() as string[];
    const hash = crypto.createHash('sha256');
    for (const table of tables.filter((t) => t !== SESSION_TABLE)) {
      hash.update(`\u0000${table}\u0000`);
      const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((row) =>
        JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
      );
      // Sorted here: not every table has a rowid or a key to order by.
      for (const row of rows.sort()) hash.update(row);
    }
    const session = tables.includes(SESSION_TABLE)
      ? (db.prepare(`SELECT updated_at FROM ${SESSION_TABLE} WHERE id = 1`).pluck().get() as
          string | undefined)
      : undefined;
    return { rows: hash.digest('hex'), sessionSavedAt: session ?? null };
  } finally {
    db.close();
  }
}
