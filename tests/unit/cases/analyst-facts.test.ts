// Analyst-entered facts through dispatch: an entity, a link and notes added by hand as
// an analyst source in a chosen case, found by search, edited and deleted; a case's own
// records and links are refused (FORBIDDEN) and stay byte-identical.
import { describe, expect, it } from 'vitest';
import type { AnalystFact, AnalystNote } from '../../../shared/contract/case-model';
import type { SearchHit } from '../../../shared/contract/model';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { snapshot, workbench } from '../import/helpers';

const CASE = 'HSI-TUC-2021-031';

function scenario() {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  return workbench(db);
}
const caseId = (db: Db, number: string) =>
  db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(number) as number;
const one = (db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params);

async function errorOf(dispatch: ReturnType<typeof workbench>['dispatch'], name: string, input: unknown) {
  const r = await dispatch(name, input);
  if (r.ok) throw new Error(`${name} succeeded but should have failed`);
  return r.error;
}

describe('analyst-entered entities and links', () => {
  it('adds an entity as an analyst record in the chosen case, found by search', async () => {
    const { db, call } = scenario();
    const fact = await call<AnalystFact>('facts.addEntity', {
      caseId: caseId(db, CASE),
      type: 'person',
      label: 'Wendell Samplesby',
      fields: { name: 'Wendell Samplesby' },
      author: 'Analyst Example',
      writtenOn: '2026-02-03',
      text: 'Seen at 1208 Sample Street by surveillance.',
    });
    const source = JSON.parse(
      one(db, 'SELECT source FROM records WHERE id = ?', fact.recordId) as string,
    ) as object;
    expect(source).toEqual({
      kind: 'analyst',
      analyst: 'Analyst Example',
      writtenOn: '2026-02-03',
      text: 'Seen at 1208 Sample Street by surveillance.',
    });
    expect(one(db, 'SELECT case_id FROM records WHERE id = ?', fact.recordId)).toBe(caseId(db, CASE));
    const hits = await call<SearchHit[]>('search.entities', { query: 'Samplesby' });
    expect(hits.map((h) => h.entityId)).toContain(fact.entityId);
    expect(one(db, 'SELECT action FROM audit_log ORDER BY id DESC LIMIT 1')).toBe('fact.addEntity');
  });

  it('joins an analyst phone to the entity already holding that number', async () => {
    const { db, call } = scenario();
    const holderRecord = one(
      db,
      "SELECT record_id FROM record_identifiers WHERE kind = 'phone' AND value LIKE '%5550100177' LIMIT 1",
    ) as number;
    expect(holderRecord).toBeTruthy();
    const fact = await call<AnalystFact>('facts.addEntity', {
      caseId: caseId(db, 'WI-2020-017'),
      type: 'phone',
      label: '(555) 010-0177',
      fields: { number: '(555) 010-0177' },
      text: 'Number written on a receipt.',
    });
    const entityOf = (recordId: number) =>
      one(db, 'SELECT entity_id FROM entity_members WHERE record_id = ?', recordId) as number;
    expect(fact.entityId).toBe(entityOf(fact.recordId!));
    expect(entityOf(holderRecord)).toBe(fact.entityId);
    expect(one(db, 'SELECT reason FROM entity_members WHERE record_id = ?', fact.recordId)).toBe(
      'identifier',
    );
  });

  it('adds a link between two entities, standing in a record for an entity not yet in the case', async () => {
    const { db, call } = scenario();
    const target = caseId(db, CASE);
    const person = await call<AnalystFact>('facts.addEntity', {
      caseId: target,
      type: 'person',
      label: 'Wendell Samplesby',
      fields: { name: 'Wendell Samplesby' },
    });
    // An entity with no record in this case.
    const elsewhere = one(
      db,
      `SELECT m.entity_id FROM entity_members m JOIN records r ON r.id = m.record_id GROUP BY m.entity_id
       HAVING sum(r.case_id = ?) = 0 LIMIT 1`,
      target,
    ) as number;
    const link = await call<AnalystFact>('facts.addLink', {
      caseId: target,
      type: 'called',
      fromEntityId: person.entityId,
      toEntityId: elsewhere,
      occurredOn: '2026-02-01',
      text: 'Call seen on a seized phone.',
    });
    const row = db
      .prepare('SELECT case_id, from_record, to_record, source FROM links WHERE id = ?')
      .get(link.linkId) as {
      case_id: number;
      from_record: number;
      to_record: number;
      source: string;
    };
    expect(row.case_id).toBe(target);
    expect(row.from_record).toBe(person.recordId);
    expect(one(db, 'SELECT entity_id FROM entity_members WHERE record_id = ?', row.to_record)).toBe(
      elsewhere,
    );
    expect(one(db, 'SELECT case_id FROM records WHERE id = ?', row.to_record)).toBe(target);
    expect((JSON.parse(row.source) as { kind: string }).kind).toBe('analyst');
  });

  it('edits and deletes analyst records and links; refuses a case record, writing nothing', async () => {
    const { db, call, dispatch } = scenario();
    const target = caseId(db, CASE);
    const a = await call<AnalystFact>('facts.addEntity', {
      caseId: target,
      type: 'person',
      label: 'W. Samplesby',
    });
    const b = await call<AnalystFact>('facts.addEntity', {
      caseId: target,
      type: 'person',
      label: 'X. Example',
    });
    const link = await call<AnalystFact>('facts.addLink', {
      caseId: target,
      type: 'recruited',
      fromEntityId: a.entityId,
      toEntityId: b.entityId,
    });
    await call('facts.editRecord', {
      recordId: a.recordId,
      label: 'Wendell Samplesby',
      text: 'Full name from DMV.',
    });
    expect(one(db, 'SELECT label FROM records WHERE id = ?', a.recordId)).toBe('Wendell Samplesby');
    expect(one(db, 'SELECT label FROM entities WHERE id = ?', a.entityId)).toBe('Wendell Samplesby');
    expect((await call<SearchHit[]>('search.entities', { query: 'Wendell' })).length).toBe(1);
    await call('facts.editLink', { linkId: link.linkId, label: 'recruited in 2021' });
    expect(one(db, 'SELECT label FROM links WHERE id = ?', link.linkId)).toBe('recruited in 2021');

    const caseRecord = one(
      db,
      'SELECT id FROM records WHERE source NOT LIKE \'%"analyst"%\' LIMIT 1',
    ) as number;
    const caseLink = one(
      db,
      'SELECT id FROM links WHERE source NOT LIKE \'%"kind":"analyst"%\' LIMIT 1',
    ) as number;
    const before = snapshot(db);
    for (const [name, input] of [
      ['facts.editRecord', { recordId: caseRecord, label: 'rewritten' }],
      ['facts.deleteRecord', { recordId: caseRecord }],
      ['facts.editLink', { linkId: caseLink, label: 'rewritten' }],
      ['facts.deleteLink', { linkId: caseLink }],
    ] as const) {
      const e = await errorOf(dispatch, name, input);
      expect(e.code, name).toBe('FORBIDDEN');
      expect(e.message, name).toContain('never rewritten');
    }
    expect((await errorOf(dispatch, 'facts.deleteRecord', { recordId: 999_999 })).code).toBe('NOT_FOUND');
    expect(snapshot(db)).toEqual(before);

    await call('facts.deleteLink', { linkId: link.linkId });
    expect(one(db, 'SELECT count(*) FROM links WHERE id = ?', link.linkId)).toBe(0);
    await call('facts.deleteRecord', { recordId: a.recordId });
    expect(one(db, 'SELECT count(*) FROM records WHERE id = ?', a.recordId)).toBe(0);
    expect(one(db, 'SELECT count(*) FROM entities WHERE id = ?', a.entityId)).toBe(0);
    expect(await call<SearchHit[]>('search.entities', { query: 'Wendell' })).toEqual([]);
  });
});

describe('analyst notes', () => {
  it('writes notes on a case, an entity and a link, searchable, editable and deletable', async () => {
    const { db, call, dispatch } = scenario();
    const target = caseId(db, CASE);
    const entity = one(db, 'SELECT entity_id FROM entity_members LIMIT 1') as number;
    const link = one(db, 'SELECT id FROM links WHERE case_id = ? LIMIT 1', target) as number;
    const onCase = await call<AnalystNote>('notes.add', {
      caseId: target,
      text: 'Warrant return filed late; ask the case agent.',
      author: 'Analyst Example',
      writtenOn: '2026-02-03',
    });
    expect(onCase).toMatchObject({ caseNumber: CASE, author: 'Analyst Example', writtenOn: '2026-02-03' });
    const onEntity = await call<AnalystNote>('notes.add', {
      caseId: target,
      entityId: entity,
      text: 'Uses a prepaid phone.',
    });
    await call('notes.add', { caseId: target, linkId: link, text: 'Call times match the crossing.' });

    const found = await call<AnalystNote[]>('notes.search', { query: 'PREPAID phone' });
    expect(found.map((n) => n.id)).toEqual([onEntity.id]);
    expect((await call<AnalystNote[]>('notes.search', { entityId: entity })).map((n) => n.id)).toEqual([
      onEntity.id,
    ]);
    expect(await call<AnalystNote[]>('notes.search', { caseId: target })).toHaveLength(3);
    expect(await call<AnalystNote[]>('notes.search', { query: '100%' })).toEqual([]);

    const edited = await call<AnalystNote>('notes.edit', {
      noteId: onCase.id,
      text: 'Warrant return filed on time.',
    });
    expect(edited.text).toBe('Warrant return filed on time.');
    expect(await call<AnalystNote[]>('notes.search', { query: 'late' })).toEqual([]);
    await call('notes.delete', { noteId: onCase.id });
    expect(await call<AnalystNote[]>('notes.search', { caseId: target })).toHaveLength(2);

    expect((await errorOf(dispatch, 'notes.add', { caseId: target, text: '  ' })).code).toBe('INVALID_INPUT');
    expect(
      (await errorOf(dispatch, 'notes.add', { caseId: target, entityId: 999_999, text: 'x' })).code,
    ).toBe('NOT_FOUND');
    expect((await errorOf(dispatch, 'notes.edit', { noteId: 999_999, text: 'x' })).code).toBe('NOT_FOUND');
  });

  it('notes go with a removed case and come back with its undo', async () => {
    const { db, call } = scenario();
    const target = caseId(db, CASE);
    await call('notes.add', { caseId: target, text: 'Stash house under watch.' });
    const removal = await call<{ removalId: number }>('cases.remove', { caseId: target });
    expect(await call<AnalystNote[]>('notes.search', { query: 'stash' })).toEqual([]);
    await call('cases.restore', { removalId: removal.removalId });
    expect(await call<AnalystNote[]>('notes.search', { query: 'stash' })).toHaveLength(1);
  });
});
