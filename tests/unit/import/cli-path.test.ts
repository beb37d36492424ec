// The streaming path the CLI and the benchmark use: a killed import leaves the workspace
// exactly as before; a bad byte far into a file is caught while streaming; exit codes.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importTableFile } from '../../../db/import/run-import';
import { parseSpec } from '../../../db/import/spec';
import { shouldDeferIndexes } from '../../../db/import/writer';
import { openWorkspace } from '../../../db/store/open-workspace';
import { PURCHASE_HEADER, purchaseRow, writePurchaseCsv } from '../../bench/purchase-csv';
import { FIXTURES, sampleSpec, snapshot } from './helpers';

const ROOT = path.resolve(FIXTURES, '../../..');
const SPEC = path.join(FIXTURES, 'purchases.spec.json');
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-import-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function seededWorkspace(dir: string): Promise<string> {
  const file = path.join(dir, 'office.thorline');
  const db = openWorkspace(file);
  await importTableFile(db, {
    file: { name: 'purchases.csv', path: path.join(FIXTURES, 'purchases.csv') },
    spec: parseSpec(sampleSpec()),
    target: { number: 'BASE-1' },
    skipInvalidRows: false,
  });
  db.close();
  return file;
}

function state(file: string) {
  const db = openWorkspace(file);
  const out = {
    integrity: db.pragma('integrity_check', { simple: true }),
    tables: snapshot(db),
    schema: db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all(),
  };
  db.close();
  return out;
}

describe('import from the command line', () => {
  it('leaves the workspace exactly as before when killed mid-import (SIGKILL)', async () => {
    const dir = tempDir();
    const workspace = await seededWorkspace(dir);
    const csv = path.join(dir, 'big.csv');
    await writePurchaseCsv(csv, 200_000);
    const before = state(workspace);
    const child = spawn(
      'npx',
      [
        'tsx',
        'db/cli/import.ts',
        '--workspace',
        workspace,
        '--case',
        'KILL-1',
        '--spec',
        SPEC,
        '--progress',
        csv,
      ],
      { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'] }, // detached: its own process group
    );
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Kill once 50,000 rows have been read and written into the open transaction.
    const midway = await new Promise<number>((resolve, reject) => {
      let seen = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const rows = [...seen.matchAll(/progress (\d+) rows/g)].map((m) => Number(m[1]));
        if (rows.length && rows[rows.length - 1]! >= 50_000) resolve(rows[rows.length - 1]!);
      });
      void exited.then(() => reject(new Error(`the import ended before it could be killed: ${seen}`)));
    });
    expect(midway).toBeLessThan(200_000);
    expect(fs.existsSync(`${workspace}-wal`)).toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    const after = state(workspace);
    expect(after.integrity).toBe('ok');
    expect(after.tables).toEqual(before.tables);
    expect(after.schema).toEqual(before.schema);
  }, 180_000);

  /** A seeded workspace, its state, an open connection, and a 30,000-row purchase log beside it. */
  async function largeImportSetup() {
    const dir = tempDir();
    const workspace = await seededWorkspace(dir);
    const csv = path.join(dir, 'rows.csv');
    await writePurchaseCsv(csv, 30_000);
    return { workspace, csv, before: state(workspace), db: openWorkspace(workspace) };
  }

  it('stops when cancelled mid-file, with nothing written', async () => {
    const { workspace, csv, before, db } = await largeImportSetup();
    const cancel = new AbortController();
    const seen: number[] = [];
    const run = importTableFile(db, {
      file: { name: 'rows.csv', path: csv },
      spec: parseSpec(sampleSpec()),
      target: { number: 'CANCEL' },
      skipInvalidRows: false,
      signal: cancel.signal,
      onProgress: (n) => {
        seen.push(n);
        cancel.abort();
      },
    });
    await expect(run).rejects.toThrow('The import was cancelled; nothing was written.');
    expect(seen).toEqual([10_000]);
    expect(db.inTransaction).toBe(false);
    db.close();
    const after = state(workspace);
    expect(after.tables).toEqual(before.tables);
    // The indexes a large import drops while it writes are back.
    expect(after.schema).toEqual(before.schema);
  });

  it('rebuilds the indexes a large import drops while it writes; every foreign key holds', async () => {
    const { workspace, csv, before, db } = await largeImportSetup();
    expect(shouldDeferIndexes(db, 30_000 * 5)).toBe(true);
    const report = await importTableFile(db, {
      file: { name: 'rows.csv', path: csv },
      spec: parseSpec(sampleSpec()),
      target: { number: 'LARGE-1' },
      skipInvalidRows: false,
    });
    // The import writes with foreign-key checks off: every reference must still hold,
    // and the connection checks them again afterwards.
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(report.rowsImported).toBe(30_000);
    const after = state(workspace);
    expect(after.schema).toEqual(before.schema);
    // integrity_check compares every index with its table, entry by entry.
    expect(after.integrity).toBe('ok');
  }, 60_000);

  it('catches invalid UTF-8 far into a streamed file and writes nothing', async () => {
    const dir = tempDir();
    const workspace = await seededWorkspace(dir);
    const rows = Array.from({ length: 3000 }, (_, i) => purchaseRow(i + 1, 50, 5));
    const csv = path.join(dir, 'late.csv');
    fs.writeFileSync(
      csv,
      Buffer.concat([
        Buffer.from(`${PURCHASE_HEADER}\n${rows.join('\n')}\n`),
        Buffer.from('S-9,Jos\xe9,1990-01-01,,Dealer,,TST9,M,X,2021-01-01\n', 'latin1'),
      ]),
    );
    expect(fs.statSync(csv).size).toBeGreaterThan(128 * 1024);
    const before = state(workspace);
    const db = openWorkspace(workspace);
    const r = await importTableFile(db, {
      file: { name: 'late.csv', path: csv },
      spec: parseSpec(sampleSpec()),
      target: { number: 'LATE' },
      skipInvalidRows: true,
    });
    db.close();
    expect(r.written).toBe(false);
    expect(r.problems[0]?.message).toMatch(
      /^the file is not valid UTF-8 \(byte 0xe9 at offset \d+\); set the encoding to "latin1" or "auto"/,
    );
    expect(state(workspace).tables).toEqual(before.tables);
  });

  it('prints a report and exits 0, 1 on refused rows, 2 on wrong usage', () => {
    const dir = tempDir();
    const workspace = path.join(dir, 'cli.thorline');
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'db/cli/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const args = ['--case', 'CLI-1', '--spec', SPEC, path.join(FIXTURES, 'purchases.csv')];
    const mistyped = run('--workspace', workspace, ...args);
    expect(mistyped.status).toBe(3);
    expect(mistyped.stderr).toMatch(/Workspace file not found: .*cli\.thorline.*add --create/);
    expect(fs.existsSync(workspace)).toBe(false);
    const ok = run('--workspace', workspace, '--create', ...args);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^Imported into case CLI-1/);
    expect(ok.stdout).toMatch(/records added 20, links added 21/);
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, `${PURCHASE_HEADER}\nS-1,Dana,1990-02-30,,Dealer,,TST1,M,X,2021-02-30\n`);
    const refused = run('--workspace', workspace, '--case', 'CLI-2', '--spec', SPEC, bad);
    expect(refused.status).toBe(1);
    // The required purchase date refuses the row (an impossible date of birth is only left out).
    expect(refused.stdout).toMatch(/bad\.csv, row 2, column "Date": impossible date "2021-02-30"/);
    const usage = run('--workspace', workspace, bad);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^import: --workspace, --case, --spec and one data file are required/);
  }, 60_000);
});
