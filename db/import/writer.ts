// Writes mapped rows into one case with few statements per row: shared records
// (a dealer or phone repeated over many rows) are looked up in a Map, records and
// links are inserted with ON CONFLICT DO NOTHING on their external id (so importing
// the same rows again adds nothing), and entities, memberships and search rows are
// added in bulk INSERT…SELECT statements at the end. Runs inside the caller's transaction.
import { BULK_DEFERRABLE_INDEXES, dropIndexes, type DroppedIndexes } from '../store/deferred-indexes';
import type { Db } from '../store/open-workspace';
import type { MappedRecord, MappedRow } from './row-mapper';

export interface WriteSource {
  file: string;
  sheet: string | null;
}

export interface WriteOptions {
  /**
   * Drop the secondary indexes while writing and rebuild them in finish(): worth it when
   * the import is large next to what the workspace holds (see shouldDeferIndexes).
   */
  deferIndexes?: boolean;
}

/** Below this many expected new records, rebuilding indexes costs more than it saves. */
const DEFER_INDEXES_FROM_RECORDS = 100_000;

/**
 * Rebuilding an index costs time in proportion to the whole table; inserting into it,
 * in proportion to the new rows (but with a random access each). Rebuilding wins once the
 * import brings at least as many records as the workspace already has.
 */
export function shouldDeferIndexes(db: Db, expectedNewRecords: number): boolean {
  return expectedNewRecords >= DEFER_INDEXES_FROM_RECORDS && expectedNewRecords >= maxId(db, 'records');
}

export interface WriteTotals {
  recordsAdded: number;
  linksAdded: number;
  rowsAlreadyPresent: number;
}

const CACHE_LIMIT = 100_000;

const maxId = (db: Db, table: string) =>
  (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;

export class CaseWriter {
  readonly totals: WriteTotals = { recordsAdded: 0, linksAdded: 0, rowsAlreadyPresent: 0 };
  /** Records this import created or found, by external id; only shared records are kept. */
  private readonly shared = new Map<string, number>();
  /** External ids of links between shared records already written by this import. */
  private readonly sharedLinks = new Set<string>();
  private readonly firstRecordId: number;
  private readonly at = new Date().toISOString();
  private readonly s;
  private readonly dropped: DroppedIndexes | null;
  /** The file (and sheet) part of every record's provenance, serialised once. */
  private readonly sourcePrefix: string;

  constructor(
    private readonly db: Db,
    private readonly caseId: number,
    source: WriteSource,
    options: WriteOptions = {},
  ) {
    this.firstRecordId = maxId(db, 'records') + 1;
    this.dropped = options.deferIndexes ? dropIndexes(db, BULK_DEFERRABLE_INDEXES) : null;
    const sheet = !source.sheet ? '' : `,"sheet":${JSON.stringify(source.sheet)}`;
    this.sourcePrefix = `{"kind":"file","file":${JSON.stringify(source.file)}${sheet},"row":`;
    this.s = {
      insertRecord: db.prepare(
        `INSERT INTO records (case_id, external_id, type, label, fields, source, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, external_id) DO NOTHING`,
      ),
      findRecord: db.prepare('SELECT id FROM records WHERE case_id = ? AND external_id = ?').pluck(),
      insertIdentifier: db.prepare(
        'INSERT OR IGNORE INTO record_identifiers (record_id, kind, value) VALUES (?, ?, ?)',
      ),
      insertLink: db.prepare(
        `INSERT INTO links (case_id, external_id, type, from_record, to_record, label, occurred_on, fields, source)
         VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?) ON CONFLICT (case_id, external_id) DO NOTHING`,
      ),
    };
  }

  write(row: MappedRow): void {
    const ids = new Map<string, number>();
    let added = 0;
    const sourceJson = this.sourceJson(row.row);
    for (const r of row.records) {
      const { id, isNew } = this.record(r, sourceJson);
      ids.set(r.key, id);
      if (isNew) added++;
    }
    for (const l of row.links) {
      const from = ids.get(l.from);
      const to = ids.get(l.to);
      if (from === undefined || to === undefined) continue;
      if (l.shared) {
        // A buyer's phone repeated on every row of the buyer: one statement, not one per row.
        if (this.sharedLinks.has(l.externalId)) continue;
        if (this.sharedLinks.size >= CACHE_LIMIT) this.sharedLinks.clear();
        this.sharedLinks.add(l.externalId);
      }
      const info = this.s.insertLink.run(
        this.caseId,
        l.externalId,
        l.type,
        from,
        to,
        l.label,
        l.occurredOn,
        sourceJson,
      );
      if (info.changes > 0) {
        this.totals.linksAdded++;
        added++;
      }
    }
    if (added === 0) this.totals.rowsAlreadyPresent++;
  }

  /** The same JSON as a RecordSource of kind 'file', without an object per row. */
  private sourceJson(row: number): string {
    return `${this.sourcePrefix}${row}}`;
  }

  private record(r: MappedRecord, sourceJson: string): { id: number; isNew: boolean } {
    const known = r.shared ? this.shared.get(r.externalId) : undefined;
    if (known !== undefined) return { id: known, isNew: false };
    const info = this.s.insertRecord.run(
      this.caseId,
      r.externalId,
      r.type,
      r.label,
      JSON.stringify(r.fields),
      sourceJson,
      this.at,
    );
    let id: number;
    if (info.changes > 0) {
      id = Number(info.lastInsertRowid);
      this.totals.recordsAdded++;
      for (const k of r.identifiers) this.s.insertIdentifier.run(id, k.kind, k.value);
    } else id = this.s.findRecord.get(this.caseId, r.externalId) as number;
    if (r.shared) {
      // A bounded cache: past the limit, lookups fall back to the unique index.
      if (this.shared.size >= CACHE_LIMIT) this.shared.clear();
      this.shared.set(r.externalId, id);
    }
    return { id, isNew: info.changes > 0 };
  }

  /**
   * Gives every new record its own entity, membership and search row in three bulk
   * statements (new record ids are contiguous: one writer, one transaction).
   * Returns the ids of the new records.
   */
  finish(): { firstRecordId: number; lastRecordId: number } {
    const first = this.firstRecordId;
    const last = maxId(this.db, 'records');
    if (last < first) {
      this.dropped?.rebuild();
      return { firstRecordId: first, lastRecordId: last };
    }
    const offset = maxId(this.db, 'entities') + 1 - first;
    this.db
      .prepare(
        `INSERT INTO entities (id, type, label, created_at) SELECT id + ?, type, label, created_at FROM records WHERE id >= ?`,
      )
      .run(offset, first);
    this.db
      .prepare(
        `INSERT INTO entity_members (record_id, entity_id, reason, evidence, linked_at)
         SELECT id, id + ?, 'own', '{}', created_at FROM records WHERE id >= ?`,
      )
      .run(offset, first);
    // Same text as searchTextOf(label, fields): the label, then every field value.
    this.db
      .prepare(
        `INSERT INTO record_search (rowid, text)
         SELECT r.id, r.label || coalesce((SELECT group_concat(' ' || j.value, '') FROM json_each(r.fields) j), '')
         FROM records r WHERE r.id >= ?`,
      )
      .run(first);
    // Linking, which runs next, reads the identifier index.
    this.dropped?.rebuild();
    return { firstRecordId: first, lastRecordId: last };
  }
}
