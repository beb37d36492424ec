// Source record queries.
import type { SourceRecord } from '../../shared/contract/model';
import type { Db } from '../store/open-workspace';
import { placeholders, RECORD_COLUMNS, toSourceRecord, type RecordRow } from './rows';

const FROM = `FROM records r JOIN cases c ON c.id = r.case_id JOIN entity_members m ON m.record_id = r.id`;

export function listRecords(
  db: Db,
  caseIds: number[] | undefined,
  limit: number,
  offset: number,
): { total: number; records: SourceRecord[] } {
  const where = caseIds ? `WHERE r.case_id IN (${placeholders(caseIds.length)})` : '';
  const args = caseIds ?? [];
  const total = (db.prepare(`SELECT count(*) AS n FROM records r ${where}`).get(...args) as { n: number }).n;
  const rows = db
    // Cases in the order they were added, records by type and label within each: the case
    // index gives the first key, so a page sorts one case at a time instead of every record
    // (by case number: 8 s for the first page of a million records; this way, under 50 ms).
    .prepare(`SELECT ${RECORD_COLUMNS} ${FROM} ${where} ORDER BY r.case_id, r.type, r.label LIMIT ? OFFSET ?`)
    .all(...args, limit, offset) as RecordRow[];
  return { total, records: rows.map(toSourceRecord) };
}

export function recordsOfEntity(db: Db, entityId: number): RecordRow[] {
  return db
    .prepare(`SELECT ${RECORD_COLUMNS} ${FROM} WHERE m.entity_id = ? ORDER BY c.opened_on, r.id`)
    .all(entityId) as RecordRow[];
}

export function recordById(db: Db, recordId: number): SourceRecord | null {
  const row = db.prepare(`SELECT ${RECORD_COLUMNS} ${FROM} WHERE r.id = ?`).get(recordId) as
    RecordRow | undefined;
  return row ? toSourceRecord(row) : null;
}
