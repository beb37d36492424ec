// Row shapes as SQLite returns them, and their conversion into contract shapes.
import type { EntityType } from '../../shared/domain/entity-types';
import type { RecordSource, SourceRecord } from '../../shared/contract/model';
import { gradeInfo } from '../grading/grades';

export interface RecordRow {
  id: number;
  caseId: number;
  caseNumber: string;
  externalId: string | null;
  type: string;
  label: string;
  fields: string;
  source: string;
  entityId: number;
  /** The analyst's grade of the record, as JSON, when one was set by hand. */
  handGrade?: string | null;
}

/** Columns for RecordRow; expects `records r`, `cases c`, `entity_members m` in the query. */
export const RECORD_COLUMNS = `r.id, r.case_id AS caseId, c.number AS caseNumber, r.external_id AS externalId,
  r.type, r.label, r.fields, r.source, m.entity_id AS entityId,
  (SELECT json_object('reliability', g.reliability, 'credibility', g.credibility) FROM record_grades g
   WHERE g.record_id = r.id) AS handGrade`;

export function toSourceRecord(row: RecordRow): SourceRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    externalId: row.externalId,
    type: row.type as EntityType,
    label: row.label,
    fields: JSON.parse(row.fields) as Record<string, string>,
    source: JSON.parse(row.source) as RecordSource,
    entityId: row.entityId,
    grade: gradeInfo(row.source, row.handGrade),
  };
}

/** `IN (?, ?, …)` placeholders for a list of ids. */
export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
