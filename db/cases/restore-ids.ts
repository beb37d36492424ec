// Bringing a removed case back when some of its ids were given to newer rows since (SQLite
// hands out the highest id + 1 again once the highest rows are gone). Each taken id gets a
// fresh one, and every column that points at it (found through the schema's foreign keys)
// follows, so the case comes back whole beside the newer work instead of being refused.
import type { Db } from '../store/open-workspace';
import type { CaseSnapshot, Row } from './removal-scope';

const SCOPED = ['cases', 'records', 'links', 'entities'] as const;
type Scoped = (typeof SCOPED)[number];
type IdMaps = Record<Scoped, Map<number, number>>;

const exists = (db: Db, table: string, id: unknown) =>
  db.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(id) !== undefined;

/** Old id → new id for every scoped id of the snapshot that is taken now. */
function takenIds(db: Db, snap: CaseSnapshot): IdMaps {
  const onlyHere = new Set(snap.entitiesOnlyHere ?? []);
  const maps = {} as IdMaps;
  for (const table of SCOPED) {
    const map = new Map<number, number>();
    const rows = snap.tables[table] ?? [];
    // Shared entities that are still here keep their current state (and id).
    const mine = rows.map((r) => Number(r.id)).filter((id) => table !== 'entities' || onlyHere.has(id));
    const highest = db.prepare(`SELECT max(id) FROM "${table}"`).pluck().get() as number | null;
    let next = Math.max(highest ?? 0, ...mine) + 1;
    for (const id of mine) if (exists(db, table, id)) map.set(id, next++);
    maps[table] = map;
  }
  return maps;
}

/** The columns of a table that hold scoped ids: its own id (for a scoped table) and its foreign keys. */
function idColumns(db: Db, table: string): [string, Scoped][] {
  const own: [string, Scoped][] = (SCOPED as readonly string[]).includes(table)
    ? [['id', table as Scoped]]
    : [];
  const fks = db.prepare('SELECT "from", "table" FROM pragma_foreign_key_list(?)').all(table) as {
    from: string;
    table: string;
  }[];
  return [
    ...own,
    ...fks
      .filter((fk) => (SCOPED as readonly string[]).includes(fk.table))
      .map((fk): [string, Scoped] => [fk.from, fk.table as Scoped]),
  ];
}

/** The snapshot with taken ids replaced; `renamed` counts how many ids moved. */
export function remapSnapshot(db: Db, snap: CaseSnapshot): { snap: CaseSnapshot; renamed: number } {
  const maps = takenIds(db, snap);
  const renamed = SCOPED.reduce((n, t) => n + maps[t].size, 0);
  if (renamed === 0) return { snap, renamed };
  const tables: Record<string, Row[]> = {};
  for (const [table, rows] of Object.entries(snap.tables)) {
    const cols = idColumns(db, table);
    tables[table] = rows.map((row) => {
      const out = { ...row };
      for (const [col, parent] of cols) {
        const moved = maps[parent].get(Number(row[col]));
        if (row[col] !== null && moved !== undefined) out[col] = moved;
      }
      return out;
    });
  }
  const search = snap.search.map((s) => ({ ...s, rowid: maps.records.get(s.rowid) ?? s.rowid }));
  const entitiesOnlyHere = (snap.entitiesOnlyHere ?? []).map((id) => maps.entities.get(id) ?? id);
  return { snap: { ...snap, tables, search, entitiesOnlyHere }, renamed };
}

/**
 * A dependent row (a match decision, a note) whose own id a newer row took: it comes back
 * under a fresh id; one still here unchanged is left alone.
 */
export function freeDependentRow(db: Db, table: string, row: Row): Row | null {
  if (!('id' in row) || !exists(db, table, row.id)) return row;
  const cols = Object.keys(row);
  const same = db
    .prepare(`SELECT 1 FROM "${table}" WHERE ${cols.map((c) => `"${c}" IS @${c}`).join(' AND ')}`)
    .get(row);
  if (same) return null;
  const { id: _taken, ...rest } = row;
  return rest;
}
