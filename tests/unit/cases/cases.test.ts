// Case management through dispatch: create, edit, remove (exactly what goes) and undo
// (everything back identical), re-import of a package under a new case number, and the
// coded errors for a duplicate number, an empty number and an unknown case.
import { describe, expect, it } from 'vitest';
import type { CaseRemoval, CaseRemovalPreview } from '../../../shared/contract/case-model';
import type { ExchangeFile, PackageImportReport } from '../../../shared/contract/exchange-model';
import type { CaseSummary } from '../../../shared/contract/model';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { snapshot, upload, workbench } from '../import/helpers';

const NEW_CASE = {
  number: 'SMP-2026-001',
  title: 'Sample Street storage unit',
  agency: 'Sample County Sheriff',
  openedOn: '2026-01-15',
  jurisdiction: 'Sample County',
};
/** The case with most entities shared with other cases: the hard one to remove right. */
const BRIDGE_CASE = 'HSI-TUC-2021-031';

function scenario() {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  return workbench(db);
}

async function errorOf(dispatch: ReturnType<typeof workbench>['dispatch'], name: string, input: unknown) {
  const r = await dispatch(name, input);
  if (r.ok) throw new Error(`${name} succeeded but should have failed`);
  return r.error;
}

const caseId = (db: Db, number: string) =>
  db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(number) as number;
const n = (db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;
const lastAudit = (db: Db) =>
  db.prepare('SELECT action, summary, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    action: string;
    summary: string;
    details: string;
  };

/** Every table's rows and checksum, but for the log of what happened (audit, removals). */
function workspaceState(db: Db) {
  const all = snapshot(db);
  delete all.audit_log;
  delete all.removed_cases;
  return all;
}

describe('creating and editing a case', () => {
  it('creates an empty case that the case list shows, recorded in the audit log', async () => {
    const { db, call } = workbench();
    const created = await call<CaseSummary>('cases.create', NEW_CASE);
    expect(created).toMatchObject({ ...NEW_CASE, status: 'open', recordCount: 0, closedOn: null });
    const list = await call<CaseSummary[]>('cases.list', {});
    expect(list.map((c) => c.number)).toEqual(['SMP-2026-001']);
    expect(lastAudit(db)).toMatchObject({ action: 'case.create' });
    expect(lastAudit(db).summary).toContain('SMP-2026-001');
  });

  it('edits number, title, agency, status, jurisdiction and dates, keeping the old values in the log', async () => {
    const { db, call } = workbench();
    const c = await call<CaseSummary>('cases.create', NEW_CASE);
    const edited = await call<CaseSummary>('cases.update', {
      caseId: c.id,
      number: 'SMP-2026-002',
      title: 'Sample Street storage units',
      agency: 'Sample County Sheriff (Fraud)',
      status: 'closed',
      jurisdiction: 'Sample County, Example State',
      openedOn: '2026-01-10',
      closedOn: '2026-03-01',
    });
    expect(edited).toMatchObject({
      id: c.id,
      number: 'SMP-2026-002',
      status: 'closed',
      openedOn: '2026-01-10',
      closedOn: '2026-03-01',
      jurisdiction: 'Sample County, Example State',
    });
    const audit = lastAudit(db);
    expect(audit.action).toBe('case.edit');
    const details = JSON.parse(audit.details) as { changed: Record<string, unknown> };
    expect(details.changed.number).toEqual({ before: 'SMP-2026-001', after: 'SMP-2026-002' });
    expect(Object.keys(details.changed).sort()).toEqual(
      ['agency', 'closedOn', 'jurisdiction', 'number', 'openedOn', 'status', 'title'].sort(),
    );
  });

  it('answers coded errors for a duplicate number, an empty number, bad dates and an unknown case', async () => {
    const { db, call, dispatch } = workbench();
    const c = await call<CaseSummary>('cases.create', NEW_CASE);
    const other = await call<CaseSummary>('cases.create', { ...NEW_CASE, number: 'SMP-2026-009' });
    const before = snapshot(db);
    const duplicate = await errorOf(dispatch, 'cases.create', NEW_CASE);
    expect(duplicate.code).toBe('CONFLICT');
    expect(duplicate.message).toContain('SMP-2026-001 is already used by "Sample Street storage unit"');
    const renumbered = await errorOf(dispatch, 'cases.update', { caseId: other.id, number: 'SMP-2026-001' });
    expect(renumbered.code).toBe('CONFLICT');
    const empty = await errorOf(dispatch, 'cases.create', { ...NEW_CASE, number: '   ' });
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.message).toContain('number: a case number is required');
    const closed = await errorOf(dispatch, 'cases.update', { caseId: c.id, closedOn: '2025-12-31' });
    expect(closed).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'closedOn' } });
    const badDate = await errorOf(dispatch, 'cases.create', {
      ...NEW_CASE,
      number: 'X',
      openedOn: '15/01/2026',
    });
    expect(badDate.message).toContain('openedOn: expected a date as YYYY-MM-DD');
    for (const [name, input] of [
      ['cases.update', { caseId: 999, title: 'x' }],
      ['cases.removalPreview', { caseId: 999 }],
      ['cases.remove', { caseId: 999 }],
      ['cases.restore', { removalId: 999 }],
    ] as const) {
      const e = await errorOf(dispatch, name, input);
      expect(e.code, name).toBe('NOT_FOUND');
      expect(e.message, name).toContain('999');
    }
    expect(snapshot(db)).toEqual(before);
  });
});

/** Records an analyst decision between a record of the case and one of another case. */
function decideAcross(db: Db, number: string): void {
  const inCase = n(
    db,
    'SELECT min(r.id) FROM records r JOIN cases c ON c.id = r.case_id WHERE c.number = ?',
    number,
  );
  const outside = n(
    db,
    'SELECT min(r.id) FROM records r JOIN cases c ON c.id = r.case_id WHERE c.number <> ?',
    number,
  );
  const run = db
    .prepare("INSERT INTO match_runs (state, started_at) VALUES ('done', '2026-01-01T00:00:00Z')")
    .run().lastInsertRowid;
  const [a, b] = [inCase, outside].sort((x, y) => x - y);
  db.prepare(
    `INSERT INTO match_candidates (run_id, record_a, record_b, type, score, weight, status, decided_by, decided_at)
     VALUES (?, ?, ?, 'person', 0.7, 0.7, 'rejected', 'Analyst Example', '2026-01-02T00:00:00Z')`,
  ).run(run, a, b);
}

describe('removing a case', () => {
  it('removes exactly its records, links, the entities only it held and its match decisions', async () => {
    const { db, call } = scenario();
    decideAcross(db, BRIDGE_CASE);
    const id = caseId(db, BRIDGE_CASE);
    const records = n(db, 'SELECT count(*) FROM records WHERE case_id = ?', id);
    const links = n(db, 'SELECT count(*) FROM links WHERE case_id = ?', id);
    const perEntity = `SELECT m.entity_id, sum(r.case_id = ?) AS here, sum(r.case_id <> ?) AS elsewhere
       FROM entity_members m JOIN records r ON r.id = m.record_id GROUP BY m.entity_id`;
    const entities = db.prepare(perEntity).all(id, id) as {
      entity_id: number;
      here: number;
      elsewhere: number;
    }[];
    const onlyHere = entities.filter((e) => e.here > 0 && e.elsewhere === 0).map((e) => e.entity_id);
    const shared = entities.filter((e) => e.here > 0 && e.elsewhere > 0);
    expect(shared.length).toBeGreaterThan(0);
    const totals = {
      records: n(db, 'SELECT count(*) FROM records'),
      entities: n(db, 'SELECT count(*) FROM entities'),
    };

    const preview = await call<CaseRemovalPreview>('cases.removalPreview', { caseId: id });
    expect(preview.counts).toEqual({
      records,
      links,
      entitiesOnlyHere: onlyHere.length,
      entitiesShared: shared.length,
      matchDecisions: 1,
      pendingMatches: 0,
    });
    const removal = await call<CaseRemoval>('cases.remove', { caseId: id });
    expect(removal.counts).toEqual(preview.counts);

    expect(n(db, 'SELECT count(*) FROM cases WHERE id = ?', id)).toBe(0);
    expect(n(db, 'SELECT count(*) FROM records')).toBe(totals.records - records);
    expect(n(db, 'SELECT count(*) FROM entities')).toBe(totals.entities - onlyHere.length);
    expect(n(db, 'SELECT count(*) FROM match_candidates')).toBe(0);
    // Shared entities stay, holding only the other cases' records.
    for (const e of shared)
      expect(n(db, 'SELECT count(*) FROM entity_members WHERE entity_id = ?', e.entity_id)).toBe(e.elsewhere);
    expect(n(db, 'SELECT count(*) FROM record_search')).toBe(totals.records - records);
    expect(lastAudit(db)).toMatchObject({ action: 'case.remove' });
    const cases = await call<CaseSummary[]>('cases.list', {});
    expect(cases.map((c) => c.number)).not.toContain(BRIDGE_CASE);
  });

  it('undo brings the case, records, links, memberships and decisions back identical', async () => {
    const { db, call, dispatch } = scenario();
    decideAcross(db, BRIDGE_CASE);
    const before = workspaceState(db);
    const removal = await call<CaseRemoval>('cases.remove', { caseId: caseId(db, BRIDGE_CASE) });
    expect(workspaceState(db)).not.toEqual(before);
    await call('cases.restore', { removalId: removal.removalId });
    expect(workspaceState(db)).toEqual(before);
    expect(lastAudit(db)).toMatchObject({ action: 'case.restore' });
    // Search finds the restored records again.
    const hits = await call<unknown[]>('search.entities', { query: 'Sample Street' });
    expect(hits.length).toBeGreaterThan(0);
    const again = await errorOf(dispatch, 'cases.restore', { removalId: removal.removalId });
    expect(again.code).toBe('CONFLICT');
    const removed = await call<{ restoredAt: string | null }[]>('cases.removed', {});
    expect(removed[0]!.restoredAt).not.toBeNull();
  });

  it('refuses to bring a case back over a case that took its number, writing nothing', async () => {
    const { db, call, dispatch } = scenario();
    const removal = await call<CaseRemoval>('cases.remove', { caseId: caseId(db, BRIDGE_CASE) });
    await call('cases.create', { ...NEW_CASE, number: BRIDGE_CASE });
    const before = snapshot(db);
    const e = await errorOf(dispatch, 'cases.restore', { removalId: removal.removalId });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain(`${BRIDGE_CASE} cannot come back`);
    expect(snapshot(db)).toEqual(before);
  });
  it('brings a case back beside newer records that took its ids, giving those ids new ones', async () => {
    const { db, call } = scenario();
    // The newest case: its ids are the highest, so the next records take them.
    const newest = db.prepare('SELECT case_id FROM records ORDER BY id DESC LIMIT 1').pluck().get() as number;
    const number = db.prepare('SELECT number FROM cases WHERE id = ?').pluck().get(newest) as string;
    const labelsOf = (id: number) =>
      db.prepare('SELECT label FROM records WHERE case_id = ? ORDER BY label').pluck().all(id) as string[];
    const linksOf = (id: number) => n(db, 'SELECT count(*) FROM links WHERE case_id = ?', id);
    const labels = labelsOf(newest);
    const links = linksOf(newest);
    const removal = await call<CaseRemoval>('cases.remove', { caseId: newest });
    const other = db.prepare('SELECT id FROM cases LIMIT 1').pluck().get() as number;
    const added = await call<{ recordId: number }>('facts.addEntity', {
      caseId: other,
      type: 'person',
      label: 'Wendell Samplesby',
    });
    // The new record took an id of the removed case.
    const removedIds = JSON.parse(
      db.prepare('SELECT snapshot FROM removed_cases WHERE id = ?').pluck().get(removal.removalId) as string,
    ).tables.records.map((r: { id: number }) => r.id) as number[];
    expect(removedIds).toContain(added.recordId);

    const back = await call<CaseSummary>('cases.restore', { removalId: removal.removalId });
    expect(back.number).toBe(number);
    expect(labelsOf(back.id)).toEqual(labels);
    expect(linksOf(back.id)).toBe(links);
    // The newer record is untouched, still in its own case.
    expect(db.prepare('SELECT label, case_id FROM records WHERE id = ?').get(added.recordId)).toEqual({
      label: 'Wendell Samplesby',
      case_id: other,
    });
    expect(lastAudit(db).summary).toMatch(/id\(s\) taken since were given new ones/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Every restored record is found by search under its own (new) id.
    const missing = n(
      db,
      'SELECT count(*) FROM records r WHERE r.case_id = ? AND NOT EXISTS (SELECT 1 FROM record_search s WHERE s.rowid = r.id)',
      back.id,
    );
    expect(missing).toBe(0);
  });
});

describe('importing a case package under a new case number', () => {
  it('imports the same case again as a new case, linked to the original', async () => {
    const { db, call } = scenario();
    const id = caseId(db, BRIDGE_CASE);
    const [file] = await call<ExchangeFile[]>('exchange.export', { format: 'package', caseIds: [id] });
    const pkg = upload(file!.name, file!.data);
    const refused = await call<PackageImportReport>('exchange.import', { file: pkg });
    expect(refused.written).toBe(false);
    expect(refused.problems[0]!.message).toContain('import the package under another case number');

    const report = await call<PackageImportReport>('exchange.import', {
      file: pkg,
      asCaseNumber: 'HSI-TUC-2021-031-B',
    });
    expect(report).toMatchObject({ written: true, caseNumbers: ['HSI-TUC-2021-031-B'], problems: [] });
    const copy = caseId(db, 'HSI-TUC-2021-031-B');
    expect(n(db, 'SELECT count(*) FROM records WHERE case_id = ?', copy)).toBe(
      n(db, 'SELECT count(*) FROM records WHERE case_id = ?', id),
    );
    expect(n(db, 'SELECT count(*) FROM links WHERE case_id = ?', copy)).toBe(
      n(db, 'SELECT count(*) FROM links WHERE case_id = ?', id),
    );
    const origin = JSON.parse(
      db.prepare('SELECT origin FROM cases WHERE id = ?').pluck().get(copy) as string,
    ) as {
      packageCaseNumber: string;
    };
    expect(origin.packageCaseNumber).toBe(BRIDGE_CASE);
    expect(lastAudit(db)).toMatchObject({ action: 'case.importAs' });
  });

  it('refuses a new number for a package of several cases, writing nothing', async () => {
    const { db, call } = scenario();
    const [file] = await call<ExchangeFile[]>('exchange.export', { format: 'package' });
    const before = snapshot(db);
    const report = await call<PackageImportReport>('exchange.import', {
      file: upload(file!.name, file!.data),
      asCaseNumber: 'SMP-ALL',
    });
    expect(report.written).toBe(false);
    expect(report.problems[0]!.message).toContain(
      'a new case number can only be given to a package of one case',
    );
    expect(snapshot(db)).toEqual(before);
  });
});
