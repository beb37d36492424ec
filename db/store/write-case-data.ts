// Writes cases, source records and links. Each new record gets an entity of its own,
// its normalised identifiers and a search row (record-writes.ts); linking merges entities later.
// Callers wrap multi-row writes in one transaction (see db.transaction).
import type { EntityType } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import type { CaseStatus, RecordSource } from '../../shared/contract/model';
import { identifiersOf } from '../linking/identifiers';
import type { Db } from './open-workspace';
import { RecordWrites } from './record-writes';

export interface NewCase {
  number: string;
  title: string;
  agency: string;
  status: CaseStatus;
  openedOn: string;
  jurisdiction: string;
  summary?: string;
  origin?: Record<string, unknown>;
}

export interface NewRecord {
  caseId: number;
  externalId?: string | null;
  type: EntityType;
  label: string;
  fields: Record<string, string>;
  source: RecordSource;
}

export interface NewLink {
  caseId: number;
  externalId?: string | null;
  type: LinkType;
  fromRecord: number;
  toRecord: number;
  label?: string;
  occurredOn?: string | null;
  fields?: Record<string, string>;
  source?: RecordSource;
}

const now = () => new Date().toISOString();

/** Prepared statements per connection, built once: writers run in hot import loops. */
const statementCache = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return {
    insertCase: db.prepare(
      `INSERT INTO cases (number, title, agency, status, opened_on, jurisdiction, summary, origin)
       VALUES (@number, @title, @agency, @status, @openedOn, @jurisdiction, @summary, @origin)`,
    ),
    insertLink: db.prepare(
      `INSERT INTO links (case_id, external_id, type, from_record, to_record, label, occurred_on, fields, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}
function statements(db: Db) {
  let s = statementCache.get(db);
  if (!s) statementCache.set(db, (s = prepare(db)));
  return s;
}

export function insertCase(db: Db, c: NewCase): number {
  const info = statements(db).insertCase.run({
    ...c,
    summary: c.summary ?? '',
    origin: JSON.stringify(c.origin ?? {}),
  });
  return Number(info.lastInsertRowid);
}

export function insertRecord(db: Db, r: NewRecord): { recordId: number; entityId: number } {
  const row = {
    caseId: r.caseId,
    externalId: r.externalId ?? null,
    type: r.type,
    label: r.label,
    fields: r.fields,
    sourceJson: JSON.stringify(r.source),
    createdAt: now(),
  };
  return RecordWrites.of(db).create(row, identifiersOf(r.type, r.fields));
}

export function insertLink(db: Db, l: NewLink): number {
  const info = statements(db).insertLink.run(
    l.caseId,
    l.externalId ?? null,
    l.type,
    l.fromRecord,
    l.toRecord,
    l.label ?? '',
    l.occurredOn ?? null,
    JSON.stringify(l.fields ?? {}),
    JSON.stringify(l.source ?? { kind: 'manual' }),
  );
  return Number(info.lastInsertRowid);
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}
