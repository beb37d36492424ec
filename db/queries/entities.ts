// Entity and link detail for the inspector.
import type { EntityDetail, LinkDetail, RecordLink } from '../../shared/contract/model';
import type { EntityType, IdentifierKind } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import { WorkbenchError } from '../../shared/contract/result';
import type { Db } from '../store/open-workspace';
import { recordById, recordsOfEntity } from './records';
import { toSourceRecord } from './rows';
import { gradeInfo } from '../grading/grades';

interface EntityRow {
  id: number;
  type: string;
  label: string;
}

function entityRow(db: Db, entityId: number): EntityRow {
  const row = db.prepare('SELECT id, type, label FROM entities WHERE id = ?').get(entityId) as
    EntityRow | undefined;
  if (!row) throw new WorkbenchError('NOT_FOUND', `No entity with id ${entityId}.`, { field: 'entityId' });
  return row;
}

export function entityDetail(db: Db, entityId: number): EntityDetail {
  const entity = entityRow(db, entityId);
  const rows = recordsOfEntity(db, entityId);
  const memberInfo = db.prepare(
    'SELECT reason, evidence, linked_at AS linkedAt FROM entity_members WHERE record_id = ?',
  );
  const members = rows.map((row) => {
    const info = memberInfo.get(row.id) as { reason: string; evidence: string; linkedAt: string };
    return {
      record: toSourceRecord(row),
      reason: info.reason as EntityDetail['members'][number]['reason'],
      evidence: info.evidence,
      linkedAt: info.linkedAt,
    };
  });
  // Field names come from outside files ("constructor", "__proto__"): a Map, not an object.
  const properties = new Map<string, string[]>();
  for (const { record } of members) {
    for (const [field, value] of Object.entries(record.fields)) {
      if (!value) continue;
      const values = properties.get(field) ?? [];
      if (!properties.has(field)) properties.set(field, values);
      if (!values.includes(value)) values.push(value);
    }
  }
  const cases = db
    .prepare(
      `SELECT DISTINCT c.id, c.number, c.title, c.agency FROM cases c JOIN records r ON r.case_id = c.id
       JOIN entity_members m ON m.record_id = r.id WHERE m.entity_id = ? ORDER BY c.opened_on`,
    )
    .all(entityId) as EntityDetail['cases'];
  const identifiers = db
    .prepare(
      `SELECT DISTINCT i.kind, i.value FROM record_identifiers i JOIN entity_members m ON m.record_id = i.record_id
       WHERE m.entity_id = ? ORDER BY i.kind, i.value`,
    )
    .all(entityId) as { kind: IdentifierKind; value: string }[];
  return {
    id: entity.id,
    type: entity.type as EntityType,
    label: entity.label,
    properties: Object.fromEntries(properties), // defines own keys, even "__proto__"
    members,
    cases,
    identifiers,
  };
}

interface LinkRow {
  id: number;
  caseId: number;
  caseNumber: string;
  type: string;
  label: string;
  occurredOn: string | null;
  fields: string;
  fromRecord: number;
  toRecord: number;
  source: string;
  handGrade: string | null;
}

export function linkDetail(db: Db, linkId: string): LinkDetail {
  const [fromText, type, toText] = linkId.split('>') as [string, LinkType, string];
  const from = entityRow(db, Number(fromText));
  const to = entityRow(db, Number(toText));
  const rows = db
    .prepare(
      `SELECT l.id, l.case_id AS caseId, c.number AS caseNumber, l.type, l.label, l.occurred_on AS occurredOn,
         l.fields, l.from_record AS fromRecord, l.to_record AS toRecord, l.source,
         (SELECT json_object('reliability', g.reliability, 'credibility', g.credibility) FROM link_grades g
          WHERE g.link_id = l.id) AS handGrade
       FROM links l JOIN cases c ON c.id = l.case_id
       JOIN entity_members mf ON mf.record_id = l.from_record
       JOIN entity_members mt ON mt.record_id = l.to_record
       WHERE mf.entity_id = ? AND mt.entity_id = ? AND l.type = ? ORDER BY l.occurred_on, l.id`,
    )
    .all(from.id, to.id, type) as LinkRow[];
  if (rows.length === 0) throw new WorkbenchError('NOT_FOUND', `No link ${linkId}.`, { field: 'linkId' });
  const recordLinks: RecordLink[] = rows.map((row) => ({
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    type: row.type as LinkType,
    label: row.label,
    occurredOn: row.occurredOn,
    fields: JSON.parse(row.fields) as Record<string, string>,
    fromRecord: recordById(db, row.fromRecord)!,
    toRecord: recordById(db, row.toRecord)!,
    grade: gradeInfo(row.source, row.handGrade),
  }));
  const ref = (e: EntityRow) => ({ id: e.id, label: e.label, type: e.type as EntityType });
  return { id: linkId, type, from: ref(from), to: ref(to), recordLinks };
}
