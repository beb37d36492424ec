// The case map's kept pairs (case_pairs, migration 8) after every kind of write: each time,
// the map must equal the one aggregated from scratch over every entity, and must have been
// read from the kept table (nothing left pending), not from the fallback aggregate.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMatching } from '../../../db/matching/engine';
import { caseMap, casePairs, casePairsFromScratch, pagePairs } from '../../../db/queries/casemap';
import { seedScenario } from '../../../db/scenario';
import { createScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { casePairsPending } from '../../../db/store/case-pairs';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type { CaseRemoval } from '../../../shared/contract/case-model';
import type { ExchangeFile, PackageImportReport } from '../../../shared/contract/exchange-model';
import type { CaseMapLink } from '../../../shared/contract/casemap-model';
import { candidate, fixture, sampleSpec, upload, workbench } from '../import/helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tempFile(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-case-pairs-'));
  dirs.push(dir);
  return path.join(dir, name);
}

const key = (p: CaseMapLink) => `${p.caseA}-${p.caseB}:${p.shared}/${p.matched}`;
const sorted = (pairs: CaseMapLink[]) => pairs.map(key).sort();

/** The kept pairs, brought up to date as the case map does; they must equal a fresh aggregate. */
function expectCurrent(db: Db): string[] {
  const kept = sorted(casePairs(db));
  expect(casePairsPending(db)).toBe(false);
  const table = db
    .prepare('SELECT case_a AS caseA, case_b AS caseB, shared, matched FROM case_pairs')
    .all() as CaseMapLink[];
  const fresh = sorted(casePairsFromScratch(db));
  expect(sorted(table)).toEqual(fresh);
  expect(kept).toEqual(fresh);
  // The map itself reads the table (weights, networks, links among the cases drawn).
  const map = caseMap(db, 400);
  expect(sorted(map.links)).toEqual(fresh);
  expect(map.summary.links).toBe(fresh.length);
  return kept;
}

function scenario() {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  return workbench(db);
}

const recordId = (db: Db, label: string) =>
  db.prepare('SELECT id FROM records WHERE label = ?').pluck().get(label) as number;
const caseOf = (db: Db, number: string) =>
  db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(number) as number;
const lastAudit = (db: Db) =>
  db.prepare("SELECT max(id) FROM audit_log WHERE action NOT LIKE 'history.%'").pluck().get() as number;

describe('the kept case pairs follow every kind of write', () => {
  it('after records are created and linked by identifiers (the training scenario)', () => {
    const { db } = scenario();
    expect(casePairsPending(db)).toBe(true);
    expect(expectCurrent(db).length).toBeGreaterThan(10);
    expect(caseMap(db, 400).summary).toMatchObject({ cases: 14, largestNetwork: 12, apart: 2 });
  });

  it('after a match is accepted, rejected again (split), undone and redone', async () => {
    const { db, call } = scenario();
    const original = expectCurrent(db);
    const id = candidate(
      db,
      recordId(db, 'Ramón Alberto Quintero Salas'),
      recordId(db, 'R. A. Quintero-Salas'),
    );
    await call('candidates.decide', { candidateId: id, decision: 'accepted' });
    const accepted = expectCurrent(db);
    expect(accepted).not.toEqual(original);
    const acceptAudit = lastAudit(db);
    await call('candidates.decide', { candidateId: id, decision: 'rejected' });
    expect(expectCurrent(db)).toEqual(original);
    await call('history.undo', { auditId: lastAudit(db) });
    expect(expectCurrent(db)).toEqual(accepted);
    await call('history.undo', { auditId: acceptAudit });
    expect(expectCurrent(db)).toEqual(original);
    await call('history.redo', { auditId: acceptAudit });
    expect(expectCurrent(db)).toEqual(accepted);
  });

  it('after a record is split out of an entity that spans cases, and the split is undone', async () => {
    const { db, call } = scenario();
    const original = expectCurrent(db);
    const spanning = db
      .prepare(
        `SELECT m.record_id FROM entity_members m WHERE m.reason = 'identifier' ORDER BY m.record_id LIMIT 1`,
      )
      .pluck()
      .get() as number;
    await call('entities.unmerge', { recordId: spanning });
    expect(expectCurrent(db)).not.toEqual(original);
    await call('history.undo', { auditId: lastAudit(db) });
    expect(expectCurrent(db)).toEqual(original);
  });

  it('after a case is removed, restored, and its removal undone and redone', async () => {
    const { db, call } = scenario();
    const original = expectCurrent(db);
    const caseId = caseOf(db, 'HSI-TUC-2021-031');
    const removal = await call<CaseRemoval>('cases.remove', { caseId });
    const removed = expectCurrent(db);
    expect(removed.some((k) => k.startsWith(`${caseId}-`) || k.includes(`-${caseId}:`))).toBe(false);
    expect(removed).not.toEqual(original);
    await call('cases.restore', { removalId: removal.removalId });
    expect(expectCurrent(db)).toEqual(original);
  });

  it('after analyst facts are added (joining by a shared phone) and deleted', async () => {
    const { db, call } = scenario();
    const original = expectCurrent(db);
    const apart = caseOf(db, 'MPD-2022-0417');
    await call('facts.addEntity', {
      caseId: apart,
      type: 'phone',
      label: '(555) 010-0177',
      fields: { number: '(555) 010-0177' },
      author: 'Analyst Example',
      writtenOn: '2026-01-01',
      text: 'Seen on a pawn ticket.',
    });
    const joined = expectCurrent(db);
    expect(joined.some((k) => k.startsWith(`${apart}-`) || k.includes(`-${apart}:`))).toBe(true);
    await call('history.undo', { auditId: lastAudit(db) });
    expect(expectCurrent(db)).toEqual(original);
  });

  it('after a table import, a case package import and a matching run with automatic merges', async () => {
    const { db, call } = scenario();
    expectCurrent(db);
    await call('import.run', {
      file: upload('purchases.csv', fixture('purchases.csv')),
      spec: sampleSpec(),
      case: { number: 'SMP-IMPORT-1' },
      match: false,
    });
    // The import brings the pairs up to date itself, in its own transaction.
    expect(casePairsPending(db)).toBe(false);
    expectCurrent(db);
    const caseId = caseOf(db, 'HSI-TUC-2021-031');
    const [pkg] = await call<ExchangeFile[]>('exchange.export', { format: 'package', caseIds: [caseId] });
    const report = await call<PackageImportReport>('exchange.import', {
      file: upload(pkg!.name, pkg!.data),
      asCaseNumber: 'HSI-TUC-2021-031-COPY',
    });
    expect(report.written).toBe(true);
    const copy = caseOf(db, 'HSI-TUC-2021-031-COPY');
    expect(expectCurrent(db).some((k) => k.includes(`-${copy}:`) || k.startsWith(`${copy}-`))).toBe(true);
    const run = runMatching(db, { autoMerge: true, autoMergeThresholds: { person: 0.9 } });
    expect(run.autoMerged).toBeGreaterThan(0);
    expect(casePairsPending(db)).toBe(false);
    expectCurrent(db);
  });
});

describe('when the kept pairs cannot be brought up to date', () => {
  it('a read-only connection aggregates from scratch, and the next writable one catches up', () => {
    const file = tempFile('pending.thorline');
    const db = openWorkspace(file);
    seedScenario(db);
    expect(casePairsPending(db)).toBe(true);
    db.close();
    const reader = openWorkspace(file, { readOnly: true });
    const fresh = sorted(casePairsFromScratch(reader));
    expect(sorted(casePairs(reader))).toEqual(fresh);
    const fromScratch = caseMap(reader, 5);
    const hub = fromScratch.cases[0]!.id;
    const pages = [
      pagePairs(reader, undefined, 4, 2),
      pagePairs(reader, [hub], 3, 1),
      pagePairs(reader, [hub], -1, 0),
    ];
    expect(casePairsPending(reader)).toBe(true); // nothing was written
    reader.close();
    const writer = openWorkspace(file);
    expect(expectCurrent(writer)).toEqual(fresh);
    // The same map, drawn from the kept table: the same cases, weights, networks and links.
    const fromTable = caseMap(writer, 5);
    expect(fromTable.cases).toEqual(fromScratch.cases);
    expect(sorted(fromTable.links)).toEqual(sorted(fromScratch.links));
    expect(fromTable.summary).toEqual(fromScratch.summary);
    expect(fromTable.omitted).toEqual(fromScratch.omitted);
    // Connections pages, sorted and cut in SQL, match the ones cut from the list.
    expect([
      pagePairs(writer, undefined, 4, 2),
      pagePairs(writer, [hub], 3, 1),
      pagePairs(writer, [hub], -1, 0),
    ]).toEqual(pages);
    expect(pages[2]!.total).toBeGreaterThan(3);
    writer.close();
  });

  it('does not wait for another connection that holds the write lock', () => {
    const file = tempFile('busy.thorline');
    const db = openWorkspace(file);
    seedScenario(db);
    const other = openWorkspace(file);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      expect(sorted(casePairs(db))).toEqual(sorted(casePairsFromScratch(db)));
      expect(casePairsPending(db)).toBe(true);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expectCurrent(db);
    db.close();
  });
});

describe('a generated workspace', () => {
  it('is written with its pairs filled, so the case map opens without aggregating', () => {
    const file = tempFile('scaled.thorline');
    createScaledWorkspace(file, { records: 3000, seed: 7 });
    const db = openWorkspace(file);
    expect(casePairsPending(db)).toBe(false);
    expect(expectCurrent(db).length).toBeGreaterThan(0);
    db.close();
  });
});
