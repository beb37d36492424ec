// Workspace files are never created or adopted by accident; read-only and damaged
// files are told apart from good ones at open, with a coded answer.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { openWorkspace } from '../../../db/store/open-workspace';
import { WorkbenchError } from '../../../shared/contract/result';

const ROOT = path.resolve(__dirname, '../../..');
const SPEC = path.join(ROOT, 'tests/fixtures/import/purchases.spec.json');
const CSV = path.join(ROOT, 'tests/fixtures/import/purchases.csv');
const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-open-'));
  dirs.push(dir);
  return dir;
}
const immutable: string[] = [];
afterEach(() => {
  for (const f of immutable.splice(0)) spawnSync('chattr', ['-i', f]);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** chmod 444, and for root (whom modes do not stop) the immutable flag; true once writes are refused. */
function makeUnwritable(file: string): boolean {
  fs.chmodSync(file, 0o444);
  const writable = () => {
    try {
      fs.accessSync(file, fs.constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (!writable()) return true;
  if (spawnSync('chattr', ['+i', file]).status === 0) immutable.push(file);
  return !writable();
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof WorkbenchError ? `${err.code}: ${err.message}` : `uncoded: ${String(err)}`;
  }
  return 'opened';
}

describe('opening workspace files', () => {
  it('does not create a missing file unless allowed', () => {
    const file = path.join(tempDir(), 'typo.thorline');
    expect(codeOf(() => openWorkspace(file, { create: false }))).toMatch(
      /^NOT_FOUND: Workspace file not found/,
    );
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses an empty file, and makes it a workspace only when asked to', () => {
    const file = path.join(tempDir(), 'empty.thorline');
    fs.writeFileSync(file, '');
    expect(codeOf(() => openWorkspace(file))).toMatch(/^BAD_FILE: .*is an empty file.*left untouched/);
    expect(fs.statSync(file).size).toBe(0);
    openWorkspace(file, { create: true }).close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  it("refuses another application's empty SQLite file unless asked to create a workspace there", () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.pragma('application_id = 1234');
    other.close();
    const before = fs.readFileSync(file);
    expect(codeOf(() => openWorkspace(file))).toMatch(
      /^BAD_FILE: .*empty SQLite database of another application/,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('opens a read-only workspace read-only: info says so, every write answers READ_ONLY', async () => {
    const file = path.join(tempDir(), 'ro.thorline');
    openWorkspace(file).close();
    const before = fs.readFileSync(file);
    // Tests run as root, whom file permissions do not stop; the option is what a chmod 444 file gets.
    const db = openWorkspace(file, { readOnly: true });
    const dispatch = createDispatch({ db, workspacePath: file, emit: () => {} });
    const info = await dispatch('workspace.info', {});
    expect(info.ok && (info.value as { readOnly: boolean }).readOnly).toBe(true);
    const save = await dispatch('matching.settings.set', { analyst: 'A. Analyst' });
    expect(save.ok ? 'saved' : save.error.code).toBe('READ_ONLY');
    const run = await dispatch('import.run', {
      file: { name: 'x.csv', base64: Buffer.from('a\n1\n').toString('base64') },
      spec: 'none',
      case: { number: 'RO-1' },
    });
    expect(run.ok ? 'imported' : run.error.code).toBe('READ_ONLY');
    db.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('opens an unwritable workspace file read-only by itself; the import CLI says so in one line', () => {
    const file = path.join(tempDir(), 'locked.thorline');
    openWorkspace(file).close();
    expect(makeUnwritable(file), 'could not make the file unwritable (chmod 444 or chattr +i)').toBe(true);
    const db = openWorkspace(file);
    expect(db.readonly).toBe(true);
    db.close();
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'db/cli/import.ts', '--workspace', file, '--case', 'RO-1', '--spec', SPEC, CSV],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(cli.status).toBe(3);
    expect(cli.stderr).toBe(
      `import: the workspace ${file} is read-only (the file cannot be written); nothing was imported\n`,
    );
  }, 60_000);

  it('refuses a workspace with damaged pages and points to the newest backup beside it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'case.thorline');
    const db = openWorkspace(file);
    db.exec(
      `CREATE TABLE filler (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT hex(randomblob(300)) FROM n`,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    fs.copyFileSync(file, path.join(dir, 'case-backup-2026-01-01.thorline'));
    const newest = path.join(dir, 'case-backup-2026-02-01.thorline');
    fs.copyFileSync(file, newest);
    fs.utimesSync(
      path.join(dir, 'case-backup-2026-01-01.thorline'),
      new Date(2026, 0, 1),
      new Date(2026, 0, 1),
    );
    // Overwrite a few pages in the middle with noise, as a failing disk would.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 20);
    fs.closeSync(fd);
    const answer = codeOf(() => openWorkspace(file));
    expect(answer).toMatch(
      /^BAD_FILE: .*is damaged|^BAD_FILE: .*cannot be opened|^BAD_FILE: .*could not be read/,
    );
    expect(answer).toContain(`The newest backup beside it is ${newest}`);
  });
});
