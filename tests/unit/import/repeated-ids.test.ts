// Two rows of one file with the same external id (Sale ID): a row repeated cell for cell
// is imported once with a warning; rows that differ are never silently collapsed: the
// later one is an invalid row naming both rows and the column, on every import path
// (preview, import.run, import.start's worker, the command line).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { RepeatedRows } from '../../../db/import/repeated-rows';
import { importTableFile } from '../../../db/import/run-import';
import { parseSpec } from '../../../db/import/spec';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type { ImportPreview, ImportReport } from '../../../shared/contract/exchange-model';
import type { JobStatus } from '../../../shared/contract/matching-model';
import { count, fixture, FIXTURES, sampleSpec, snapshot, upload, workbench } from './helpers';

const ROOT = path.resolve(FIXTURES, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-repeated-ids-'));
  dirs.push(dir);
  return dir;
}

const SAMPLE = fixture('purchases.csv').toString('utf8').trimEnd().split('\n');
const HEADER = SAMPLE[0]!;
const S1002 = SAMPLE.find((l) => l.startsWith('S-1002,'))!;
/** Sale S-1002 again, but another firearm on another date: a second purchase. */
const OTHER_S1002 =
  'S-1002,Robin Placeholder,1987-11-30,555-010-0132,Sample Arms LLC,9-99-001-01-2A-00001,TST100099,Fictiva,P-57 Demo,2021-04-01';
const csv = (...extra: string[]) => `${[...SAMPLE, ...extra].join('\n')}\n`;
/** Spreadsheet row of the first extra line: the header is row 1. */
const EXTRA_ROW = SAMPLE.length + 1;
const S1002_ROW = SAMPLE.indexOf(S1002) + 1;

const input = (content: string, number: string, skipInvalidRows = false) => ({
  file: upload('purchases.csv', content),
  spec: sampleSpec(),
  case: { number, title: 'Repeated sale ids' },
  skipInvalidRows,
  match: false,
});

const purchases = (db: Db) =>
  db
    .prepare("SELECT external_id FROM records WHERE type = 'purchase' ORDER BY external_id")
    .pluck()
    .all() as string[];

const conflict = expect.objectContaining({
  row: EXTRA_ROW,
  column: 'Sale ID',
  message: expect.stringMatching(
    new RegExp(
      `^DUPLICATE_EXTERNAL_ID: rows ${S1002_ROW} and ${EXTRA_ROW} both have Sale ID "S-1002" but other cells differ`,
    ),
  ),
});

describe('a sale id repeated within one file', () => {
  it('a row repeated cell for cell is imported once, with a warning naming both rows', async () => {
    const { db, call } = workbench();
    const report = await call<ImportReport>('import.run', input(csv(S1002), 'SAME-1'));
    const once = workbench();
    await once.call('import.run', input(csv(), 'SAME-1'));
    expect(report).toMatchObject({ written: true, rowsAlreadyPresent: 1, problems: [] });
    expect(report.warnings).toEqual([
      expect.objectContaining({
        row: EXTRA_ROW,
        column: 'Sale ID',
        message: `DUPLICATE_ROW: row ${EXTRA_ROW} repeats row ${S1002_ROW} Sale ID "S-1002" cell for cell; it is imported once`,
      }),
    ]);
    expect(purchases(db)).toEqual(purchases(once.db));
    expect(count(db, 'links')).toBe(count(once.db, 'links'));
  });

  it('differing rows: the preview shows the problem, import.run writes nothing', async () => {
    const { db, call } = workbench();
    const preview = await call<ImportPreview>('import.preview', {
      file: upload('purchases.csv', csv(OTHER_S1002)),
      spec: sampleSpec(),
    });
    expect(preview.problems).toEqual([conflict]);
    const before = snapshot(db);
    const report = await call<ImportReport>('import.run', input(csv(OTHER_S1002), 'DIFF-1'));
    expect(report).toMatchObject({ written: false, rowsRead: SAMPLE.length, problems: [conflict] });
    expect(report.notes.join(' ')).toMatch(/Nothing was written: 1 of \d+ rows have problems/);
    expect(snapshot(db)).toEqual(before);
  });

  it('differing rows with invalid rows skipped: the first imports, the second is reported', async () => {
    const { db, call } = workbench();
    const report = await call<ImportReport>('import.run', input(csv(OTHER_S1002), 'DIFF-2', true));
    expect(report).toMatchObject({ written: true, rowsSkipped: 1, problems: [conflict] });
    // S-1002's purchase is the first row's: its firearm, not the second row's TST100099.
    expect(count(db, 'records', "type = 'firearm' AND fields LIKE '%TST100099%'")).toBe(0);
    expect(count(db, 'records', "type = 'firearm' AND fields LIKE '%TST100002%'")).toBe(1);
  });

  it('import.start (the worker) refuses the file the same way and leaves the workspace as it was', async () => {
    const dir = tempDir();
    const workspacePath = path.join(dir, 'job.thorline');
    const db = openWorkspace(workspacePath);
    const dispatch = createDispatch({ db, workspacePath, emit: () => undefined });
    const call = async <T>(name: string, value: unknown): Promise<T> => {
      const r = await dispatch(name, value);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as T;
    };
    const before = snapshot(db);
    let status = await call<JobStatus>('import.start', input(csv(OTHER_S1002), 'JOB-1'));
    for (let i = 0; i < 600 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = await call<JobStatus>('jobs.status', { jobId: status.jobId });
    }
    expect(status.importReport).toMatchObject({ written: false, problems: [conflict] });
    expect(snapshot(db)).toEqual(before);
    db.close();
  });

  it('the command line refuses the file (exit 1) and prints the problem', () => {
    const dir = tempDir();
    const data = path.join(dir, 'purchases.csv');
    fs.writeFileSync(data, csv(OTHER_S1002));
    const spec = path.join(FIXTURES, 'purchases.spec.json');
    const workspace = path.join(dir, 'cli.thorline');
    const args = ['--workspace', workspace, '--create', '--case', 'CLI-1', '--spec', spec, data];
    const run = spawnSync('npx', ['tsx', 'db/cli/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Not imported into case CLI-1/);
    expect(run.stdout).toContain(
      `purchases.csv, row ${EXTRA_ROW}, column "Sale ID": DUPLICATE_EXTERNAL_ID: rows ${S1002_ROW} and ${EXTRA_ROW} both have Sale ID "S-1002"`,
    );
  });

  it('re-importing a file, or one overlapping it, stays idempotent and reports no duplicate', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'first.csv');
    const more = path.join(dir, 'more.csv');
    fs.writeFileSync(first, csv());
    fs.writeFileSync(more, `${[HEADER, S1002, OTHER_S1002.replace('S-1002', 'S-1099')].join('\n')}\n`);
    const db = openWorkspace(':memory:');
    const importFile = (file: string) =>
      importTableFile(db, {
        file: { name: path.basename(file), path: file },
        spec: parseSpec(sampleSpec()),
        target: { number: 'AGAIN-1' },
        skipInvalidRows: false,
      });
    await importFile(first);
    const records = count(db, 'records');
    const report = await importFile(more);
    expect(report).toMatchObject({ written: true, rowsAlreadyPresent: 1, problems: [], warnings: [] });
    expect(purchases(db)).toContain('S-1099#purchase');
    expect(count(db, 'records')).toBe(records + 2); // the new sale's purchase and firearm
  });
});

describe('RepeatedRows', () => {
  it('tells cells apart however their text is split between columns', () => {
    const seen = new RepeatedRows();
    expect(seen.check('S-1', ['S-1', 'ab', 'c'], 2).kind).toBe('first');
    expect(seen.check('S-1', ['S-1', 'a', 'bc'], 3)).toEqual({ kind: 'conflict', firstRow: 2 });
    expect(seen.check('S-1', ['S-1', 'ab', 'c', ''], 4)).toEqual({ kind: 'conflict', firstRow: 2 });
  });

  it('remembers every id through its growth and tells identical rows from differing ones', () => {
    const seen = new RepeatedRows();
    for (let i = 0; i < 50_000; i++)
      expect(seen.check(`S-${i}`, [`S-${i}`, `v${i}`], i + 2).kind).toBe('first');
    for (let i = 0; i < 50_000; i += 997) {
      expect(seen.check(`S-${i}`, [`S-${i}`, ` v${i} `], 60_000)).toEqual({
        kind: 'identical',
        firstRow: i + 2,
      });
      expect(seen.check(`S-${i}`, [`S-${i}`, `w${i}`], 60_001)).toEqual({
        kind: 'conflict',
        firstRow: i + 2,
      });
    }
  });
});
