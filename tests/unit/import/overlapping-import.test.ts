// The writer inserts rows in multi-row batches and falls back to row-by-row writing when a
// batch states records or links already stored. Whatever path it takes, importing two
// overlapping files must leave the case exactly as importing their union once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importTableFile } from '../../../db/import/run-import';
import { parseSpec } from '../../../db/import/spec';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { PURCHASE_HEADER, purchaseRow } from '../../bench/purchase-csv';
import { sampleSpec } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A purchase log of rows first..last (1-based), drawing on 120 buyers and 7 dealers. */
function purchaseFile(name: string, first: number, last: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-overlap-'));
  dirs.push(dir);
  const lines = [PURCHASE_HEADER];
  for (let i = first; i <= last; i++) lines.push(purchaseRow(i, 120, 7));
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const importInto = (db: Db, caseNumber: string, file: string) =>
  importTableFile(db, {
    file: { name: path.basename(file), path: file },
    spec: parseSpec(sampleSpec()),
    target: { number: caseNumber },
    skipInvalidRows: false,
  });

/** What the case holds, independent of record ids: records by external id, links by their ends. */
function caseContent(db: Db, caseNumber: string) {
  const records = db
    .prepare(
      `SELECT r.external_id, r.type, r.label, r.fields FROM records r JOIN cases c ON c.id = r.case_id
       WHERE c.number = ? ORDER BY r.external_id`,
    )
    .raw()
    .all(caseNumber);
  const links = db
    .prepare(
      `SELECT l.external_id, l.type, f.external_id, t.external_id, l.occurred_on FROM links l
       JOIN cases c ON c.id = l.case_id JOIN records f ON f.id = l.from_record JOIN records t ON t.id = l.to_record
       WHERE c.number = ? ORDER BY l.external_id`,
    )
    .raw()
    .all(caseNumber);
  const identifiers = db
    .prepare(
      `SELECT r.external_id, i.kind, i.value FROM record_identifiers i JOIN records r ON r.id = i.record_id
       JOIN cases c ON c.id = r.case_id WHERE c.number = ? ORDER BY 1, 2, 3`,
    )
    .raw()
    .all(caseNumber);
  return { records, links, identifiers };
}

describe('overlapping imports into one case', () => {
  it('two overlapping files leave the case as their union imported once', async () => {
    const db = openWorkspace(':memory:');
    const first = await importInto(db, 'PARTS', purchaseFile('first.csv', 1, 1_200));
    const second = await importInto(db, 'PARTS', purchaseFile('second.csv', 601, 1_800));
    await importInto(db, 'WHOLE', purchaseFile('whole.csv', 1, 1_800));

    expect(first.rowsImported).toBe(1_200);
    // Rows 601..1,200 were there already: only rows 1,201..1,800 add a firearm and a purchase each.
    expect(second.rowsAlreadyPresent).toBe(600);
    expect(second.recordsAdded).toBe(600 * 2);
    const parts = caseContent(db, 'PARTS');
    const whole = caseContent(db, 'WHOLE');
    expect(parts.records).toEqual(whole.records);
    expect(parts.links).toEqual(whole.links);
    expect(parts.identifiers).toEqual(whole.identifiers);
    expect(whole.records).toHaveLength(1_800 * 2 + 120 * 2 + 7);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Every new record has its own entity, membership and search row.
    const orphans = db
      .prepare(
        'SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM entity_members m WHERE m.record_id = r.id)',
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    expect(db.prepare('SELECT count(*) FROM record_search').pluck().get()).toBe(
      db.prepare('SELECT count(*) FROM records').pluck().get(),
    );
  });

  it('a file that repeats one sale id writes it once and reports the repeat as already present', async () => {
    const db = openWorkspace(':memory:');
    const file = purchaseFile('repeat.csv', 1, 900);
    fs.appendFileSync(file, `${purchaseRow(450, 120, 7)}\n`);
    const report = await importInto(db, 'REPEAT', file);
    expect(report.rowsImported).toBe(901);
    expect(report.rowsAlreadyPresent).toBe(1);
    expect(caseContent(db, 'REPEAT')).toEqual(
      caseContent(db, (await importInto(db, 'ONCE', purchaseFile('once.csv', 1, 900))).caseNumber),
    );
  });

  it('a serial sold again after thousands of new ones is still one firearm', async () => {
    // Past 2,000 firearms without a repeat the writer stops looking serials up; a repeat
    // is then caught by the external-id constraint and its batch written row by row.
    const db = openWorkspace(':memory:');
    const file = purchaseFile('resold.csv', 1, 3_000);
    fs.appendFileSync(file, `${purchaseRow(2_500, 120, 7).replace(/^S-2500,/, 'S-9999,')}\n`);
    const report = await importInto(db, 'RESOLD', file);
    expect(report.rowsImported).toBe(3_001);
    const firearms = db
      .prepare("SELECT count(*) AS n, count(DISTINCT external_id) AS d FROM records WHERE type = 'firearm'")
      .get();
    expect(firearms).toEqual({ n: 3_000, d: 3_000 });
    const boughtTwice = db
      .prepare(
        `SELECT count(*) FROM links l JOIN records f ON f.id = l.to_record
         WHERE f.type = 'firearm' AND f.fields LIKE '%"TST000002500"%'`,
      )
      .pluck()
      .get();
    expect(boughtTwice).toBe(2);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
