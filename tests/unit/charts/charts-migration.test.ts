// The saved-charts migration on a real workspace of the schema before it: the committed
// fixture of the schema just before it, and a file written here by the migrations before
// this one. It
// opens at the latest schema with no charts and no session, and a chart of its entities
// saved there is read back after the file is closed and reopened.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChartDocument, SavedChart, SavedChartSummary } from '../../../shared/contract/chart-model';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../../db/store/migrations';
import { openWorkspace, schemaVersion, THORLINE_APPLICATION_ID } from '../../../db/store/open-workspace';
import { insertCase, insertRecord } from '../../../db/store/write-case-data';
import { workbench } from '../import/helpers';

const CHARTS = MIGRATIONS.find((m) => m.name === 'saved charts')!;
const FIXTURE = path.resolve(__dirname, `../../fixtures/workspaces/schema-v${CHARTS.version - 1}.thorline`);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-charts-v4-'));
  dirs.push(dir);
  return path.join(dir, 'cases-v4.thorline');
}

function copyOfV4(): string {
  const file = tempFile();
  fs.copyFileSync(FIXTURE, file);
  return file;
}

/** A workspace as the build before saved charts wrote it: its migrations only, then four entities. */
function writtenBeforeCharts(): string {
  const file = tempFile();
  const db = new Database(file);
  for (const m of MIGRATIONS.filter((m) => m.version < CHARTS.version)) {
    db.exec(m.sql);
    db.pragma(`application_id = ${THORLINE_APPLICATION_ID}`);
    db.pragma(`user_version = ${m.version}`);
  }
  const caseId = insertCase(db, {
    number: 'SMP-2021-001',
    title: 'Sample Street purchases',
    agency: 'Sample PD',
    status: 'open',
    openedOn: '2021-01-04',
    jurisdiction: 'Sample County',
  });
  const source = { kind: 'manual' as const };
  insertRecord(db, { caseId, type: 'person', label: 'Dana Sample', fields: { name: 'Dana Sample' }, source });
  insertRecord(db, {
    caseId,
    type: 'phone',
    label: '(555) 010-0188',
    fields: { number: '(555) 010-0188' },
    source,
  });
  insertRecord(db, {
    caseId,
    type: 'firearm',
    label: 'TRN-SMP-0901',
    fields: { serial: 'TRN-SMP-0901' },
    source,
  });
  insertRecord(db, {
    caseId,
    type: 'address',
    label: '12 Sample Street',
    fields: { street: '12 Sample Street' },
    source,
  });
  db.close();
  return file;
}

const SOURCES = [
  ['the committed fixture of the schema before', copyOfV4],
  ['a file written by the migrations before saved charts', writtenBeforeCharts],
] as const;

describe.each(SOURCES)('upgrading %s to saved charts', (_name, makeFile) => {
  it('adds the charts tables, empty, and keeps a chart saved there across a reopening', async () => {
    const file = makeFile();
    const first = workbench(openWorkspace(file));
    expect(schemaVersion(first.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(CHARTS.version);
    expect(await first.call('charts.list', {})).toEqual([]);
    expect(await first.call('charts.session.get', {})).toBeNull();

    const entities = first.db.prepare('SELECT id FROM entities ORDER BY id').pluck().all() as number[];
    const doc: ChartDocument = {
      version: 1,
      caseIds: null,
      entities,
      positions: Object.fromEntries(entities.map((id) => [String(id), { x: id * 33.3, y: -id / 7 }])),
      hidden: [],
      pinned: [],
      groups: [],
      styles: {},
      annotations: [],
      layoutId: 'grid',
      viewport: { zoom: 0.8, pan: { x: 12, y: 34 } },
    };
    const saved = await first.call<SavedChartSummary>('charts.save', {
      name: 'Old workspace chart',
      document: doc,
    });
    first.db.close();

    const second = workbench(openWorkspace(file));
    const back = await second.call<SavedChart>('charts.get', { chartId: saved.id });
    expect(JSON.stringify(back.document)).toBe(JSON.stringify(doc));
    expect(back.entityCount).toBe(4);
    second.db.close();
  });
});
