// The large hostile inputs, generated into a temporary folder: a workbook bomb, a
// 1,000,000-row CSV, a 150,000-node GraphML file, a 50 MB file with no line break, and
// a 70,000-row case exported as a package and imported again. Each answers coded within
// bounded time and host memory (printed), and the host still answers afterwards.
import { MAX_BUDGET } from '../../shared/contract/budget';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFiles, importExchangeFile } from '../../db/exchange/exchange-files';
import { importTableFile } from '../../db/import/run-import';
import { parseSpec } from '../../db/import/spec';
import { createScenarioWorkspace } from '../../db/scenario/seed';
import { openWorkspace } from '../../db/store/open-workspace';
import type { ImportPreview, ImportReport, PackageImportReport } from '../../shared/contract/exchange-model';
import { writePurchaseCsv } from '../bench/purchase-csv';
import {
  call,
  startHost,
  upload,
  workspaceState,
  type Measured,
  type RunningHost,
} from '../unit/hostile/harness';
import { writeLargeInputs } from '../unit/hostile/large-inputs';

const ROOT = path.resolve(__dirname, '../..');
const SPEC_FILE = path.join(ROOT, 'tests/fixtures/import/purchases.spec.json');
const spec = JSON.parse(fs.readFileSync(SPEC_FILE, 'utf8')) as unknown;

let dir: string;
let workspace: string;
let host: RunningHost;
let files: Record<string, string>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-hostile-large-'));
  workspace = path.join(dir, 'training.thorline');
  createScenarioWorkspace(workspace);
  files = await writeLargeInputs(dir);
  host = await startHost(workspace, dir);
});

afterAll(async () => {
  await host?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function report(label: string, m: Measured<unknown>): void {
  const extra = Math.round(m.rssPeak - m.rssBefore);
  process.stdout.write(
    `${label}: ${m.seconds.toFixed(1)} s, host RSS ${Math.round(m.rssBefore)} MB → peak ${Math.round(m.rssPeak)} MB (+${extra} MB)\n`,
  );
  if (!m.result.ok) expect(m.result.error.code, m.result.error.message).not.toBe('INTERNAL');
  // What the answer says about the input (an error, or problems) stays short; data may be large.
  const said = m.result.ok ? ((m.result.value as { problems?: unknown }).problems ?? []) : m.result.error;
  expect(JSON.stringify(said).length, `${label}: size of the problems or error`).toBeLessThan(500_000);
}

async function expectHostAnswers(): Promise<void> {
  expect((await call(host, 'workspace.info', {})).result.ok).toBe(true);
}

function cli(...args: string[]) {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'db/cli/import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { ...r, seconds: (performance.now() - started) / 1000 };
}

describe('large hostile inputs against the browser host and the import CLI', () => {
  it('a workbook bomb (18 MB expanding to 6 GB) is refused quickly, memory flat', async () => {
    const before = workspaceState(workspace);
    const preview = await call<ImportPreview>(host, 'import.preview', { file: upload(files.bomb!), spec });
    report('bomb preview', preview);
    expect(preview.seconds).toBeLessThan(60);
    expect(preview.rssPeak - preview.rssBefore).toBeLessThan(700);
    expect(preview.result.ok && preview.result.value.problems[0]?.message).toMatch(
      /cannot read the workbook: .*(shared strings|expands)/,
    );
    const run = await call<ImportReport>(host, 'import.run', {
      file: upload(files.bomb!),
      spec,
      case: { number: 'BOMB-1' },
      match: false,
    });
    report('bomb run', run);
    expect(run.result.ok && run.result.value.written).toBe(false);
    expect(workspaceState(workspace)).toEqual(before);
    const c = cli('--workspace', workspace, '--case', 'BOMB-2', '--spec', SPEC_FILE, files.bomb!);
    process.stdout.write(`bomb CLI: exit ${c.status} in ${c.seconds.toFixed(1)} s\n`);
    expect(c.status).toBe(1);
    expect(c.stdout).toMatch(/cannot read the workbook/);
    expect(workspaceState(workspace)).toEqual(before);
    await expectHostAnswers();
  });

  it('a 1,000,000-row CSV: the preview reads only what it shows; import.run points to import.start', async () => {
    const before = workspaceState(workspace);
    const preview = await call<ImportPreview>(host, 'import.preview', {
      file: upload(files.csv!),
      spec,
      limit: 20,
    });
    report('1M-row preview', preview);
    expect(preview.seconds).toBeLessThan(60);
    expect(preview.result.ok && preview.result.value.truncated).toBe(true);
    expect(preview.result.ok && preview.result.value.rows).toHaveLength(20);
    const run = await call(host, 'import.run', {
      file: upload(files.csv!),
      spec,
      case: { number: 'BIG-1' },
      match: false,
    });
    report('1M-row import.run', run);
    expect(run.result.ok ? 'imported' : run.result.error.code).toBe('INVALID_INPUT');
    expect(workspaceState(workspace)).toEqual(before);
    await expectHostAnswers();
  });

  it('a 50 MB file with no line break gets a short coded answer, over HTTP and from the CLI', async () => {
    const before = workspaceState(workspace);
    const preview = await call<ImportPreview>(host, 'import.preview', { file: upload(files.oneLine!), spec });
    report('one-line preview', preview);
    expect(preview.seconds).toBeLessThan(60);
    const text = JSON.stringify(preview.result);
    expect(text.length).toBeLessThan(5_000);
    expect(text).toMatch(/runs past 8 MB without a line break/);
    const c = cli('--workspace', workspace, '--case', 'LINE-1', '--spec', SPEC_FILE, files.oneLine!);
    process.stdout.write(
      `one-line CLI: exit ${c.status}, ${c.stdout.length + c.stderr.length} characters printed\n`,
    );
    expect(c.status).toBe(1);
    expect(c.stdout.length + c.stderr.length).toBeLessThan(5_000);
    expect(workspaceState(workspace)).toEqual(before);
    await expectHostAnswers();
  });

  it('a 150,000-node GraphML file imports (no stack overflow over 125,000 records), its hub opens', async () => {
    const m = await call<PackageImportReport>(host, 'exchange.import', { file: upload(files.graphml!) });
    report('150,000-node GraphML', m);
    expect(m.result.ok && m.result.value.written, JSON.stringify(m.result).slice(0, 500)).toBe(true);
    expect(m.result.ok && m.result.value.recordsAdded).toBe(150_001);
    const db = new Database(workspace, { readonly: true });
    const hub = db
      .prepare(
        "SELECT m.entity_id FROM records r JOIN entity_members m ON m.record_id = r.id WHERE r.external_id = 'node:hub'",
      )
      .pluck()
      .get() as number;
    db.close();
    // An expansion is capped (the chart's budget): the largest one allowed, and the rest counted.
    const around = await call<{ nodes: unknown[]; omitted: { entities: number } }>(host, 'graph.neighbours', {
      entityId: hub,
      limit: MAX_BUDGET,
    });
    report('neighbours of a 40,000-link hub', around);
    expect(around.result.ok && around.result.value.nodes.length).toBe(MAX_BUDGET + 1);
    expect(around.result.ok && around.result.value.omitted.entities).toBe(40_000 - MAX_BUDGET);
    await expectHostAnswers();
  });

  it('a 70,000-row case exports to a package the workbench imports again', async () => {
    const source = openWorkspace(path.join(dir, 'big-case.thorline'));
    const csv = path.join(dir, 'purchases-70k.csv');
    await writePurchaseCsv(csv, 70_000);
    const imported = await importTableFile(source, {
      file: { name: 'purchases-70k.csv', path: csv },
      spec: parseSpec(spec),
      target: { number: 'BIG-70K' },
      skipInvalidRows: false,
    });
    expect(imported.written).toBe(true);
    const [file] = exportFiles(source, { format: 'package' }, path.join(dir, 'big-case.thorline'));
    const bytes = Buffer.from(file!.data, file!.encoding === 'base64' ? 'base64' : 'utf8');
    process.stdout.write(
      `70,000-row package: ${file!.name}, ${(bytes.length / 2 ** 20).toFixed(1)} MB (${imported.recordsAdded} records)\n`,
    );
    expect(file!.name).toMatch(/\.thorline-package\.zip$/);
    expect(Math.ceil(bytes.length / 3) * 4).toBeLessThan(200_000_000); // the upload limit, in base64
    const target = openWorkspace(path.join(dir, 'colleague.thorline'));
    const started = performance.now();
    const back = target.transaction(() => importExchangeFile(target, file!.name, bytes))();
    process.stdout.write(
      `70,000-row package import: ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    expect(back.problems).toEqual([]);
    expect(back.written).toBe(true);
    expect(back.recordsAdded).toBe(imported.recordsAdded);
    source.close();
    target.close();
  });
});
