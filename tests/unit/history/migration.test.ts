// The history and grading migration on a real old workspace file: the committed fixture of
// an older schema is upgraded (through every later migration), its audit log is kept, and a
// data action on it can then be undone and graded.
// The fixture is the one of the schema just before this migration.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../db/store/migrations';
import { openWorkspace, schemaVersion } from '../../../db/store/open-workspace';
import type { HistoryStep } from '../../../shared/contract/history-model';
import { workbench } from '../import/helpers';

const mine = MIGRATIONS.find((m) => m.name === 'history and grading')!;
const FIXTURE = path.resolve(__dirname, `../../fixtures/workspaces/schema-v${mine.version - 1}.thorline`);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the history and grading migration', () => {
  it('upgrades an older workspace file, keeping its audit log, and undo and grading work on it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-migrate-'));
    dirs.push(dir);
    const file = path.join(dir, 'old.thorline');
    fs.copyFileSync(FIXTURE, file);
    const db = openWorkspace(file);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(mine.version).toBeLessThanOrEqual(LATEST_SCHEMA_VERSION);
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['audit_changes', 'record_grades', 'link_grades']));
      const columns = db.prepare("SELECT name FROM pragma_table_info('audit_log')").pluck().all();
      expect(columns).toContain('undone_at');

      const { call } = workbench(db);
      const caseId = db.prepare('SELECT min(id) FROM cases').pluck().get() as number;
      const before = db.prepare('SELECT count(*) FROM records').pluck().get();
      await call('facts.addEntity', { caseId, type: 'person', label: 'Wendell Samplesby' });
      const recordId = db
        .prepare("SELECT id FROM records WHERE label = 'Wendell Samplesby'")
        .pluck()
        .get() as number;
      await call('grading.set', { recordId, reliability: 'C', credibility: 3 });
      const steps: string[] = [];
      for (let i = 0; i < 2; i++) {
        const step = await call<HistoryStep>('history.latest', {});
        steps.push(step!.label);
        await call('history.undo', { auditId: step!.auditId });
      }
      expect(steps).toEqual(['grading of "Wendell Samplesby"', 'addition of Wendell Samplesby']);
      expect(db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(before);
    } finally {
      db.close();
    }
  });
});
