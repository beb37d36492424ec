// Person matching on a public person list this project did not write (FEBRL dataset1, in
// tests/fixtures with its licence), taken as a new user takes it: the raw file (YYYYMMDD
// dates with typos, street number and street in two columns) is imported through the
// contract's import.run with the person-list specification, into a workspace file; then
// `eval:linking --json` runs as a real process on it, with a truth file made from rec_id,
// and the person figures it prints are checked against the target.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/contract/exchange-model';
import type { Evaluation } from '../../../db/matching/evaluate';
import { openWorkspace } from '../../../db/store/open-workspace';
import { fixture, upload, workbench } from '../import/helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const DATA = path.resolve(__dirname, '../../fixtures/febrl/dataset1.csv');

/** The truth rule of the FEBRL README: rec-N-org and rec-N-dup-K are one person. */
function writeTruth(dir: string): string {
  const rows = Papa.parse<Record<string, string>>(fs.readFileSync(DATA, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  }).data;
  const lines = rows.map((r) => `${r.rec_id}#person,${/^rec-(\d+)-/.exec(r.rec_id ?? '')?.[1] ?? r.rec_id}`);
  const file = path.join(dir, 'truth.csv');
  fs.writeFileSync(file, ['external_id,cluster', ...lines].join('\n') + '\n');
  return file;
}

async function febrlWorkspace(): Promise<{ file: string; truth: string; report: ImportReport }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-febrl-'));
  dirs.push(dir);
  const file = path.join(dir, 'febrl.thorline');
  const { db, call } = workbench(openWorkspace(file));
  try {
    const report = await call<ImportReport>('import.run', {
      file: upload('dataset1.csv', fs.readFileSync(DATA)),
      spec: JSON.parse(fixture('febrl-person-list.spec.json').toString('utf8')) as unknown,
      case: { number: 'FEBRL-1', title: 'FEBRL person list' },
      match: false,
    });
    return { file, truth: writeTruth(dir), report };
  } finally {
    db.close();
  }
}

function evalJson(args: string[]): { status: number | null; json?: Evaluation; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'db/cli/eval-linking.ts', ...args, '--json'], { encoding: 'utf8' });
  const line = run.stdout.trim();
  return {
    status: run.status,
    stderr: run.stderr,
    json: line ? (JSON.parse(line) as Evaluation) : undefined,
  };
}

describe('FEBRL dataset1 through eval:linking --json', () => {
  it('finds the duplicate people: person F1 ≥ 0.95 at the default threshold', async () => {
    const { file, truth, report } = await febrlWorkspace();
    expect(report).toMatchObject({ written: true, rowsRead: 1000, rowsImported: 1000, problems: [] });
    // the list holds impossible dates (month 00, day 93): each cell is left out with a warning
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(report.warnings.every((w) => w.column === 'date_of_birth')).toBe(true);
    const { status, json, stderr } = evalJson(['--workspace', file, '--truth', truth]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const person = json!.byType.person!;
    expect(person.records).toBe(1000);
    expect(person.pairs.true).toBe(500);
    expect(person.threshold).toBe(json!.threshold);
    expect(person.f1).toBeGreaterThanOrEqual(0.95);
    expect(person.precision).toBeGreaterThanOrEqual(0.95);
    expect(person.blockingRecall).toBeGreaterThanOrEqual(0.98);
    expect(person.blockingRecall).toBeLessThanOrEqual(1);
    expect(json!.pooled.records).toBe(1000);
    expect(json!.truthMissing).toBe(0);
    // The weights came from this list, not the hand-set priors.
    expect(json!.run.estimate?.people).toBe(1000);
    expect(json!.run.blocking.map((r) => r.rule)).toEqual(expect.arrayContaining(['p:sy', 'p:d', 'p:nn']));
  });

  it('counts truth rows whose record is missing instead of stopping', async () => {
    const { file } = await febrlWorkspace();
    const truth = path.join(path.dirname(file), 'truth-missing.csv');
    const rows = ['rec-122-org#person,122', 'rec-122-dup-0#person,122', 'rec-99999-org#person,99999'];
    fs.writeFileSync(truth, ['external_id,cluster', ...rows].join('\n') + '\n');
    const { status, json } = evalJson(['--workspace', file, '--truth', truth]);
    expect(status).toBe(0);
    expect(json!.truthMissing).toBe(1);
    expect(json!.byType.person!.records).toBe(2);
  });
});
