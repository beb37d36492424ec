// "Create a source record with its own entity", written once: the record row, its
// normalised identifiers, an entity of its own with an 'own' membership, and its search
// row. Every writer goes through here: write-case-data (one record at a time), the table
// import (many rows per statement, entities given in bulk at the end) and the generated
// scale workspaces. A schema change to any of these tables is one edit in this file.
//
// Each row is written two ways, side by side here: with values for one record at a time,
// and by id range from the stored records for a whole import (one statement per table).
// An own entity takes the record's type, label and time, with an 'own' membership; the
// search text is the label followed by every field value. (Range statements for single
// records cost half as much CPU again in generated workspaces.) record-writes.test checks
// that both ways give the same rows.
import type { Identifier } from '../linking/identifiers';
import type { MemberReason } from '../linking/merge';
import { MultiRowInsert } from './multi-row-insert';
import type { Db } from './open-workspace';

/** A record row as stored: fields and source already serialised as JSON. */
export interface RecordRow {
  caseId: number;
  externalId: string | null;
  type: string;
  label: string;
  fieldsJson: string;
  sourceJson: string;
  createdAt: string;
}

/** A record to create: as RecordRow, with its fields still an object. */
export type NewRecordRow = Omit<RecordRow, 'fieldsJson'> & { fields: Record<string, string> };

const RECORD_COLUMNS = '(id, case_id, external_id, type, label, fields, source, created_at)';
const RECORD_TUPLE = '(?, ?, ?, ?, ?, ?, ?, ?)';
const IDENTIFIER_INSERT = 'INSERT OR IGNORE INTO record_identifiers (record_id, kind, value)';

const cache = new WeakMap<Db, RecordWrites>();

export class RecordWrites {
  private readonly s;
  private readonly manyRecords: MultiRowInsert;
  private readonly manyIdentifiers: MultiRowInsert;

  /** One instance per connection: the statements are prepared once. */
  static of(db: Db): RecordWrites {
    let w = cache.get(db);
    if (!w) cache.set(db, (w = new RecordWrites(db)));
    return w;
  }

  private constructor(db: Db) {
    this.manyRecords = new MultiRowInsert(db, `INSERT INTO records ${RECORD_COLUMNS}`, RECORD_TUPLE, 8);
    this.manyIdentifiers = new MultiRowInsert(db, IDENTIFIER_INSERT, '(?, ?, ?)', 3);
    this.s = {
      record: db.prepare(`INSERT INTO records ${RECORD_COLUMNS} VALUES ${RECORD_TUPLE}`),
      recordIfNew: db.prepare(
        `INSERT INTO records ${RECORD_COLUMNS} VALUES ${RECORD_TUPLE} ON CONFLICT (case_id, external_id) DO NOTHING`,
      ),
      identifier: db.prepare(`${IDENTIFIER_INSERT} VALUES (?, ?, ?)`),
      maxEntity: db.prepare('SELECT coalesce(max(id), 0) FROM entities').pluck(),
      entities: db.prepare(
        `INSERT INTO entities (id, type, label, created_at)
         SELECT id + ?, type, label, created_at FROM records WHERE id BETWEEN ? AND ?`,
      ),
      members: db.prepare(
        `INSERT INTO entity_members (record_id, entity_id, reason, evidence, linked_at)
         SELECT id, id + ?, 'own', '{}', created_at FROM records WHERE id BETWEEN ? AND ?`,
      ),
      entity: db.prepare('INSERT INTO entities (type, label, created_at) VALUES (?, ?, ?)'),
      member: db.prepare(
        'INSERT INTO entity_members (record_id, entity_id, reason, evidence, linked_at) VALUES (?, ?, ?, ?, ?)',
      ),
      searchRow: db.prepare('INSERT INTO record_search (rowid, text) VALUES (?, ?)'),
      // The same text as searchTextOf, for a whole range of records in one statement.
      searchRows: db.prepare(
        `INSERT INTO record_search (rowid, text)
         SELECT r.id, r.label || coalesce((SELECT group_concat(' ' || j.value, '') FROM json_each(r.fields) j), '')
         FROM records r WHERE r.id BETWEEN ? AND ?`,
      ),
    };
  }

  /**
   * One record with its identifiers, its own entity and its search row. With `joining`, the
   * record is instead held by that existing entity from the start, for the reason given (a
   * writer that links as it writes: the same rows as an own entity merged at once).
   */
  create(
    record: NewRecordRow,
    identifiers: readonly Identifier[],
    joining?: { entityId: number; reason: MemberReason; evidence: unknown },
  ): { recordId: number; entityId: number } {
    const row = { ...record, fieldsJson: JSON.stringify(record.fields) };
    const recordId = Number(this.s.record.run(null, ...rowValues(row)).lastInsertRowid);
    this.addIdentifiers(recordId, identifiers);
    const entityId =
      joining?.entityId ?? Number(this.s.entity.run(row.type, row.label, row.createdAt).lastInsertRowid);
    const reason = joining?.reason ?? 'own';
    const evidence = joining ? JSON.stringify(joining.evidence) : '{}';
    this.s.member.run(recordId, entityId, reason, evidence, row.createdAt);
    this.s.searchRow.run(recordId, searchTextOf(record.label, record.fields));
    return { recordId, entityId };
  }

  /**
   * A record unless its case already holds its external id: the new id, or null. Its
   * entity is given later, by giveOwnEntities over the range of new ids.
   */
  insertIfNew(row: RecordRow): number | null {
    const info = this.s.recordIfNew.run(null, ...rowValues(row));
    return info.changes > 0 ? Number(info.lastInsertRowid) : null;
  }

  addIdentifiers(recordId: number, identifiers: readonly Identifier[]): void {
    for (const id of identifiers) this.s.identifier.run(recordId, id.kind, id.value);
  }

  /**
   * Many records in multi-row statements: `values` holds each record's eight values in
   * column order (id first; the caller numbers them), laid end to end. No entities yet.
   */
  insertMany(values: unknown[]): void {
    this.manyRecords.run(values);
  }

  /** Identifiers as (recordId, kind, value) triples laid end to end. */
  addManyIdentifiers(values: unknown[]): void {
    this.manyIdentifiers.run(values);
  }

  /**
   * Gives every record with an id from first to last (which have none yet) an entity of
   * its own, an 'own' membership and a search row. Entity ids follow the largest one in
   * the same order as the records. Returns the entity id of the first record.
   */
  giveOwnEntities(first: number, last: number): number {
    const offset = (this.s.maxEntity.get() as number) + 1 - first;
    this.s.entities.run(offset, first, last);
    this.s.members.run(offset, first, last);
    this.s.searchRows.run(first, last);
    return first + offset;
  }
}

/**
 * Text the full-text index holds for a record: its label, then every field value. The
 * bulk statement (searchRows) builds the same text in SQL; record-writes.test checks both.
 */
export function searchTextOf(label: string, fields: Record<string, string>): string {
  return [label, ...Object.values(fields)].join(' ');
}

function rowValues(r: RecordRow): unknown[] {
  return [r.caseId, r.externalId, r.type, r.label, r.fieldsJson, r.sourceJson, r.createdAt];
}
