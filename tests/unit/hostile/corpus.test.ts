// The hostile-input corpus against the real browser host: every input gets a coded
// answer (never INTERNAL), within bounded time and memory; a refused input leaves the
// workspace exactly as it was, an accepted one only adds; and the host still answers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenarioWorkspace } from '../../../db/scenario/seed';
import type { EntityDetail } from '../../../shared/contract/model';
import type { PackageImportReport } from '../../../shared/contract/exchange-model';
import {
  call,
  newEntityIds,
  recordsChecksum,
  startHost,
  upload,
  workspaceState,
  type Measured,
  type RunningHost,
} from './harness';
import { writeWorkbookBomb } from './large-inputs';

const CORPUS = path.resolve(__dirname, '../../fixtures/hostile');
const PURCHASE_SPEC = path.resolve(CORPUS, '../import/purchases.spec.json');
const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'corpus.json'), 'utf8')) as {
  tables: { file: string; spec: string; accepted?: boolean }[];
  exchange: { file: string; accepted?: boolean; message?: string }[];
};

/** Generous bounds for one small input on a shared 2-core machine. */
const MAX_SECONDS = 20;
const MAX_EXTRA_MB = 300;

let dir: string;
let workspace: string;
let host: RunningHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-hostile-'));
  workspace = path.join(dir, 'training.thorline');
  createScenarioWorkspace(workspace);
  host = await startHost(workspace, dir);
}, 120_000);

afterAll(async () => {
  await host?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const specOf = (name: string) =>
  JSON.parse(
    fs.readFileSync(name === 'purchases' ? PURCHASE_SPEC : path.join(CORPUS, name), 'utf8'),
  ) as unknown;

function expectBounded(m: Measured<unknown>, label: string): void {
  if (!m.result.ok) expect(m.result.error.code, `${label}: ${m.result.error.message}`).not.toBe('INTERNAL');
  expect(m.seconds, `${label}: seconds`).toBeLessThan(MAX_SECONDS);
  expect(m.rssPeak - m.rssBefore, `${label}: extra MB of host memory`).toBeLessThan(MAX_EXTRA_MB);
  const text = JSON.stringify(m.result);
  expect(text.length, `${label}: answer size`).toBeLessThan(200_000);
}

async function expectHostAnswers(): Promise<void> {
  const info = await call(host, 'workspace.info', {});
  expect(info.result.ok).toBe(true);
}

/** Entities of the records added after maxId each open in the inspector, without built-ins leaking in. */
async function expectNewEntitiesOpen(maxId: number): Promise<void> {
  const entityIds = newEntityIds(workspace, maxId);
  expect(entityIds.length).toBeGreaterThan(0);
  for (const entityId of entityIds) {
    const detail = await call<EntityDetail>(host, 'entities.get', { entityId });
    expect(detail.result.ok, JSON.stringify(detail.result).slice(0, 300)).toBe(true);
    expect(JSON.stringify(detail.result)).not.toMatch(/native code|function Object|\[object Object\]/);
  }
}

describe('hostile table files (import.preview, import.run)', () => {
  for (const entry of manifest.tables) {
    it(`${entry.file} with ${entry.spec}${entry.accepted ? ' imports, adding only' : ' is refused, coded'}`, async () => {
      const file = path.join(CORPUS, entry.file);
      const spec = specOf(entry.spec);
      const before = workspaceState(workspace);
      const oldRecords = recordsChecksum(workspace, before.maxRecordId);
      const preview = await call(host, 'import.preview', { file: upload(file), spec, limit: 20 });
      expectBounded(preview, 'preview');
      expect(workspaceState(workspace)).toEqual(before);
      const run = await call<{ written: boolean }>(host, 'import.run', {
        file: upload(file),
        spec,
        case: { number: `HOSTILE-${path.basename(entry.file)}-${entry.spec}`.slice(0, 64) },
        match: false,
      });
      expectBounded(run, 'run');
      if (entry.accepted) {
        expect(run.result.ok && run.result.value.written, JSON.stringify(run.result).slice(0, 500)).toBe(
          true,
        );
        expect(recordsChecksum(workspace, before.maxRecordId)).toBe(oldRecords);
        await expectNewEntitiesOpen(before.maxRecordId);
      } else {
        expect(run.result.ok ? run.result.value.written : false).toBe(false);
        expect(workspaceState(workspace)).toEqual(before);
      }
      await expectHostAnswers();
    });
  }
});

describe('a workbook bomb (generated: 1.5 MB expanding to 512 MB of shared strings)', () => {
  it('is refused by import.preview and import.run in bounded time and memory', async () => {
    const bomb = path.join(dir, 'bomb.xlsx');
    writeWorkbookBomb(bomb, 512);
    const before = workspaceState(workspace);
    for (const name of ['import.preview', 'import.run']) {
      const m = await call<{ written?: boolean; problems: { message: string }[] }>(host, name, {
        file: upload(bomb),
        spec: specOf('purchases'),
        case: name === 'import.run' ? { number: 'BOMB-1' } : undefined,
        match: name === 'import.run' ? false : undefined,
      });
      expectBounded(m, name);
      expect(m.result.ok && m.result.value.problems[0]?.message).toMatch(
        /cannot read the workbook: .*(shared strings|expands)/,
      );
    }
    expect(workspaceState(workspace)).toEqual(before);
    await expectHostAnswers();
  });
});

describe('hostile exchange files (exchange.import)', () => {
  for (const entry of manifest.exchange) {
    it(`${entry.file}${entry.accepted ? ' imports, adding only' : ' is refused, coded'}`, async () => {
      const before = workspaceState(workspace);
      const oldRecords = recordsChecksum(workspace, before.maxRecordId);
      const m = await call<PackageImportReport>(host, 'exchange.import', {
        file: upload(path.join(CORPUS, entry.file)),
      });
      expectBounded(m, entry.file);
      const answer = JSON.stringify(m.result);
      if (entry.accepted) {
        expect(m.result.ok && m.result.value.written, answer.slice(0, 500)).toBe(true);
        expect(recordsChecksum(workspace, before.maxRecordId)).toBe(oldRecords);
        await expectNewEntitiesOpen(before.maxRecordId);
      } else {
        expect(m.result.ok ? m.result.value.written : false, answer.slice(0, 500)).toBe(false);
        const said = m.result.ok
          ? m.result.value.problems.map((p) => p.message).join('\n')
          : m.result.error.message;
        expect(said).toContain(entry.message!);
        expect(workspaceState(workspace)).toEqual(before);
      }
      await expectHostAnswers();
    });
  }
});
