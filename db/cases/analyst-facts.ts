// Analyst-entered facts: an entity or a link an analyst states by hand, kept as records
// and links of an "analyst" source in a chosen case, with author, date and free text.
// Only these are ever edited or deleted; the records a case stated are never rewritten.
import type { AnalystFact } from '../../shared/contract/case-model';
import type { Reliability } from '../../shared/contract/grading-model';
import { cleanGrade } from '../grading/grades';
import type { RecordSource } from '../../shared/contract/model';
import { WorkbenchError } from '../../shared/contract/result';
import type { EntityType } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import { linkNewRecords } from '../import/after-import';
import { identifiersOf } from '../linking/identifiers';
import { relabelEntity } from '../linking/merge';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';
import { searchTextOf } from '../store/record-writes';
import { insertLink, insertRecord } from '../store/write-case-data';
import { caseById } from './case-edit';

export interface Authorship {
  author?: string | undefined;
  writtenOn?: string | undefined;
  text: string;
  /** The grade the analyst gives the fact as they enter it: part of the fact, like an import's. */
  reliability?: Reliability | undefined;
  credibility?: number | undefined;
}

function analystSource(db: Db, a: Authorship): RecordSource {
  const grade = cleanGrade({ reliability: a.reliability, credibility: a.credibility });
  return {
    kind: 'analyst',
    analyst: a.author ?? readSettings(db).analyst,
    writtenOn: a.writtenOn ?? new Date().toISOString().slice(0, 10),
    text: a.text,
    ...(grade ? { grade } : {}),
  };
}

const audit = (db: Db, action: string, summary: string, details: unknown) =>
  writeAudit(db, { analyst: readSettings(db).analyst, action, summary, details });

export function addAnalystEntity(
  db: Db,
  input: Authorship & { caseId: number; type: EntityType; label: string; fields: Record<string, string> },
): AnalystFact {
  const c = caseById(db, input.caseId);
  const { recordId } = insertRecord(db, {
    caseId: c.id,
    type: input.type,
    label: input.label,
    fields: input.fields,
    source: analystSource(db, input),
  });
  // An identifier the analyst typed (a phone, a serial) joins the entity that holds it.
  linkNewRecords(db, recordId, recordId);
  const entityId = entityOf(db, recordId);
  audit(db, 'fact.addEntity', `Added ${input.type} "${input.label}" to case ${c.number}`, {
    caseId: c.id,
    recordId,
    entityId,
  });
  return { recordId, entityId };
}

const entityOf = (db: Db, recordId: number) =>
  db.prepare('SELECT entity_id FROM entity_members WHERE record_id = ?').pluck().get(recordId) as number;

/**
 * A link joins records of one case. An entity with no record in the chosen case gets an
 * analyst record there that stands for it, joined to it by hand.
 */
function recordFor(db: Db, entityId: number, caseId: number, a: Authorship): number {
  const own = db
    .prepare(
      `SELECT r.id FROM records r JOIN entity_members m ON m.record_id = r.id
       WHERE m.entity_id = ? AND r.case_id = ? ORDER BY r.id LIMIT 1`,
    )
    .pluck()
    .get(entityId, caseId) as number | undefined;
  if (own) return own;
  const e = db.prepare('SELECT type, label FROM entities WHERE id = ?').get(entityId) as
    { type: EntityType; label: string } | undefined;
  if (!e) throw new WorkbenchError('NOT_FOUND', `There is no entity with id ${entityId}.`, { entityId });
  const made = insertRecord(db, {
    caseId,
    type: e.type,
    label: e.label,
    fields: {},
    source: analystSource(db, a),
  });
  db.prepare(
    `UPDATE entity_members SET entity_id = ?, reason = 'manual', evidence = ? WHERE record_id = ?`,
  ).run(entityId, JSON.stringify({ analystLink: true }), made.recordId);
  db.prepare('DELETE FROM entities WHERE id = ?').run(made.entityId);
  return made.recordId;
}

export function addAnalystLink(
  db: Db,
  input: Authorship & {
    caseId: number;
    type: LinkType;
    fromEntityId: number;
    toEntityId: number;
    label: string;
    occurredOn?: string | null | undefined;
  },
): AnalystFact {
  const c = caseById(db, input.caseId);
  if (input.fromEntityId === input.toEntityId)
    throw new WorkbenchError('INVALID_INPUT', 'A link needs two different entities.', {
      field: 'toEntityId',
    });
  const linkId = insertLink(db, {
    caseId: c.id,
    type: input.type,
    fromRecord: recordFor(db, input.fromEntityId, c.id, input),
    toRecord: recordFor(db, input.toEntityId, c.id, input),
    label: input.label,
    occurredOn: input.occurredOn ?? null,
    source: analystSource(db, input),
  });
  audit(db, 'fact.addLink', `Added ${input.type} link to case ${c.number}`, {
    linkId,
    input,
  });
  return { linkId };
}

interface StoredFact {
  id: number;
  source: string;
}

/** The analyst record or link, or a coded refusal: a case's own facts are never rewritten. */
function analystOnly(db: Db, table: 'records' | 'links', id: number): RecordSource {
  const row = db.prepare(`SELECT id, source FROM ${table} WHERE id = ?`).get(id) as StoredFact | undefined;
  const what = table === 'records' ? 'record' : 'link';
  if (!row)
    throw new WorkbenchError('NOT_FOUND', `There is no ${what} with id ${id}.`, { [`${what}Id`]: id });
  const source = JSON.parse(row.source) as RecordSource;
  if (source.kind !== 'analyst')
    throw new WorkbenchError(
      'FORBIDDEN',
      `The ${what} ${id} was stated by a case (${source.kind} source) and is never rewritten; add an analyst note or fact instead.`,
      { [`${what}Id`]: id },
    );
  return source;
}

export function editAnalystRecord(
  db: Db,
  input: Partial<Authorship> & {
    recordId: number;
    label?: string | undefined;
    fields?: Record<string, string> | undefined;
  },
): AnalystFact {
  const source = analystOnly(db, 'records', input.recordId);
  const before = db
    .prepare('SELECT type, label, fields, source FROM records WHERE id = ?')
    .get(input.recordId) as {
    type: EntityType;
    label: string;
    fields: string;
  };
  const label = input.label ?? before.label;
  const fields = input.fields ?? (JSON.parse(before.fields) as Record<string, string>);
  const next = {
    ...source,
    ...defined({ analyst: input.author, writtenOn: input.writtenOn, text: input.text }),
  };
  db.prepare('UPDATE records SET label = ?, fields = ?, source = ? WHERE id = ?').run(
    label,
    JSON.stringify(fields),
    JSON.stringify(next),
    input.recordId,
  );
  db.prepare('DELETE FROM record_identifiers WHERE record_id = ?').run(input.recordId);
  const addId = db.prepare(
    'INSERT OR IGNORE INTO record_identifiers (record_id, kind, value) VALUES (?, ?, ?)',
  );
  for (const i of identifiersOf(before.type, fields)) addId.run(input.recordId, i.kind, i.value);
  db.prepare('UPDATE record_search SET text = ? WHERE rowid = ?').run(
    searchTextOf(label, fields),
    input.recordId,
  );
  linkNewRecords(db, input.recordId, input.recordId);
  relabelEntity(db, entityOf(db, input.recordId));
  audit(db, 'fact.edit', `Edited analyst record "${label}"`, { recordId: input.recordId, before });
  return { recordId: input.recordId, entityId: entityOf(db, input.recordId) };
}

export function editAnalystLink(
  db: Db,
  input: Partial<Authorship> & {
    linkId: number;
    label?: string | undefined;
    occurredOn?: string | null | undefined;
  },
): AnalystFact {
  const source = analystOnly(db, 'links', input.linkId);
  const before = db
    .prepare('SELECT label, occurred_on, source FROM links WHERE id = ?')
    .get(input.linkId) as {
    label: string;
    occurred_on: string | null;
  };
  const next = {
    ...source,
    ...defined({ analyst: input.author, writtenOn: input.writtenOn, text: input.text }),
  };
  db.prepare('UPDATE links SET label = ?, occurred_on = ?, source = ? WHERE id = ?').run(
    input.label ?? before.label,
    input.occurredOn === undefined ? before.occurred_on : input.occurredOn,
    JSON.stringify(next),
    input.linkId,
  );
  audit(db, 'fact.edit', `Edited analyst link ${input.linkId}`, { linkId: input.linkId, before });
  return { linkId: input.linkId };
}

export function deleteAnalystRecord(db: Db, recordId: number): AnalystFact {
  analystOnly(db, 'records', recordId);
  const before = db.prepare('SELECT * FROM records WHERE id = ?').get(recordId);
  const entityId = entityOf(db, recordId);
  db.prepare('DELETE FROM record_search WHERE rowid = ?').run(recordId);
  db.prepare('DELETE FROM records WHERE id = ?').run(recordId);
  db.prepare(
    'DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entity_members WHERE entity_id = ?)',
  ).run(entityId, entityId);
  audit(db, 'fact.delete', `Deleted analyst record ${recordId}`, { recordId, entityId, before });
  return { recordId, entityId };
}

export function deleteAnalystLink(db: Db, linkId: number): AnalystFact {
  analystOnly(db, 'links', linkId);
  const before = db.prepare('SELECT * FROM links WHERE id = ?').get(linkId);
  db.prepare('DELETE FROM links WHERE id = ?').run(linkId);
  audit(db, 'fact.delete', `Deleted analyst link ${linkId}`, { linkId, before });
  return { linkId };
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
