import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, THORLINE_APPLICATION_ID } from '../../../db/store/open-workspace';
import { LATEST_SCHEMA_VERSION } from '../../../db/store/migrations';

const dirs: string[] = [];
function tempPath(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-'));
  dirs.push(dir);
  return path.join(dir, name);
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('opening a workspace', () => {
  it('creates a new workspace with WAL, foreign keys and the latest schema', () => {
    const file = tempPath('new.thorline');
    const db = openWorkspace(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(THORLINE_APPLICATION_ID);
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = tempPath('notes.txt');
    fs.writeFileSync(file, 'these are my case notes, not a database');
    const before = fs.readFileSync(file);
    expect(() => openWorkspace(file)).toThrow(/not a SQLite database file/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a SQLite file that is not a workspace and leaves it untouched', () => {
    const file = tempPath('other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    other.close();
    const before = fs.readFileSync(file);
    expect(() => openWorkspace(file)).toThrow(/SQLite database but not a Thorline workspace/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a workspace from a newer version', () => {
    const file = tempPath('future.thorline');
    openWorkspace(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openWorkspace(file)).toThrow(
      /newer Thorline \(workspace schema \d+; this version reads up to \d+\)/,
    );
  });
});
