// Row images of one data action, taken while it runs: temporary triggers on the tables a
// data action may change write each inserted, updated or deleted row (before and after, as
// JSON) to a temporary table; once the action has written its audit entry, the changes are
// folded per row and stored under that entry (audit_changes). Undo and redo replay them.
// The triggers exist only while an action runs, so imports and matching pay nothing.
import type { Db } from '../store/open-workspace';

/** Every table an undoable action writes, with the columns that identify a row. */
export const CAPTURED_TABLES = [
  'cases',
  'records',
  'links',
  'entities',
  'entity_members',
  'record_identifiers',
  'match_candidates',
  'merge_blocks',
  'analyst_notes',
  'record_grades',
  'link_grades',
] as const;
export type CapturedTable = (typeof CAPTURED_TABLES)[number];

export interface TableShape {
  columns: string[];
  keys: string[];
}

const shapes = new WeakMap<Db, Map<string, TableShape>>();

export function tableShape(db: Db, table: string): TableShape {
  let byTable = shapes.get(db);
  if (!byTable) shapes.set(db, (byTable = new Map()));
  let shape = byTable.get(table);
  if (!shape) {
    const info = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as {
      name: string;
      pk: number;
    }[];
    const keys = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    shape = { columns: info.map((c) => c.name), keys: keys.map((c) => c.name) };
    byTable.set(table, shape);
  }
  return shape;
}

const image = (shape: TableShape, row: 'NEW' | 'OLD') =>
  `json_object(${shape.columns.map((c) => `'${c}', ${row}."${c}"`).join(', ')})`;
const key = (shape: TableShape, row: 'NEW' | 'OLD') =>
  `json_array(${shape.keys.map((c) => `${row}."${c}"`).join(', ')})`;

function triggersFor(db: Db, table: string): string {
  const s = tableShape(db, table);
  const log = (before: string, after: string, row: 'NEW' | 'OLD') =>
    `INSERT INTO temp.undo_capture (tbl, pk, before, after) VALUES ('${table}', ${key(s, row)}, ${before}, ${after});`;
  return `
    CREATE TEMP TRIGGER undo_capture_${table}_i AFTER INSERT ON "${table}" BEGIN ${log('NULL', image(s, 'NEW'), 'NEW')} END;
    CREATE TEMP TRIGGER undo_capture_${table}_u AFTER UPDATE ON "${table}" BEGIN ${log(image(s, 'OLD'), image(s, 'NEW'), 'NEW')} END;
    CREATE TEMP TRIGGER undo_capture_${table}_d AFTER DELETE ON "${table}" BEGIN ${log(image(s, 'OLD'), 'NULL', 'OLD')} END;`;
}

function startCapture(db: Db): void {
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS undo_capture (seq INTEGER PRIMARY KEY, tbl TEXT, pk TEXT, before TEXT, after TEXT)',
  );
  db.exec('DELETE FROM temp.undo_capture');
  db.exec(CAPTURED_TABLES.map((t) => triggersFor(db, t)).join('\n'));
}

function stopCapture(db: Db): void {
  db.exec(
    CAPTURED_TABLES.flatMap((t) =>
      ['i', 'u', 'd'].map((k) => `DROP TRIGGER IF EXISTS temp.undo_capture_${t}_${k};`),
    ).join('\n'),
  );
}

export interface RowChange {
  seq: number;
  tbl: string;
  pk: string;
  before: string | null;
  after: string | null;
}

/** One change per row: its state before the action and after it; rows left as they were drop out. */
function foldedChanges(db: Db): RowChange[] {
  const raw = db
    .prepare('SELECT seq, tbl, pk, before, after FROM temp.undo_capture ORDER BY seq')
    .all() as RowChange[];
  const byRow = new Map<string, RowChange>();
  for (const c of raw) {
    const k = `${c.tbl}\u0000${c.pk}`;
    const seen = byRow.get(k);
    if (seen) seen.after = c.after;
    else byRow.set(k, { ...c });
  }
  return [...byRow.values()].filter((c) => c.before !== c.after);
}

const lastAuditId = (db: Db) =>
  (db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number | null) ?? 0;

/**
 * Runs a data action (inside the caller's transaction) and stores the rows it changed under
 * the last audit entry it wrote. An action that wrote no audit entry keeps nothing.
 */
export function captureAction<T>(db: Db, action: () => T): T {
  const auditBefore = lastAuditId(db);
  startCapture(db);
  let value: T;
  try {
    value = action();
  } finally {
    stopCapture(db);
  }
  const auditId = lastAuditId(db);
  if (auditId > auditBefore) storeChanges(db, auditId, foldedChanges(db));
  db.exec('DELETE FROM temp.undo_capture');
  return value;
}

function storeChanges(db: Db, auditId: number, changes: RowChange[]): void {
  const insert = db.prepare(
    'INSERT INTO audit_changes (audit_id, seq, tbl, pk, before, after) VALUES (?, ?, ?, ?, ?, ?)',
  );
  changes.forEach((c, i) => insert.run(auditId, i + 1, c.tbl, c.pk, c.before, c.after));
}
