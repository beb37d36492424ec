// The built main process (dist-electron/main.cjs) run in Node against a stand-in electron
// module, with the real store worker thread and job workers it starts from dist-electron/:
// one call goes end to end from the built preload's bridge through IPC and the sender check
// to dispatch in the worker, on a real workspace file, and back in the renderer's shape.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listCases } from '../../db/queries/cases';
import { createScenarioWorkspace } from '../../db/scenario';
import { openWorkspace } from '../../db/store/open-workspace';
import { CALL_CHANNEL, EVENT_CHANNEL, SAVE_FILE_CHANNEL } from '../../electron/ipc/channels';
import { bridgeClient } from '../../renderer/src/client/bridge-client';
import type { JobStatus } from '../../shared/contract/matching-model';
import { writePurchaseCsv } from '../bench/purchase-csv';
import { sampleSpec, upload } from '../unit/import/helpers';
import { builtFile, ensureBuilt } from './built-files';
import { rendererOf, runBuiltMain, settled, startBuiltMain, type BuiltMain } from './built-main';
import { invokeEvent, StandInBrowserWindow } from './stand-in-electron';

const APP_PAGE = 'app://thorline/index.html';
let dir: string;
let running: BuiltMain | undefined;

beforeAll(() => ensureBuilt(), 180_000);

afterEach(async () => {
  // Closing the last window closes the workspace and quits, as in the app.
  const e = running;
  running = undefined;
  if (e && StandInBrowserWindow.created[0]) {
    StandInBrowserWindow.created[0].close();
    e.appEvents.emit('window-all-closed');
    await vi.waitFor(() => expect(e.app.quit).toHaveBeenCalled(), { timeout: 10_000 });
  }
  delete process.env.THORLINE_WORKSPACE;
  await settled(dir);
  fs.rmSync(dir, { recursive: true, force: true });
});

function scenario(name = 'scenario.thorline'): { file: string; cases: string[] } {
  const file = path.join(dir, name);
  createScenarioWorkspace(file);
  const db = openWorkspace(file, { create: false });
  const cases = listCases(db).map((c) => c.number);
  db.close();
  return { file, cases };
}

function start(workspacePath: string) {
  return startBuiltMain(
    workspacePath,
    { userData: path.join(dir, 'user'), documents: dir },
    (e) => (running = e),
  );
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-main-'));
});

describe('built main process', () => {
  it('answers a call end to end: preload → IPC with sender check → store worker → workspace file', async () => {
    const { file, cases } = scenario();
    const { e, window } = await start(file);
    expect(e.app.enableSandbox).toHaveBeenCalled();
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window.options.webPreferences?.preload).toBe(builtFile('preload.cjs'));
    expect(window.loaded).toBe(APP_PAGE);
    expect(window.title).toBe('scenario.thorline — Thorline');
    expect([...e.ipcMain.handlers.keys()].sort()).toEqual([CALL_CHANNEL, SAVE_FILE_CHANNEL].sort());

    const client = bridgeClient(rendererOf(e, window));
    const listed = await client.call('cases.list', {});
    expect(listed.map((c) => c.number)).toEqual(cases);
    expect(cases.length).toBeGreaterThan(10);

    // A write commits in the worker, and its change event reaches the window.
    await client.call('matching.settings.set', { analyst: 'Sample Analyst' });
    expect((await client.call('matching.settings.get', {})).analyst).toBe('Sample Analyst');
    expect(
      window.webContents.sent.some(
        ([channel, event]) => channel === EVENT_CHANNEL && event === 'workspace.changed',
      ),
    ).toBe(true);

    const foreign = invokeEvent({ contentsId: window.webContents.id, url: 'https://attacker.example/' });
    expect(await e.ipcMain.invoke(CALL_CHANNEL, foreign, 'cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('runs a matching job in the built matching worker, started by the store worker', async () => {
    const { file } = scenario();
    const { e, window } = await start(file);
    const client = bridgeClient(rendererOf(e, window));
    const job = await client.call('matching.start', {});
    let status: JobStatus = job;
    await vi.waitFor(
      async () => {
        status = await client.call('jobs.status', { jobId: job.jobId });
        expect(status.state).not.toBe('running');
      },
      { timeout: 60_000, interval: 250 },
    );
    expect(status).toMatchObject({ state: 'done' });
    expect(status.recordsDone).toBeGreaterThan(0);
  }, 90_000);

  // From dist-electron/ there is no TypeScript source to fall back on: a job only runs if the
  // store worker found the built worker file beside it.
  it('runs a table import in the built import worker, started by the store worker', async () => {
    const { file } = scenario();
    const { e, window } = await start(file);
    const client = bridgeClient(rendererOf(e, window));
    const csv = path.join(dir, 'purchases.csv');
    await writePurchaseCsv(csv, 200);
    const job = await client.call('import.start', {
      file: upload('purchases.csv', fs.readFileSync(csv)),
      spec: sampleSpec(),
      case: { number: 'DESK-2026-01', title: 'Desktop import' },
      match: false,
    });
    let status: JobStatus = job;
    await vi.waitFor(
      async () => {
        status = await client.call('jobs.status', { jobId: job.jobId });
        expect(status.state).not.toBe('running');
      },
      { timeout: 60_000, interval: 250 },
    );
    expect(status).toMatchObject({ state: 'done', importReport: { rowsRead: 200, rowsImported: 200 } });
    expect((await client.call('cases.list', {})).map((c) => c.number)).toContain('DESK-2026-01');
  }, 90_000);

  it('ends with exit code 1, one line and a dialog when the workspace is not a workspace', async () => {
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'not a database');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const e = runBuiltMain(notes, { userData: path.join(dir, 'user'), documents: dir });
      await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalledWith(1), { timeout: 20_000 });
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]?.[0])).toMatch(
        /^Thorline could not start: .*is not a Thorline workspace/,
      );
      expect(e.dialog.showErrorBox).toHaveBeenCalledWith(
        'Thorline could not start',
        expect.stringMatching(/is not a Thorline workspace/),
      );
      expect(StandInBrowserWindow.created).toHaveLength(0);
      expect(fs.readFileSync(notes, 'utf8')).toBe('not a database');
    } finally {
      if (ci !== undefined) process.env.CI = ci;
      errors.mockRestore();
    }
  });

  it('a .thorline file named on the command line that does not exist is refused, not created', async () => {
    const missing = path.join(dir, 'missing.thorline');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const argv = process.argv;
    process.argv = [...argv, missing];
    try {
      const e = runBuiltMain(undefined, { userData: path.join(dir, 'user'), documents: dir });
      await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalledWith(1), { timeout: 20_000 });
      expect(String(errors.mock.calls[0]?.[0])).toMatch(
        /missing\.thorline does not exist\. Nothing was created/,
      );
      expect(fs.existsSync(missing)).toBe(false);
    } finally {
      process.argv = argv;
      errors.mockRestore();
    }
  });

  it('a second launch hands over to the first instance and ends without a window', () => {
    const e = runBuiltMain(path.join(dir, 'x.thorline'), {
      userData: path.join(dir, 'user'),
      documents: dir,
      gotLock: false,
    });
    expect(e.app.quit).toHaveBeenCalled();
    expect(e.app.enableSandbox).not.toHaveBeenCalled();
    expect(e.appEvents.listenerCount('second-instance')).toBe(0);
    expect(fs.existsSync(path.join(dir, 'x.thorline'))).toBe(false);
  });
});
