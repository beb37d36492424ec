// Undo and redo of data actions through the audit log, through dispatch on a real workspace
// file: merge (accept), split, reject, analyst facts and notes (add, edit, delete), case
// create/edit/remove (with ids reused since) and grades. Each undo brings back exactly the
// rows before the action (and redo those after it); a later action on the same rows is
// named and must be undone first; nothing is written by a refused undo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type { CaseRemoval } from '../../../shared/contract/case-model';
import type { HistoryStep } from '../../../shared/contract/history-model';
import type { MatchCandidate } from '../../../shared/contract/matching-model';
import type { CaseSummary } from '../../../shared/contract/model';
import { candidate, snapshot, workbench } from '../import/helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The training scenario in a workspace file of its own. */
function scenarioFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-undo-'));
  dirs.push(dir);
  const db = openWorkspace(path.join(dir, 'undo.thorline'));
  seedScenario(db);
  return workbench(db);
}

const pluck = <T>(db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as T;
const recordId = (db: Db, label: string) =>
  pluck<number>(db, 'SELECT id FROM records WHERE label = ?', label);
const entityOf = (db: Db, id: number) =>
  pluck<number>(db, 'SELECT entity_id FROM entity_members WHERE record_id = ?', id);
const lastAuditId = (db: Db) =>
  pluck<number>(db, "SELECT max(id) FROM audit_log WHERE action NOT LIKE 'history.%'");

/** Every table but the log of what happened: what undo must bring back exactly. */
function state(db: Db) {
  const all = snapshot(db);
  for (const t of ['audit_log', 'audit_changes', 'removed_cases']) delete all[t];
  return all;
}

async function errorOf(w: ReturnType<typeof workbench>, name: string, input: unknown) {
  const r = await w.dispatch(name, input);
  if (r.ok) throw new Error(`${name} succeeded but should have failed`);
  return r.error;
}

describe('undo and redo of a merge and a split', () => {
  it('undoes an accepted match: both entities back with their ids, memberships and the pending status; redo merges again', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const ramon = recordId(db, 'Ramón Alberto Quintero Salas');
    const salas = recordId(db, 'R. A. Quintero-Salas');
    const [ea, eb] = [entityOf(db, ramon), entityOf(db, salas)];
    expect(ea).not.toBe(eb);
    const id = candidate(db, ramon, salas);
    const before = state(db);

    await call<MatchCandidate>('candidates.decide', { candidateId: id, decision: 'accepted' });
    expect(entityOf(db, ramon)).toBe(entityOf(db, salas));
    const merged = state(db);
    const latest = await call<HistoryStep>('history.latest', {});
    expect(latest?.label).toBe('merge of Ramón Alberto Quintero Salas and R. A. Quintero-Salas');

    const undone = await call<HistoryStep>('history.undo', { auditId: latest!.auditId });
    expect(undone).toMatchObject({ undone: true, label: latest!.label });
    expect(state(db)).toEqual(before);
    expect([entityOf(db, ramon), entityOf(db, salas)]).toEqual([ea, eb]);
    expect(pluck(db, 'SELECT status FROM match_candidates WHERE id = ?', id)).toBe('pending');

    await call('history.redo', { auditId: latest!.auditId });
    expect(state(db)).toEqual(merged);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses to undo a merge whose entity was merged again, naming the action to undo first', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const ramon = recordId(db, 'Ramón Alberto Quintero Salas');
    const salas = recordId(db, 'R. A. Quintero-Salas');
    const sender = recordId(db, 'Ramon Quintero');
    const first = candidate(db, ramon, salas);
    const second = candidate(db, salas, sender);
    await call('candidates.decide', { candidateId: first, decision: 'accepted' });
    const firstAudit = lastAuditId(db);
    await call('candidates.decide', { candidateId: second, decision: 'accepted' });
    const secondAudit = lastAuditId(db);
    const before = snapshot(db);

    const e = await errorOf(w, 'history.undo', { auditId: firstAudit });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('Undo that one first');
    expect(e.message).toContain(`audit entry ${secondAudit}`);
    expect(e.message).toContain('Ramon Quintero');
    expect(snapshot(db)).toEqual(before);

    // In order, both come undone.
    await call('history.undo', { auditId: secondAudit });
    await call('history.undo', { auditId: firstAudit });
    expect(new Set([entityOf(db, ramon), entityOf(db, salas), entityOf(db, sender)]).size).toBe(3);
  });

  it('undoes a split (the record goes back into its entity) and redoes it', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const ramon = recordId(db, 'Ramón Alberto Quintero Salas');
    const salas = recordId(db, 'R. A. Quintero-Salas');
    await call('candidates.decide', { candidateId: candidate(db, ramon, salas), decision: 'accepted' });
    const merged = state(db);
    await call('entities.unmerge', { recordId: salas });
    expect(entityOf(db, salas)).not.toBe(entityOf(db, ramon));
    const split = await call<HistoryStep>('history.latest', {});
    expect(split!.label).toBe('split of R. A. Quintero-Salas');
    await call('history.undo', { auditId: split!.auditId });
    expect(state(db)).toEqual(merged);
    await call('history.redo', { auditId: split!.auditId });
    expect(entityOf(db, salas)).not.toBe(entityOf(db, ramon));
  });

  it('undoes a rejection back to pending, and refuses to undo it twice', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const id = candidate(
      db,
      recordId(db, 'Ramón Alberto Quintero Salas'),
      recordId(db, 'R. A. Quintero-Salas'),
    );
    const before = state(db);
    await call('candidates.decide', { candidateId: id, decision: 'rejected' });
    const step = await call<HistoryStep>('history.latest', {});
    expect(step!.label).toBe('rejection of Ramón Alberto Quintero Salas and R. A. Quintero-Salas');
    await call('history.undo', { auditId: step!.auditId });
    expect(state(db)).toEqual(before);
    const again = await errorOf(w, 'history.undo', { auditId: step!.auditId });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('already undone');
  });
});

describe('undo and redo of analyst facts and notes', () => {
  it('undoes adding, editing and deleting an analyst entity, in reverse order, and redoes them', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const caseId = pluck<number>(db, 'SELECT min(id) FROM cases');
    const start = state(db);
    const added = await call<{ recordId: number }>('facts.addEntity', {
      caseId,
      type: 'phone',
      label: '(555) 010-0199',
      fields: { number: '(555) 010-0199' },
    });
    const afterAdd = state(db);
    await call('facts.editRecord', {
      recordId: added.recordId,
      label: '(555) 010-0198',
      fields: { number: '(555) 010-0198' },
    });
    const afterEdit = state(db);
    await call('facts.deleteRecord', { recordId: added.recordId });
    const ids = db
      .prepare("SELECT id FROM audit_log WHERE action LIKE 'fact.%' ORDER BY id")
      .pluck()
      .all() as number[];
    expect(ids).toHaveLength(3);

    const early = await errorOf(w, 'history.undo', { auditId: ids[0] });
    expect(early.message).toContain(`audit entry ${ids[2]}`);

    await call('history.undo', { auditId: ids[2] });
    expect(state(db)).toEqual(afterEdit);
    const hits = await call<unknown[]>('search.entities', { query: '555 010 0198' });
    expect(hits.length).toBeGreaterThan(0);
    await call('history.undo', { auditId: ids[1] });
    expect(state(db)).toEqual(afterAdd);
    await call('history.undo', { auditId: ids[0] });
    expect(state(db)).toEqual(start);
    for (const id of ids) await call('history.redo', { auditId: id });
    expect(pluck(db, 'SELECT count(*) FROM records WHERE id = ?', added.recordId)).toBe(0);
  });

  it('undoes an analyst link and a note added, edited and deleted', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const caseId = pluck<number>(db, 'SELECT min(id) FROM cases');
    const [a, b] = db.prepare('SELECT id FROM entities ORDER BY id LIMIT 2').pluck().all() as number[];
    const start = state(db);
    const link = await call<{ linkId: number }>('facts.addLink', {
      caseId,
      type: 'associate_of',
      fromEntityId: a,
      toEntityId: b,
      label: 'seen together',
    });
    const note = await call<{ id: number }>('notes.add', {
      caseId,
      linkId: link.linkId,
      text: 'Seen at Sample Street',
    });
    await call('notes.edit', { noteId: note.id, text: 'Seen twice at Sample Street' });
    await call('notes.delete', { noteId: note.id });
    const steps: string[] = [];
    for (let i = 0; i < 4; i++) {
      const step = await call<HistoryStep>('history.latest', {});
      steps.push(step!.label);
      await call('history.undo', { auditId: step!.auditId });
    }
    expect(steps).toEqual([
      'deletion of a note',
      'edit of a note',
      'addition of a note',
      'addition of a link',
    ]);
    expect(state(db)).toEqual(start);
  });
});

describe('undo and redo of case actions', () => {
  it('undoes a case edit and a case creation', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const start = state(db);
    const c = await call<CaseSummary>('cases.create', {
      number: 'SMP-2026-001',
      title: 'Sample Street storage unit',
      openedOn: '2026-01-15',
    });
    await call('cases.update', { caseId: c.id, title: 'Sample Street storage units', status: 'closed' });
    const edit = await call<HistoryStep>('history.latest', {});
    expect(edit!.label).toBe('edit of case SMP-2026-001');
    await call('history.undo', { auditId: edit!.auditId });
    expect((await call<CaseSummary[]>('cases.list', {})).find((x) => x.id === c.id)).toMatchObject({
      title: 'Sample Street storage unit',
      status: 'open',
    });
    const create = await call<HistoryStep>('history.latest', {});
    expect(create!.label).toBe('creation of case SMP-2026-001');
    await call('history.undo', { auditId: create!.auditId });
    expect(state(db)).toEqual(start);
  });

  it('refuses to undo creating a case that records were added to since', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const c = await call<CaseSummary>('cases.create', {
      number: 'SMP-2026-002',
      title: 'Storage',
      openedOn: '2026-01-15',
    });
    const createAudit = lastAuditId(db);
    await call('facts.addEntity', { caseId: c.id, type: 'person', label: 'Wendell Samplesby' });
    const before = snapshot(db);
    const e = await errorOf(w, 'history.undo', { auditId: createAudit });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/records were added to it since/);
    expect(snapshot(db)).toEqual(before);
  });

  it('undoes a case removal after its ids were reused, and redoes it', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    const newest = pluck<number>(db, 'SELECT case_id FROM records ORDER BY id DESC LIMIT 1');
    const number = pluck<string>(db, 'SELECT number FROM cases WHERE id = ?', newest);
    const records = pluck<number>(db, 'SELECT count(*) FROM records WHERE case_id = ?', newest);
    await call<CaseRemoval>('cases.remove', { caseId: newest });
    const removal = await call<HistoryStep>('history.latest', {});
    expect(removal!.label).toBe(`removal of case ${number}`);
    const other = pluck<number>(db, 'SELECT min(id) FROM cases');
    await call('facts.addEntity', { caseId: other, type: 'person', label: 'Wendell Samplesby' });

    await call('history.undo', { auditId: removal!.auditId });
    const back = pluck<number>(db, 'SELECT id FROM cases WHERE number = ?', number);
    expect(pluck(db, 'SELECT count(*) FROM records WHERE case_id = ?', back)).toBe(records);
    expect(pluck(db, "SELECT count(*) FROM records WHERE label = 'Wendell Samplesby'")).toBe(1);

    await call('history.redo', { auditId: removal!.auditId });
    expect(pluck(db, 'SELECT count(*) FROM cases WHERE number = ?', number)).toBe(0);
    await call('history.undo', { auditId: removal!.auditId });
    expect(pluck(db, 'SELECT count(*) FROM cases WHERE number = ?', number)).toBe(1);
  });

  it('refuses an audit entry that is not a data action, and an unknown one', async () => {
    const w = scenarioFile();
    const { db, call } = w;
    await call('cases.create', { number: 'SMP-2026-003', title: 'Storage', openedOn: '2026-01-15' });
    await call('history.undo', { auditId: lastAuditId(db) });
    const undoEntry = pluck<number>(db, "SELECT max(id) FROM audit_log WHERE action = 'history.undo'");
    expect((await errorOf(w, 'history.undo', { auditId: undoEntry })).code).toBe('INVALID_INPUT');
    expect((await errorOf(w, 'history.undo', { auditId: 999_999 })).code).toBe('NOT_FOUND');
  });
});
