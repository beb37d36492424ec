// The one place a record is created with its own entity: one record at a time (cases,
// exchange, generated workspaces) and many at once (table import) give the same rows.
import { describe, expect, it } from 'vitest';
import { identifiersOf } from '../../../db/linking/identifiers';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { RecordWrites, type NewRecordRow } from '../../../db/store/record-writes';
import { insertCase } from '../../../db/store/write-case-data';
import type { EntityType } from '../../../shared/domain/entity-types';

const AT = '2025-01-02T03:04:05.000Z';
const SAMPLES: { type: EntityType; label: string; fields: Record<string, string> }[] = [
  { type: 'person', label: 'Ana Sample', fields: { name: 'Ana Sample', dob: '1991-02-03' } },
  { type: 'phone', label: '(555) 010-0123', fields: { number: '(555) 010-0123' } },
  {
    type: 'firearm',
    label: 'Rifle',
    fields: { make: 'Sample Arms', serial: 'TRN-SMP-0042', calibre: '5.56' },
  },
  { type: 'address', label: '1 Sample Street', fields: {} },
];

function workspaceWithCase(): { db: Db; caseId: number } {
  const db = openWorkspace(':memory:');
  const caseId = insertCase(db, {
    number: 'SMP-1',
    title: 'Sample',
    agency: 'Sample Office',
    status: 'open',
    openedOn: '2024-01-01',
    jurisdiction: 'AZ',
  });
  // An entity made earlier, so new entity ids do not simply equal record ids.
  db.prepare("INSERT INTO entities (type, label, created_at) VALUES ('person', 'earlier', ?)").run(AT);
  return { db, caseId };
}

const rowOf = (caseId: number, s: (typeof SAMPLES)[number], i: number): NewRecordRow => ({
  caseId,
  externalId: `x${i}`,
  type: s.type,
  label: s.label,
  fields: s.fields,
  sourceJson: '{"kind":"manual"}',
  createdAt: AT,
});

const SNAPSHOT = `SELECT r.id, r.label, e.id AS entity, e.type, e.label AS entityLabel, m.reason, m.evidence,
  (SELECT group_concat(kind || '=' || value, ',') FROM record_identifiers i WHERE i.record_id = r.id) AS identifiers,
  (SELECT text FROM record_search s WHERE s.rowid = r.id) AS search
  FROM records r JOIN entity_members m ON m.record_id = r.id JOIN entities e ON e.id = m.entity_id ORDER BY r.id`;

describe('creating records with their own entities', () => {
  it('gives the same rows, search text included, one at a time and in bulk', () => {
    const one = workspaceWithCase();
    const writesOne = RecordWrites.of(one.db);
    SAMPLES.forEach((s, i) => writesOne.create(rowOf(one.caseId, s, i), identifiersOf(s.type, s.fields)));

    const bulk = workspaceWithCase();
    const writesBulk = RecordWrites.of(bulk.db);
    const values: unknown[] = [];
    const identifiers: unknown[] = [];
    SAMPLES.forEach((s, i) => {
      const r = rowOf(bulk.caseId, s, i);
      const fieldsJson = JSON.stringify(r.fields);
      values.push(i + 1, r.caseId, r.externalId, r.type, r.label, fieldsJson, r.sourceJson, r.createdAt);
      for (const k of identifiersOf(s.type, s.fields)) identifiers.push(i + 1, k.kind, k.value);
    });
    writesBulk.insertMany(values);
    writesBulk.addManyIdentifiers(identifiers);
    expect(writesBulk.giveOwnEntities(1, SAMPLES.length)).toBe(2);

    const rows = one.db.prepare(SNAPSHOT).all();
    expect(bulk.db.prepare(SNAPSHOT).all()).toEqual(rows);
    expect(rows[2]).toMatchObject({
      entity: 4,
      type: 'firearm',
      reason: 'own',
      identifiers: 'serial=SAMPLEARMS:TRNSMP0042',
      search: 'Rifle Sample Arms TRN-SMP-0042 5.56',
    });
    expect(rows[3]).toMatchObject({ search: '1 Sample Street', identifiers: null });
  });

  it('adds a record only once per case and external id when asked', () => {
    const { db, caseId } = workspaceWithCase();
    const writes = RecordWrites.of(db);
    const row = rowOf(caseId, SAMPLES[0]!, 0);
    const stored = { ...row, fieldsJson: JSON.stringify(row.fields) };
    expect(writes.insertIfNew(stored)).toBe(1);
    expect(writes.insertIfNew(stored)).toBeNull();
    expect(() => writes.create(row, [])).toThrow(/UNIQUE/);
  });
});
