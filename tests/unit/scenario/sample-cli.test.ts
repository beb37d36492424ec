import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSampleArgs } from '../../../db/cli/sample';
import { openWorkspace } from '../../../db/store/open-workspace';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-sample-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const message = (argv: string[]) => {
  const parsed = parseSampleArgs(argv);
  return parsed.ok ? 'ok' : parsed.message;
};

describe('sample command line', () => {
  it('reads --out, --records, --seed and --force, in either flag style', () => {
    expect(parseSampleArgs(['--out', 'a.thorline'])).toEqual({
      ok: true,
      args: { out: 'a.thorline', seed: 1, force: false },
    });
    expect(parseSampleArgs(['--out=b', '--records=500', '--seed', '7', '--force'])).toEqual({
      ok: true,
      args: { out: 'b', records: 500, seed: 7, force: true },
    });
  });

  it.each([
    [['--out', 'x', '--verbose'], /unknown argument "--verbose"/],
    [['--records', '10'], /--out FILE is required/],
    [['--out'], /--out needs a value/],
    [['--out', 'x', '--records', '0'], /--records must be a positive whole number, not "0"/],
    [['--out', 'x', '--records', '1e6'], /--records must be a positive whole number/],
    [['--out', 'x', '--records', '5', '--seed', 'abc'], /--seed must be a whole number, not "abc"/],
    [['--out', 'x', '--seed', '3'], /--seed applies only with --records/],
    [['--out', 'x', '--out', 'y'], /--out given twice/],
  ])('rejects %j with one clear line', (argv, expected) => {
    const text = message(argv);
    expect(text).toMatch(expected);
    expect(text).toMatch(/^sample: .*usage: npm run sample/);
    expect(text.split('\n')).toHaveLength(1);
  });

  it('exits with code 2 and one line on a usage error, and on an existing file without --force', () => {
    const dir = tempDir();
    const run = (args: string[]) =>
      spawnSync('npx', ['tsx', 'db/cli/sample.ts', ...args], { encoding: 'utf8' });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run sample -- --out FILE/);
    const bad = run(['--out', path.join(dir, 'x.thorline'), '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const existing = path.join(dir, 'existing.thorline');
    fs.writeFileSync(existing, 'keep me');
    const refused = run(['--out', existing]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(`sample: ${existing} already exists; add --force to replace it.`);
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
  });

  it('writes a scaled workspace of exactly N records', () => {
    const file = path.join(tempDir(), 'scaled.thorline');
    execFileSync('npx', ['tsx', 'db/cli/sample.ts', '--out', file, '--records', '1234', '--seed', '4'], {
      stdio: 'pipe',
    });
    const db = openWorkspace(file, { create: false });
    expect((db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n).toBe(1234);
    expect((db.prepare('SELECT count(*) AS n FROM ground_truth').get() as { n: number }).n).toBe(1234);
    // The fast load defers some indexes: they must all be back, with foreign keys intact.
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE '%_by_%'")
      .all();
    expect(indexes.map((i) => (i as { name: string }).name)).toEqual(
      expect.arrayContaining([
        'records_by_case',
        'records_by_type',
        'links_by_case',
        'links_by_from',
        'links_by_to',
      ]),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
