// Person matching on a public person list this project did not write (FEBRL dataset1, in
// tests/fixtures with its licence): the list is written into a workspace file through the
// ordinary record writer, then `eval:linking --json` runs as a real process on it, and the
// person figures it prints are checked against the target.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../db/matching/evaluate';
import { openWorkspace } from '../../../db/store/open-workspace';
import { isoFromYmd, loadFebrl } from '../../helpers/febrl';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function febrlWorkspace(): { file: string; datesDropped: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-febrl-'));
  dirs.push(dir);
  const file = path.join(dir, 'febrl.thorline');
  const db = openWorkspace(file);
  try {
    const { datesDropped } = loadFebrl(db, 'tests/fixtures/febrl/dataset1.csv');
    return { file, datesDropped };
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
  it('finds the duplicate people: person F1 ≥ 0.95 at the default threshold', () => {
    const { file, datesDropped } = febrlWorkspace();
    expect(datesDropped).toBeGreaterThan(0); // the list holds impossible dates (month 00, day 93)
    const { status, json, stderr } = evalJson(['--workspace', file]);
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

  it('counts truth rows whose record is missing instead of stopping', () => {
    const { file } = febrlWorkspace();
    const truth = path.join(path.dirname(file), 'truth.csv');
    fs.writeFileSync(truth, 'external_id,cluster\nrec-122-org,122\nrec-122-dup-0,122\nrec-99999-org,99999\n');
    const { status, json } = evalJson(['--workspace', file, '--truth', truth]);
    expect(status).toBe(0);
    expect(json!.truthMissing).toBe(1);
    expect(json!.byType.person!.records).toBe(2);
  });

  it('drops impossible YYYYMMDD dates and keeps real ones', () => {
    expect(isoFromYmd('19081209')).toBe('1908-12-09');
    expect(isoFromYmd('19600231')).toBe('');
    expect(isoFromYmd('19600093')).toBe('');
    expect(isoFromYmd('1960021')).toBe('');
  });
});
