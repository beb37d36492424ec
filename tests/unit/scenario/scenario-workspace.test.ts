import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScenarioWorkspace, SCENARIO_NAME, scenarioCases, seedScenario } from '../../../db/scenario';
import { writeWorkspaceAtomically } from '../../../db/scenario/seed';
import { openWorkspace } from '../../../db/store/open-workspace';
import { getMeta, insertCase } from '../../../db/store/write-case-data';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-scenario-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('seeding the scenario', () => {
  it('writes in one transaction: a failure at the last case leaves nothing behind', () => {
    const db = openWorkspace(':memory:');
    const last = scenarioCases().at(-1)!.info;
    insertCase(db, { ...last, title: 'already here' });
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(() => seedScenario(db)).toThrow(/UNIQUE/);
    expect([
      count('cases'),
      count('records'),
      count('links'),
      count('ground_truth'),
      count('workspace_meta'),
    ]).toEqual([1, 0, 0, 0, 0]);
    db.close();
  });
});

describe('scenario workspace file', () => {
  it('writes a complete workspace and leaves no temporary files beside it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'training.thorline');
    const counts = createScenarioWorkspace(file);
    expect(fs.readdirSync(dir)).toEqual(['training.thorline']);
    const db = openWorkspace(file, { create: false });
    expect(getMeta(db, 'name')).toBe(SCENARIO_NAME);
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT count(*) AS n FROM records')).toBe(counts.records);
    expect(n('SELECT count(*) AS n FROM ground_truth')).toBe(counts.records);
    expect(n('SELECT count(*) AS n FROM links')).toBe(counts.links);
    db.close();
  });

  it('refuses to overwrite an existing file, and leaves it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'existing.thorline');
    fs.writeFileSync(file, 'analyst notes');
    expect(() => createScenarioWorkspace(file)).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('analyst notes');
    expect(fs.readdirSync(dir)).toEqual(['existing.thorline']);
  });

  it('replaces an existing file when told to overwrite', () => {
    const dir = tempDir();
    const file = path.join(dir, 'existing.thorline');
    fs.writeFileSync(file, 'old');
    fs.writeFileSync(`${file}-wal`, 'stale log of the old file');
    createScenarioWorkspace(file, { overwrite: true });
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const db = openWorkspace(file, { create: false });
    expect(getMeta(db, 'name')).toBe(SCENARIO_NAME);
    db.close();
  });

  it('cleans up its temporary files when filling the workspace fails, leaving no file behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.thorline');
    expect(() =>
      writeWorkspaceAtomically(file, {}, (db) => {
        db.exec("INSERT INTO workspace_meta (key, value) VALUES ('name', 'half')");
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
