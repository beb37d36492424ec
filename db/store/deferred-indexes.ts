// Bulk loads (a large table import, the scale generator) drop secondary indexes that
// none of their writes read and build them again at the end: SQLite builds an index
// from sorted keys far faster than it inserts millions of keys into it one by one.
// Inside a transaction the drop and rebuild are part of it, so a failed or killed load
// leaves the indexes exactly as they were.
import type { Db } from './open-workspace';

/** Indexes no bulk write looks up: lookups go through primary keys and UNIQUE constraints. */
export const BULK_DEFERRABLE_INDEXES = [
  'records_by_case',
  'records_by_type',
  'links_by_case',
  'links_by_from',
  'links_by_to',
  'entity_members_by_entity',
  'record_identifiers_by_value',
] as const;

export type DeferrableIndex = (typeof BULK_DEFERRABLE_INDEXES)[number];

export interface DroppedIndexes {
  /** Rebuilds the dropped indexes from their saved definitions. */
  rebuild(): void;
}

/** Drops the named indexes that exist, returning how to build them again. */
export function dropIndexes(db: Db, names: readonly DeferrableIndex[]): DroppedIndexes {
  const found = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND name IN (${names.map(() => '?').join(', ')})`,
    )
    .all(...names) as { name: string; sql: string }[];
  for (const i of found) db.exec(`DROP INDEX ${i.name}`);
  let rebuilt = false;
  return {
    rebuild() {
      if (rebuilt) return;
      rebuilt = true;
      for (const i of found) db.exec(i.sql);
    },
  };
}
