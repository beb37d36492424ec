// npm run match: matches an existing workspace through the matching job, printing progress,
// and refuses a missing file in one line. Runs the command as a user does (a real process).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const run = (script: string, ...args: string[]) =>
  spawnSync('npx', ['tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run match', () => {
  it('matches an imported person list, printing progress, and auto-merges from the given threshold', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-match-'));
    dirs.push(dir);
    const workspace = path.join(dir, 'febrl.thorline');
    const imported = run(
      'db/cli/import.ts',
      '--workspace',
      workspace,
      '--create',
      '--case',
      'FEBRL-1',
      '--spec',
      path.join(FIXTURES, 'febrl-person-list.spec.json'),
      path.join(FIXTURES, 'febrl-dataset1-200.csv'),
    );
    expect(imported.status).toBe(0);

    const matched = run('db/cli/match.ts', '--workspace', workspace, '--auto-merge', '0.99');
    expect(matched.stderr).toBe('');
    expect(matched.status).toBe(0);
    const lines = matched.stdout.trim().split('\n');
    expect(lines[0]).toBe('Matching febrl.thorline, merging automatically from 0.99');
    expect(lines.slice(1, -1).length).toBeGreaterThan(0);
    for (const l of lines.slice(1, -1))
      expect(l).toMatch(
        /^ {2}(Reading records|Comparing records|Saving)(: \d+ of 200)?, \d+ suggestions so far$/,
      );
    const summary = /^Compared 200 records: (\d+) suggestions, (\d+) merged automatically \(/.exec(
      lines.at(-1)!,
    );
    expect(summary).not.toBeNull();

    const db = new Database(workspace, { readonly: true });
    const runs = db.prepare('SELECT state, records, auto_merged AS merged FROM match_runs').all();
    const auto = db.prepare("SELECT count(*) FROM match_candidates WHERE decided_by = 'auto'").pluck().get();
    db.close();
    expect(runs).toEqual([{ state: 'done', records: 200, merged: Number(summary![2]) }]);
    expect(Number(summary![2])).toBeGreaterThan(0);
    expect(auto).toBe(Number(summary![2]));
  }, 120_000);

  it('refuses a missing workspace file in one line, and wrong usage', () => {
    const missing = run('db/cli/match.ts', '--workspace', '/nonexistent/cases.thorline');
    expect(missing.status).toBe(3);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('match: workspace file not found: /nonexistent/cases.thorline\n');
    const usage = run('db/cli/match.ts', '--auto-merge', '2');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^match: --workspace is required/);
  }, 60_000);
});
