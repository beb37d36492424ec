// Which rows go with a case: its records, every link touching them, the entities that
// hold only its records, and every row of any table that points at one of those by a
// foreign key (memberships, identifiers, match decisions, import history, and the
// tables later issues add). Found through the schema, so a new table is not forgotten.
import type { CaseRemovalCounts } from '../../shared/contract/case-model';
import type { Db } from '../store/open-workspace';

/** The tables whose ids make up the scope; every other table is reached by its foreign keys. */
const SCOPED = ['cases', 'records', 'links', 'entities'] as const;
type Scoped = (typeof SCOPED)[number];

export interface RemovalScope {
  ids: Record<Scoped, number[]>;
  /** Entities holding this case's records and others': they stay. */
  sharedEntityIds: number[];
}

export type Row = Record<string, unknown>;

export interface CaseSnapshot {
  version: 1;
  /** Rows by table, parents first (cases, entities, records, links), then the rest. */
  tables: Record<string, Row[]>;
  /** The full-text search rows of the records (a virtual table has no foreign keys). */
  search: { rowid: number; text: string }[];
  /** Entities that went with the case; their ids must still be free to bring them back. */
  entitiesOnlyHere?: number[];
}

const inList = 'IN (SELECT value FROM json_each(?))';
const pluckIds = (db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .all(...params) as number[];

export function removalScope(db: Db, caseId: number): RemovalScope {
  const records = pluckIds(db, 'SELECT id FROM records WHERE case_id = ? ORDER BY id', caseId);
  const r = JSON.stringify(records);
  const links = pluckIds(
    db,
    `SELECT id FROM links WHERE case_id = ? OR from_record ${inList} OR to_record ${inList} ORDER BY id`,
    caseId,
    r,
    r,
  );
  const touched = pluckIds(
    db,
    `SELECT DISTINCT entity_id FROM entity_members WHERE record_id ${inList} ORDER BY entity_id`,
    r,
  );
  const shared = new Set(
    pluckIds(
      db,
      `SELECT DISTINCT entity_id FROM entity_members WHERE entity_id ${inList} AND record_id NOT ${inList}`,
      JSON.stringify(touched),
      r,
    ),
  );
  return {
    ids: { cases: [caseId], records, links, entities: touched.filter((e) => !shared.has(e)) },
    sharedEntityIds: [...shared].sort((a, b) => a - b),
  };
}

export function countRemoval(db: Db, scope: RemovalScope): CaseRemovalCounts {
  const r = JSON.stringify(scope.ids.records);
  const decisions = db
    .prepare(
      `SELECT sum(status <> 'pending') AS decided, sum(status = 'pending') AS pending FROM match_candidates
       WHERE record_a ${inList} OR record_b ${inList}`,
    )
    .get(r, r) as { decided: number | null; pending: number | null };
  return {
    records: scope.ids.records.length,
    links: scope.ids.links.length,
    entitiesOnlyHere: scope.ids.entities.length,
    entitiesShared: scope.sharedEntityIds.length,
    matchDecisions: decisions.decided ?? 0,
    pendingMatches: decisions.pending ?? 0,
  };
}

/** Ordinary tables other than the scoped ones, with the foreign keys that reach the scope. */
function dependentTables(db: Db): { table: string; refs: { column: string; parent: Scoped }[] }[] {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return tables
    .filter((t) => !(SCOPED as readonly string[]).includes(t))
    .map((table) => {
      const fks = db.prepare('SELECT "from", "table" FROM pragma_foreign_key_list(?)').all(table) as {
        from: string;
        table: string;
      }[];
      const refs = fks
        .filter((fk) => (SCOPED as readonly string[]).includes(fk.table))
        .map((fk) => ({ column: fk.from, parent: fk.table as Scoped }));
      return { table, refs };
    })
    .filter((t) => t.refs.length > 0);
}

export function snapshotScope(db: Db, scope: RemovalScope): CaseSnapshot {
  const tables: Record<string, Row[]> = {};
  const idsOf = (parent: Scoped) => JSON.stringify(scope.ids[parent]);
  // Every entity holding one of the records, shared ones too: a later change may have removed them.
  const entities = JSON.stringify([...scope.ids.entities, ...scope.sharedEntityIds]);
  tables.cases = db.prepare(`SELECT * FROM cases WHERE id ${inList}`).all(idsOf('cases')) as Row[];
  tables.entities = db
    .prepare(`SELECT * FROM entities WHERE id ${inList} ORDER BY id`)
    .all(entities) as Row[];
  tables.records = db
    .prepare(`SELECT * FROM records WHERE id ${inList} ORDER BY id`)
    .all(idsOf('records')) as Row[];
  tables.links = db
    .prepare(`SELECT * FROM links WHERE id ${inList} ORDER BY id`)
    .all(idsOf('links')) as Row[];
  for (const { table, refs } of dependentTables(db)) {
    const where = refs.map((ref) => `"${ref.column}" ${inList}`).join(' OR ');
    tables[table] = db
      .prepare(`SELECT * FROM "${table}" WHERE ${where}`)
      .all(...refs.map((ref) => idsOf(ref.parent))) as Row[];
  }
  const search = db
    .prepare(`SELECT rowid, text FROM record_search WHERE rowid ${inList} ORDER BY rowid`)
    .all(idsOf('records')) as CaseSnapshot['search'];
  return { version: 1, tables, search, entitiesOnlyHere: scope.ids.entities };
}

/** Removes what the scope holds; foreign keys cascade to the dependent rows just saved. */
export function deleteScope(db: Db, scope: RemovalScope): void {
  const records = JSON.stringify(scope.ids.records);
  db.prepare(`DELETE FROM record_search WHERE rowid ${inList}`).run(records);
  db.prepare(`DELETE FROM links WHERE id ${inList}`).run(JSON.stringify(scope.ids.links));
  db.prepare('DELETE FROM cases WHERE id = ?').run(scope.ids.cases[0]);
  db.prepare(`DELETE FROM entities WHERE id ${inList}`).run(JSON.stringify(scope.ids.entities));
}
