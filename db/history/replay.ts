// Putting rows back to an image stored with an audit entry: the row's state before the
// action (undo) or after it (redo). Records keep their search row in step (a virtual table
// has no triggers), and a row is never deleted while other rows still point at it.
import { WorkbenchError } from '../../shared/contract/result';
import type { Db } from '../store/open-workspace';
import { searchTextOf } from '../store/record-writes';
import { tableShape, type RowChange } from './capture';

type Row = Record<string, unknown>;

function where(db: Db, tbl: string): string {
  return tableShape(db, tbl)
    .keys.map((k) => `"${k}" = ?`)
    .join(' AND ');
}

/** The row's current image, in the same JSON the triggers wrote; null when it is absent. */
export function currentImage(db: Db, tbl: string, pk: string): string | null {
  const s = tableShape(db, tbl);
  const cols = s.columns.map((c) => `'${c}', "${c}"`).join(', ');
  const found = db
    .prepare(`SELECT json_object(${cols}) FROM "${tbl}" WHERE ${where(db, tbl)}`)
    .pluck()
    .get(...(JSON.parse(pk) as unknown[])) as string | undefined;
  return found ?? null;
}

/** Tables and columns whose foreign keys point at `tbl`. */
function referencing(db: Db, tbl: string): { table: string; column: string; parentColumn: string }[] {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`,
    )
    .pluck()
    .all() as string[];
  return tables.flatMap((table) =>
    (
      db.prepare('SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)').all(table) as {
        from: string;
        table: string;
        to: string | null;
      }[]
    )
      .filter((fk) => fk.table === tbl)
      .map((fk) => ({ table, column: fk.from, parentColumn: fk.to ?? 'id' })),
  );
}

/** Refuses to delete a row others still point at (what a later import or fact added to it). */
function refuseHeldRow(db: Db, tbl: string, row: Row, what: string): void {
  for (const ref of referencing(db, tbl)) {
    const n = db
      .prepare(`SELECT count(*) FROM "${ref.table}" WHERE "${ref.column}" = ?`)
      .pluck()
      .get(row[ref.parentColumn]) as number;
    if (n > 0)
      throw new WorkbenchError(
        'CONFLICT',
        `${what}: ${n} row(s) of ${ref.table} were added to it since (by an import or a later action); remove those first.`,
        { table: ref.table, count: n },
      );
  }
}

export function applyImage(db: Db, change: RowChange, image: string | null, what: string): void {
  const { tbl, pk } = change;
  const keys = JSON.parse(pk) as unknown[];
  const exists = currentImage(db, tbl, pk) !== null;
  if (image === null) {
    if (!exists) return;
    const row = JSON.parse(currentImage(db, tbl, pk)!) as Row;
    refuseHeldRow(db, tbl, row, what);
    db.prepare(`DELETE FROM "${tbl}" WHERE ${where(db, tbl)}`).run(...keys);
    if (tbl === 'records') db.prepare('DELETE FROM record_search WHERE rowid = ?').run(keys[0]);
    return;
  }
  const row = JSON.parse(image) as Row;
  const cols = Object.keys(row);
  if (exists) {
    const sets = cols.map((c) => `"${c}" = @${c}`).join(', ');
    const keyMatch = tableShape(db, tbl)
      .keys.map((k) => `"${k}" = @${k}`)
      .join(' AND ');
    db.prepare(`UPDATE "${tbl}" SET ${sets} WHERE ${keyMatch}`).run(row);
  } else {
    const names = cols.map((c) => `"${c}"`).join(', ');
    db.prepare(`INSERT INTO "${tbl}" (${names}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  }
  if (tbl === 'records') {
    db.prepare('DELETE FROM record_search WHERE rowid = ?').run(row.id);
    const fields = JSON.parse(String(row.fields)) as Record<string, string>;
    db.prepare('INSERT INTO record_search (rowid, text) VALUES (?, ?)').run(
      row.id,
      searchTextOf(String(row.label), fields),
    );
  }
}
