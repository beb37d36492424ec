// Writes mapped rows into one case. Shared records (a dealer or phone repeated over many
// rows) are looked up in a Map; records and identifiers are written, and entities,
// memberships and search rows added in bulk at the end, by RecordWrites (the one place
// records are created with their own entities). Runs inside the caller's transaction.
//
// Rows are written in batches: the writer numbers the new records itself (it is the only
// writer in its transaction, so new ids continue from the largest one) and inserts a
// batch's records, identifiers and links with multi-row statements. Every record and link
// has an external id unique in its case, so a batch that states something already stored
// (rows imported before from another file) fails on that constraint: the batch is then
// undone to its savepoint and written again row by row with ON CONFLICT DO NOTHING, which
// adds only what is new. Either way the result is the same; the batch is just faster.
import { BULK_DEFERRABLE_INDEXES, dropIndexes, type DroppedIndexes } from '../store/deferred-indexes';
import type { Db } from '../store/open-workspace';
import { MultiRowInsert } from '../store/multi-row-insert';
import { RecordWrites } from '../store/record-writes';
import { RepeatTracker } from './repeat-tracker';
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
const BATCH_ROWS = 500;

const maxId = (db: Db, table: string) =>
  (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;

const isUniqueViolation = (err: unknown) =>
  err instanceof Error &&
  /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test((err as Error & { code?: string }).code ?? '');

function statements(db: Db) {
  return {
    findRecord: db.prepare('SELECT id FROM records WHERE case_id = ? AND external_id = ?').pluck(),
    // A batch's lookups in one statement each: the external ids come as a JSON array.
    findRecords: db
      .prepare(
        'SELECT external_id, id FROM records WHERE case_id = ? AND external_id IN (SELECT value FROM json_each(?))',
      )
      .raw(),
    findLinks: db
      .prepare(
        'SELECT external_id FROM links WHERE case_id = ? AND external_id IN (SELECT value FROM json_each(?))',
      )
      .pluck(),
    insertLink: db.prepare(
      `INSERT INTO links (case_id, external_id, type, from_record, to_record, label, occurred_on, fields, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?) ON CONFLICT (case_id, external_id) DO NOTHING`,
    ),
    links: new MultiRowInsert(
      db,
      'INSERT INTO links (case_id, external_id, type, from_record, to_record, label, occurred_on, fields, source)',
      "(?, ?, ?, ?, ?, ?, ?, '{}', ?)",
      8,
    ),
  };
}

/** A batch's values for the multi-row statements, and what to undo if it must be redone. */
interface Batch {
  records: unknown[];
  identifiers: unknown[];
  links: unknown[];
  newShared: string[];
  newSharedLinks: string[];
  /** Links between shared records that the case already holds (found before staging). */
  storedSharedLinks: Set<string>;
  totals: WriteTotals;
}

export class CaseWriter {
  readonly totals: WriteTotals = { recordsAdded: 0, linksAdded: 0, rowsAlreadyPresent: 0 };
  /** Records this import created or found, by external id; only shared records are kept. */
  private readonly shared = new Map<string, number>();
  /** External ids of links between shared records this import has written or found. */
  private readonly sharedLinks = new Set<string>();
  private readonly repeats = new RepeatTracker();
  private readonly firstRecordId: number;
  private nextRecordId: number;
  private pending: MappedRow[] = [];
  private readonly at = new Date().toISOString();
  private readonly s;
  /** Records, identifiers and own entities are written where every writer writes them. */
  private readonly records: RecordWrites;
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
    this.nextRecordId = this.firstRecordId;
    this.dropped = options.deferIndexes ? dropIndexes(db, BULK_DEFERRABLE_INDEXES) : null;
    const sheet = !source.sheet ? '' : `,"sheet":${JSON.stringify(source.sheet)}`;
    this.sourcePrefix = `{"kind":"file","file":${JSON.stringify(source.file)}${sheet},"row":`;
    this.s = statements(db);
    this.records = RecordWrites.of(db);
  }

  write(row: MappedRow): void {
    this.pending.push(row);
    if (this.pending.length >= BATCH_ROWS) this.flush();
  }

  private flush(): void {
    const rows = this.pending;
    this.pending = [];
    if (rows.length === 0) return;
    // Bounded caches, emptied only between batches: a batch's own records must stay found.
    if (this.shared.size >= CACHE_LIMIT) this.shared.clear();
    if (this.sharedLinks.size >= CACHE_LIMIT) this.sharedLinks.clear();
    const written = this.writeBatch(rows);
    this.repeats.batchWritten(!written);
    if (written) return;
    for (const row of rows) this.writeRow(row);
    this.nextRecordId = maxId(this.db, 'records') + 1;
  }

  /** The fast path; false (and nothing written) when the batch states something already stored. */
  private writeBatch(rows: MappedRow[]): boolean {
    const batch: Batch = {
      records: [],
      identifiers: [],
      links: [],
      newShared: [],
      newSharedLinks: [],
      storedSharedLinks: new Set(),
      totals: { ...this.totals },
    };
    const firstId = this.nextRecordId;
    this.lookUpStored(rows, batch);
    for (const row of rows) this.stage(row, batch);
    this.db.exec('SAVEPOINT import_batch');
    try {
      this.records.insertMany(batch.records);
      this.records.addManyIdentifiers(batch.identifiers);
      this.s.links.run(batch.links);
      this.db.exec('RELEASE import_batch');
      return true;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // the caller rolls the whole import back
      this.db.exec('ROLLBACK TO import_batch');
      this.db.exec('RELEASE import_batch');
      // Forget what this batch staged, so that the row-by-row pass finds it in the table or not at all.
      this.nextRecordId = firstId;
      for (const k of batch.newShared) this.shared.delete(k);
      for (const k of batch.newSharedLinks) this.sharedLinks.delete(k);
      Object.assign(this.totals, batch.totals);
      return false;
    }
  }

  /** Numbers a row's new records and lays out its values; counts as writeRow does. */
  private stage(row: MappedRow, batch: Batch): void {
    const ids = new Map<string, number>();
    let added = 0;
    const sourceJson = this.sourceJson(row);
    for (const r of row.records) {
      let id = r.shared ? this.shared.get(r.externalId) : undefined;
      if (r.shared) this.repeats.count(r.key, id !== undefined);
      if (id === undefined) {
        id = this.nextRecordId++;
        const fields = JSON.stringify(r.fields);
        batch.records.push(id, this.caseId, r.externalId, r.type, r.label, fields, sourceJson, this.at);
        for (const k of r.identifiers) batch.identifiers.push(id, k.kind, k.value);
        if (r.shared && !this.repeats.rarelyRepeats(r.key)) this.rememberShared(r.externalId, id, batch);
        this.totals.recordsAdded++;
        added++;
      }
      ids.set(r.key, id);
    }
    for (const l of row.links) {
      const from = ids.get(l.from);
      const to = ids.get(l.to);
      if (from === undefined || to === undefined) continue;
      if (l.shared && !this.isNewSharedLink(l.externalId, batch)) continue;
      batch.links.push(this.caseId, l.externalId, l.type, from, to, l.label, l.occurredOn, sourceJson);
      this.totals.linksAdded++;
      added++;
    }
    if (added === 0) this.totals.rowsAlreadyPresent++;
  }

  /**
   * Finds, in two statements, the batch's shared records and links that are not cached
   * but already stored (imported before, or cached and since evicted).
   */
  private lookUpStored(rows: MappedRow[], batch: Batch): void {
    const records = new Set<string>();
    const links = new Set<string>();
    for (const row of rows) {
      for (const r of row.records)
        if (r.shared && !this.shared.has(r.externalId) && !this.repeats.rarelyRepeats(r.key))
          records.add(r.externalId);
      for (const l of row.links) if (l.shared && !this.sharedLinks.has(l.externalId)) links.add(l.externalId);
    }
    if (records.size > 0)
      for (const [externalId, id] of this.s.findRecords.all(this.caseId, JSON.stringify([...records])) as [
        string,
        number,
      ][])
        this.rememberShared(externalId, id, batch);
    if (links.size > 0)
      for (const externalId of this.s.findLinks.all(this.caseId, JSON.stringify([...links])) as string[])
        batch.storedSharedLinks.add(externalId);
  }

  private rememberShared(externalId: string, id: number, batch: Batch): void {
    this.shared.set(externalId, id);
    batch.newShared.push(externalId);
  }

  /** A buyer's phone repeated on every row of the buyer is one link, stated once. */
  private isNewSharedLink(externalId: string, batch: Batch): boolean {
    if (this.sharedLinks.has(externalId)) return false;
    this.sharedLinks.add(externalId);
    batch.newSharedLinks.push(externalId);
    return !batch.storedSharedLinks.has(externalId);
  }

  /** The slow path: one statement per record and link, skipping what is already stored. */
  private writeRow(row: MappedRow): void {
    const ids = new Map<string, number>();
    let added = 0;
    const sourceJson = this.sourceJson(row);
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
        if (this.sharedLinks.has(l.externalId)) continue;
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
  private sourceJson(row: MappedRow): string {
    const grade = row.grade ? `,"grade":${JSON.stringify(row.grade)}` : '';
    return `${this.sourcePrefix}${row.row}${grade}}`;
  }

  private record(r: MappedRecord, sourceJson: string): { id: number; isNew: boolean } {
    const known = r.shared ? this.shared.get(r.externalId) : undefined;
    if (known !== undefined) return { id: known, isNew: false };
    const added = this.records.insertIfNew({
      caseId: this.caseId,
      externalId: r.externalId,
      type: r.type,
      label: r.label,
      fieldsJson: JSON.stringify(r.fields),
      sourceJson,
      createdAt: this.at,
    });
    if (added !== null) {
      this.totals.recordsAdded++;
      this.records.addIdentifiers(added, r.identifiers);
    }
    const id = added ?? (this.s.findRecord.get(this.caseId, r.externalId) as number);
    if (r.shared) this.shared.set(r.externalId, id);
    return { id, isNew: added !== null };
  }

  /**
   * Gives every new record its own entity, membership and search row in three bulk
   * statements (new record ids are contiguous: one writer, one transaction).
   * Returns the ids of the new records.
   */
  finish(): { firstRecordId: number; lastRecordId: number } {
    this.flush();
    const first = this.firstRecordId;
    const last = maxId(this.db, 'records');
    if (last < first) {
      this.dropped?.rebuild();
      return { firstRecordId: first, lastRecordId: last };
    }
    this.records.giveOwnEntities(first, last);
    // Linking, which runs next, reads the identifier index.
    this.dropped?.rebuild();
    return { firstRecordId: first, lastRecordId: last };
  }
}
