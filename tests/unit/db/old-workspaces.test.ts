// Upgrades tested on real old files: the workspaces committed in tests/fixtures/workspaces
// were written by the migrations of schema 1 to 7 (make-old-workspaces.ts). Each is
// opened by today's build, upgraded, and read back through the calls the workbench makes;
// a byte-for-byte copy of the file as it was is left beside it before anything changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { LATEST_SCHEMA_VERSION } from '../../../db/store/migrations';
import { upgradeOf } from '../../../db/store/migrations/backup';
import { openWorkspace, schemaVersion } from '../../../db/store/open-workspace';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/workspaces');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the fixture in a folder of its own, so the backup lands where we can look. */
function copyOf(version: number): { file: string; original: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-upgrade-'));
  dirs.push(dir);
  const file = path.join(dir, `cases-v${version}.thorline`);
  fs.copyFileSync(path.join(FIXTURES, `schema-v${version}.thorline`), file);
  return { file, original: fs.readFileSync(file) };
}

async function call(db: ReturnType<typeof openWorkspace>, file: string, name: string, input: unknown) {
  const dispatch = createDispatch({ db, workspacePath: file, emit: () => undefined });
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as never;
}

const VERSIONS = [1, 2, 3, 4, 5, 6, 7];
/** Fixtures older than this build's schema: opening them migrates. */
const OLDER = VERSIONS.filter((v) => v < LATEST_SCHEMA_VERSION);

describe.each(VERSIONS)('a workspace written at schema %i', (version) => {
  it('opens at the latest schema with its cases, records, entities and links intact', async () => {
    const { file } = copyOf(version);
    const db = openWorkspace(file);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const info = await call(db, file, 'workspace.info', {});
      expect(info).toMatchObject({
        schemaVersion: LATEST_SCHEMA_VERSION,
        caseCount: 2,
        recordCount: 5,
        entityCount: 4, // the two records of the shared phone are one entity
        linkCount: 3,
        hasGroundTruth: true,
      });
      const cases: { number: string }[] = await call(db, file, 'cases.list', {});
      expect(cases.map((c) => c.number).sort()).toEqual(['SMP-2021-001', 'SMP-2022-014']);
      const hits: { label: string }[] = await call(db, file, 'search.entities', { query: 'Sample Arms' });
      expect(hits.map((h) => h.label)).toContain('TRN-SMP-0901 rifle');
      const phone: { members: { record: { id: number }; reason: string }[] } = await call(
        db,
        file,
        'entities.get',
        { entityId: 2 },
      );
      expect(phone.members.map((m) => [m.record.id, m.reason])).toEqual([
        [2, 'own'],
        [5, 'identifier'],
      ]);
      const connections = (await call(db, file, 'connections.list', {})) as {
        total: number;
        connections: unknown[];
      };
      expect(connections.total).toBe(1);
      expect(connections.connections).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});

describe.each(OLDER)('upgrading a workspace of schema %i', (version) => {
  it('leaves a byte-identical backup beside the file before migrating, and says where', () => {
    const { file, original } = copyOf(version);
    const db = openWorkspace(file, {});
    const upgrade = upgradeOf(db);
    db.close();
    const backups = fs.readdirSync(path.dirname(file)).filter((n) => n.includes('-backup-'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(
      new RegExp(`^cases-v${version}\\.thorline\\.v${version}-backup-\\d{4}-\\d\\d-\\d\\dT`),
    );
    const backup = path.join(path.dirname(file), backups[0]!);
    expect(upgrade).toEqual({ fromVersion: version, toVersion: LATEST_SCHEMA_VERSION, backupPath: backup });
    expect(fs.readFileSync(backup).equals(original)).toBe(true);
    expect(fs.readFileSync(file).equals(original)).toBe(false); // the file itself was upgraded
  });
});

describe('matching and import bookkeeping from older schemas', () => {
  it('keeps a schema-2 suggestion waiting for review and the audit entry', async () => {
    const { file } = copyOf(2);
    const db = openWorkspace(file);
    try {
      const pending = db
        .prepare("SELECT record_a, record_b FROM match_candidates WHERE status = 'pending'")
        .all();
      expect(pending).toEqual([{ record_a: 1, record_b: 4 }]);
      const audit: { entries?: unknown[] } | unknown[] = await call(db, file, 'audit.list', {});
      expect(JSON.stringify(audit)).toContain('Matching run 1 finished');
    } finally {
      db.close();
    }
  });

  it('keeps a schema-3 import fingerprint and saved specification', () => {
    const { file } = copyOf(3);
    const db = openWorkspace(file);
    try {
      expect(db.prepare('SELECT file_name FROM import_files').pluck().all()).toEqual([
        'sample-purchases.csv',
      ]);
      expect(db.prepare('SELECT name FROM import_specs').pluck().all()).toEqual(['Sample purchases']);
    } finally {
      db.close();
    }
  });
});

describe('migration 8: the case map keeps its case pairs', () => {
  it('fills the pairs of a schema-7 workspace as it upgrades it, so the case map reads them', async () => {
    const { file } = copyOf(7);
    const db = openWorkspace(file);
    try {
      // The two cases share the prepaid phone: one pair, joined by an identifier, no match.
      expect(db.prepare('SELECT * FROM case_pairs').all()).toEqual([
        { case_a: 1, case_b: 2, shared: 1, matched: 0 },
      ]);
      expect(db.prepare('SELECT entity_id, case_id FROM case_map_spans').all()).toEqual([
        { entity_id: 2, case_id: 1 },
        { entity_id: 2, case_id: 2 },
      ]);
      expect(db.prepare('SELECT count(*) FROM case_map_dirty').pluck().get()).toBe(0);
      const map = (await call(db, file, 'casemap.get', {})) as {
        links: unknown[];
        summary: { networks: number };
      };
      expect(map.links).toEqual([{ caseA: 1, caseB: 2, shared: 1, matched: 0 }]);
      expect(map.summary.networks).toBe(1);
      // The schema-7 hand placement came through untouched.
      expect(db.prepare('SELECT record_id, place_name FROM manual_places').all()).toEqual([
        { record_id: 4, place_name: 'Tucson' },
      ]);
    } finally {
      db.close();
    }
  });

  it('keeps the pairs current after a write on the upgraded file, and when it is opened again', async () => {
    const { file } = copyOf(7);
    let db = openWorkspace(file);
    await call(db, file, 'entities.unmerge', { recordId: 5 });
    db.close();
    db = openWorkspace(file);
    try {
      const map = (await call(db, file, 'casemap.get', {})) as {
        links: unknown[];
        summary: { apart: number };
      };
      expect(map.links).toEqual([]);
      expect(map.summary.apart).toBe(2);
      expect(db.prepare('SELECT count(*) FROM case_pairs').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('no upgrade, no backup', () => {
  it('there is a fixture for every schema before the latest', () => {
    expect(OLDER.length).toBeGreaterThanOrEqual(LATEST_SCHEMA_VERSION - 1);
    for (let v = 1; v < LATEST_SCHEMA_VERSION; v++) expect(VERSIONS).toContain(v);
  });

  it('makes no copy of a workspace already at the latest schema, nor on a second opening', () => {
    const { file } = copyOf(1);
    openWorkspace(file).close();
    const db = openWorkspace(file);
    expect(upgradeOf(db)).toBeNull();
    db.close();
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('-backup-'))).toHaveLength(1);
  });

  it('makes no copy of a new workspace', () => {
    const { file } = copyOf(1);
    const fresh = path.join(path.dirname(file), 'fresh.thorline');
    const db = openWorkspace(fresh);
    expect(upgradeOf(db)).toBeNull();
    db.close();
    expect(
      fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith('fresh') && n.includes('backup')),
    ).toEqual([]);
  });
});
