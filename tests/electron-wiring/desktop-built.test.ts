// Desktop behaviour of the built main process (dist-electron/main.cjs) with the stand-in
// electron: the store worker's crash and restart, the File menu's actions and the dialogs
// that answer bad input, a second launch, the remembered window, the app:// protocol, and
// what a packaged build turns off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { indicatorsAtThresholds } from '../../db/analysis/indicator-settings';
import { listCases } from '../../db/queries/cases';
import { createScaledWorkspace, createScenarioWorkspace } from '../../db/scenario';
import { openWorkspace } from '../../db/store/open-workspace';
import { bridgeClient } from '../../renderer/src/client/bridge-client';
import { ensureBuilt } from './built-files';
import {
  click,
  closeBuiltMain,
  menuItem,
  rendererOf,
  settled,
  startBuiltMain,
  type BuiltMain,
  type StandInOptions,
} from './built-main';
import { StandInBrowserWindow, StandInWebContents } from './stand-in-electron';

let dir: string;
let running: BuiltMain | undefined;

beforeAll(() => ensureBuilt(), 180_000);
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-desktop-'));
});
afterEach(async () => {
  if (running && StandInBrowserWindow.created[0]) await closeBuiltMain(running);
  running = undefined;
  delete process.env.THORLINE_WORKSPACE;
  await settled(dir);
  fs.rmSync(dir, { recursive: true, force: true });
});

function scenario(name: string): string {
  const file = path.join(dir, name);
  createScenarioWorkspace(file);
  return file;
}

function caseCount(file: string): { cases: number; integrity: unknown } {
  const db = openWorkspace(file, { create: false });
  try {
    return { cases: listCases(db).length, integrity: db.pragma('integrity_check', { simple: true }) };
  } finally {
    db.close();
  }
}

function start(file: string, extra: Partial<StandInOptions> = {}) {
  const options = { userData: path.join(dir, 'user'), documents: dir, ...extra };
  return startBuiltMain(file, options, (e) => (running = e));
}

/** Match suggestions in the file, and the state of each matching run. */
function matchRows(file: string): { candidates: number; runs: string[] } {
  const db = openWorkspace(file, { create: false, readOnly: true });
  try {
    const candidates = db.prepare('SELECT count(*) FROM match_candidates').pluck().get() as number;
    return { candidates, runs: db.prepare('SELECT state FROM match_runs').pluck().all() as string[] };
  } finally {
    db.close();
  }
}

/** The text of every message box shown so far. */
function messages(e: BuiltMain): string {
  return e.dialog.showMessageBox.mock.calls
    .map((call: unknown[]) => {
      const options = call.at(-1) as { message: string; detail?: string };
      return `${options.message}\n${options.detail ?? ''}`;
    })
    .join('\n---\n');
}

describe('store worker crash', () => {
  it('is shown, restarts, and the workspace is intact', async () => {
    const file = scenario('crash.thorline');
    const before = caseCount(file);
    const { e, window } = await start(file);
    const client = bridgeClient(rendererOf(e, window));
    expect(await client.call('cases.list', {})).toHaveLength(before.cases);

    const storeWorker = e.workers[0]!;
    const inFlight = [
      client.call('matching.settings.set', { analyst: 'Sample Analyst' }).then(
        () => 'ok',
        (err: Error) => err.message,
      ),
      client.call('graph.get', {}).then(
        () => 'ok',
        (err: Error) => err.message,
      ),
    ];
    await storeWorker.terminate();
    for (const answer of await Promise.all(inFlight)) {
      expect(answer).toMatch(/^ok$|stopped unexpectedly.*restarted/);
    }
    await vi.waitFor(() => expect(messages(e)).toMatch(/workspace process stopped/), { timeout: 20_000 });
    expect(messages(e)).toMatch(/restarted and the workspace reopened/);
    expect(await client.call('cases.list', {})).toHaveLength(before.cases);
    expect(e.workers).toHaveLength(2);
    expect(caseCount(file)).toEqual({ cases: before.cases, integrity: 'ok' });
  });
});

describe('switching workspace while key players are measured', () => {
  it('cancels the run with the old workspace: the call answers CANCELLED, no progress of it after', async () => {
    const big = path.join(dir, 'big.thorline');
    createScaledWorkspace(big, { records: 8000, seed: 7 });
    const second = scenario('second.thorline');
    const { e, window } = await start(big);
    const client = bridgeClient(rendererOf(e, window));
    const progressOf = (runId: string) =>
      window.webContents.sent.filter(
        ([channel, event, payload]) =>
          channel === 'workbench:event' &&
          event === 'analysis.progress' &&
          (payload as { runId: string }).runId === runId,
      ).length;
    const structure = client.call('analysis.structure', { runId: 'old-workspace' }).then(
      () => 'answered',
      (err: { code?: string }) => err.code,
    );
    await vi.waitFor(() => expect(progressOf('old-workspace')).toBeGreaterThan(0), { timeout: 60_000 });

    e.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [second] });
    click(e, 'Open…');
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1), { timeout: 30_000 });
    expect(await structure).toBe('CANCELLED');
    // The old store worker (and the measuring thread it started) is gone; nothing more came from it.
    const oldStore = e.workers[0]!;
    expect(oldStore.threadId).toBe(-1);
    const seen = progressOf('old-workspace');
    expect(await client.call('cases.list', {})).toHaveLength(caseCount(second).cases);
    expect(progressOf('old-workspace')).toBe(seen);
  }, 120_000);
});

describe('closing the window while matching runs', () => {
  it('ends the run before the store worker goes: the file keeps none of its suggestions', async () => {
    const big = path.join(dir, 'big.thorline');
    createScaledWorkspace(big, { records: 20_000, seed: 5 });
    const candidatesBefore = matchRows(big).candidates;
    const { e, window } = await start(big);
    const client = bridgeClient(rendererOf(e, window));
    const comparing = () =>
      window.webContents.sent.some(
        ([channel, event, payload]) =>
          channel === 'workbench:event' &&
          event === 'job.progress' &&
          (payload as { message: string }).message === 'Comparing records',
      );
    await client.call('matching.start', {});
    await vi.waitFor(() => expect(comparing()).toBe(true), { timeout: 60_000 });

    // The app quits once its store worker has exited: the run has undone its writes by then.
    await closeBuiltMain(e);
    running = undefined;
    expect(e.workers[0]!.threadId).toBe(-1);
    expect(matchRows(big)).toEqual({ candidates: candidatesBefore, runs: ['cancelled'] });
  }, 120_000);
});

describe('trafficking indicators of a big workspace', () => {
  it('are read in the built indicators thread: a case list asked after them is answered first', async () => {
    const big = path.join(dir, 'big.thorline');
    createScaledWorkspace(big, { records: 20_000, seed: 5 });
    const { e, window } = await start(big);
    const client = bridgeClient(rendererOf(e, window));
    const order: string[] = [];
    const answered = <T>(name: string, answer: Promise<T>) =>
      answer.then((value) => {
        order.push(name);
        return value;
      });
    const indicators = answered('analysis.indicators', client.call('analysis.indicators', {}));
    const cases = await answered('cases.list', client.call('cases.list', {}));
    const { hits } = await indicators;
    expect(order).toEqual(['cases.list', 'analysis.indicators']);
    expect(cases.length).toBe(caseCount(big).cases);
    const db = openWorkspace(big, { readOnly: true });
    try {
      expect(hits).toEqual(indicatorsAtThresholds(db).hits);
    } finally {
      db.close();
    }
  }, 120_000);
});

describe('store worker crashing again and again', () => {
  it('is restarted three times in a minute, then left closed with a message', async () => {
    const file = scenario('crash-loop.thorline');
    const { e, window } = await start(file);
    const client = bridgeClient(rendererOf(e, window));
    for (let crash = 1; crash <= 3; crash++) {
      await e.workers[crash - 1]!.terminate();
      await vi.waitFor(() => expect(e.workers).toHaveLength(crash + 1), { timeout: 20_000 });
      expect((await client.call('cases.list', {})).length).toBeGreaterThan(0);
    }
    await e.workers[3]!.terminate();
    await vi.waitFor(() =>
      expect(messages(e)).toMatch(/stopped 4 times in a minute, so it was not restarted/),
    );
    expect(e.workers).toHaveLength(4);
    await expect(client.call('cases.list', {})).rejects.toThrow(/No workspace is open/);
    expect(caseCount(file).integrity).toBe('ok');
  });
});

describe('File menu', () => {
  it('has New, Open…, Open Recent, Save a Copy As… and Close with accelerators', async () => {
    const { e } = await start(scenario('menu.thorline'));
    const file = menuItem(e, '&File');
    const labels = (file.submenu as { label?: string; accelerator?: string }[]).map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining(['New Workspace…', 'Open…', 'Open Recent', 'Save a Copy As…', 'Close']),
    );
    expect(menuItem(e, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(menuItem(e, 'New Workspace…').accelerator).toBe('CmdOrCtrl+N');
    expect(menuItem(e, 'Save a Copy As…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(menuItem(e, 'Close').accelerator).toBe('CmdOrCtrl+W');
    expect(menuItem(e, 'Open Recent').submenu).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: path.join(dir, 'menu.thorline') })]),
    );
    expect(menuItem(e, '&View').submenu).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'toggleDevTools' })]),
    );
  });

  it('Open… on a file that is not a workspace answers in a dialog and changes nothing', async () => {
    const file = scenario('open.thorline');
    const { e, window } = await start(file);
    const notes = path.join(dir, 'notes.thorline');
    fs.writeFileSync(notes, 'meeting notes, not a workspace');
    e.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [notes] });
    click(e, 'Open…');
    await vi.waitFor(() => expect(messages(e)).toMatch(/notes\.thorline could not be opened/), {
      timeout: 20_000,
    });
    expect(messages(e)).toMatch(/BAD_FILE: .*not a Thorline workspace/);
    expect(fs.readFileSync(notes, 'utf8')).toBe('meeting notes, not a workspace');
    expect(window.title).toBe('open.thorline — Thorline');
    const client = bridgeClient(rendererOf(e, window));
    expect((await client.call('cases.list', {})).length).toBeGreaterThan(0);
  });

  it('Open… on a workspace from a newer Thorline answers in a dialog and leaves its bytes alone', async () => {
    const { e, window } = await start(scenario('current.thorline'));
    const newer = scenario('newer.thorline');
    const db = openWorkspace(newer, { create: false });
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
    const bytes = fs.readFileSync(newer);
    e.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [newer] });
    click(e, 'Open…');
    await vi.waitFor(() => expect(messages(e)).toMatch(/newer\.thorline could not be opened/), {
      timeout: 20_000,
    });
    expect(messages(e)).toMatch(/: .*written by a newer Thorline.*Update Thorline/);
    expect(fs.readFileSync(newer).equals(bytes)).toBe(true);
    expect(window.title).toBe('current.thorline — Thorline');
  });

  it('Open… on a workspace another program holds locked answers in a dialog and changes nothing', async () => {
    const { e, window } = await start(scenario('mine.thorline'));
    const locked = scenario('locked.thorline');
    const holder = openWorkspace(locked, { create: false });
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      e.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [locked] });
      click(e, 'Open…');
      await vi.waitFor(() => expect(messages(e)).toMatch(/locked\.thorline could not be opened/), {
        timeout: 30_000,
      });
      expect(messages(e)).toMatch(/BAD_FILE: .*locked\.thorline .*database is locked/);
      expect(window.title).toBe('mine.thorline — Thorline');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(caseCount(locked).integrity).toBe('ok');
  }, 60_000);

  it('Open… on another workspace switches to it: title, recent list, fresh page', async () => {
    const first = scenario('first.thorline');
    const second = scenario('second.thorline');
    const { e, window } = await start(first);
    e.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [second] });
    click(e, 'Open…');
    // The title changes first; the recent list is written and the page reloaded after it.
    await vi.waitFor(
      () => {
        expect(window.title).toBe('second.thorline — Thorline');
        expect(window.webContents.reloads).toBe(1);
      },
      { timeout: 20_000 },
    );
    expect(e.app.addRecentDocument).toHaveBeenCalledWith(second);
    const recent = JSON.parse(fs.readFileSync(path.join(dir, 'user', 'recent-workspaces.json'), 'utf8'));
    expect(recent).toEqual([second, first]);
  });

  it('New Workspace… never replaces an existing file, and creates a new one', async () => {
    const file = scenario('current.thorline');
    const { e, window } = await start(file);
    const taken = path.join(dir, 'taken.thorline');
    fs.writeFileSync(taken, 'someone else’s file');
    e.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: taken });
    click(e, 'New Workspace…');
    await vi.waitFor(() => expect(messages(e)).toMatch(/taken\.thorline already exists/));
    expect(fs.readFileSync(taken, 'utf8')).toBe('someone else’s file');

    const fresh = path.join(dir, 'fresh');
    e.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: fresh });
    click(e, 'New Workspace…');
    await vi.waitFor(() => expect(window.title).toBe('fresh.thorline — Thorline'), { timeout: 20_000 });
    expect(caseCount(`${fresh}.thorline`)).toEqual({ cases: 0, integrity: 'ok' });
  });

  it('Save a Copy As… writes a workspace with the same cases and keeps the original open', async () => {
    const file = scenario('original.thorline');
    const { e, window } = await start(file);
    const copy = path.join(dir, 'copy.thorline');
    e.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: copy });
    click(e, 'Save a Copy As…');
    await vi.waitFor(() => expect(fs.existsSync(copy)).toBe(true), { timeout: 20_000 });
    expect(caseCount(copy)).toEqual(caseCount(file));
    expect(window.title).toBe('original.thorline — Thorline');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    e.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    click(e, 'Save a Copy As…');
    await vi.waitFor(() => expect(messages(e)).toMatch(/copy was not saved[\s\S]*CONFLICT/));
  });
});

describe('second launch and the OS', () => {
  it('a second launch focuses the window and opens the .thorline file it names', async () => {
    const first = scenario('running.thorline');
    const other = scenario('other.thorline');
    const { e, window } = await start(first);
    e.appEvents.emit(
      'second-instance',
      {},
      ['/opt/Thorline/thorline', '--no-sandbox', 'other.thorline'],
      dir,
    );
    await vi.waitFor(() => expect(window.title).toBe('other.thorline — Thorline'), { timeout: 20_000 });
    expect(window.focused).toBe(1);
    expect(caseCount(other).integrity).toBe('ok');
  });

  it('a file that does not exist is refused, not created', async () => {
    const { e } = await start(scenario('here.thorline'));
    const missing = path.join(dir, 'missing.thorline');
    const event = { preventDefault: vi.fn() };
    e.appEvents.emit('open-file', event, missing);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(messages(e)).toMatch(/missing\.thorline was not found/));
    expect(fs.existsSync(missing)).toBe(false);
  });
});

describe('window', () => {
  it('remembers its size and position across launches', async () => {
    const file = scenario('window.thorline');
    const first = await start(file);
    expect(first.window.options).toMatchObject({ width: 1440, height: 900 });
    await closeBuiltMain(first.e);
    const stateFile = path.join(dir, 'user', 'window-state.json');
    await vi.waitFor(() => expect(fs.existsSync(stateFile)).toBe(true));
    const saved = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
    fs.writeFileSync(
      stateFile,
      JSON.stringify({ ...saved, bounds: { x: 40, y: 60, width: 1200, height: 800 } }),
    );
    const second = await start(file);
    expect(second.window.options).toMatchObject({ x: 40, y: 60, width: 1200, height: 800 });
  });
});

describe('app:// protocol in the built main', () => {
  it('is registered as a privileged standard, secure scheme and refuses paths out of the renderer', async () => {
    const { e } = await start(scenario('protocol.thorline'));
    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const [scheme, handler] = e.protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    for (const url of [
      'app://thorline/../../etc/passwd',
      'app://thorline/..%2f..%2f..%2fetc%2fpasswd',
      'app://thorline/%2e%2e/%2e%2e/package.json',
      'app://thorline/..%5c..%5cpackage.json',
      'app://elsewhere/index.html',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toMatch(/root:|"name"/);
      expect(response.headers.get('content-security-policy'), url).toMatch(/default-src 'none'/);
    }
    expect((await handler(new Request('app://thorline/index.html', { method: 'POST' }))).status).toBe(405);
  });
});

describe('packaged build', () => {
  it('turns DevTools off and ignores THORLINE_*_WORKER variables', async () => {
    // Electron sets resourcesPath; a packaged app looks for its native binding there.
    const processWithResources = process as { resourcesPath?: string };
    processWithResources.resourcesPath = path.join(dir, 'resources');
    const { e, window } = await start(scenario('packaged.thorline'), { isPackaged: true });
    delete processWithResources.resourcesPath;
    expect(window.options.webPreferences?.devTools).toBe(false);
    expect(menuItem(e, '&View').submenu).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'toggleDevTools' })]),
    );
    expect(e.workerData[0]).toMatchObject({ allowEnvOverride: false });
    const contents = new StandInWebContents();
    e.appEvents.emit('web-contents-created', {}, contents);
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(1);
  });
});

describe('training workspace', () => {
  it('opens beside the user data, resets to a fresh scenario, and leaves for the analyst file', async () => {
    const own = path.join(dir, 'own.thorline');
    createScenarioWorkspace(own);
    const { e, window } = await start(own);
    const client = bridgeClient(rendererOf(e, window));
    await client.call('cases.create', { number: 'OWN-1', title: 'Own case', openedOn: '2026-01-05' });
    const started = await client.call('training.start', {});
    const trainingPath = path.join(dir, 'user', 'training.thorline');
    expect(started).toMatchObject({ active: true, trainingPath, returnPath: own });
    expect(window.title).toBe('training.thorline — Thorline');
    await client.call('cases.create', { number: 'TRAINEE-1', title: 'Trainee case', openedOn: '2026-01-06' });
    expect(await client.call('cases.list', {})).toHaveLength(15);
    await client.call('training.start', { reset: true });
    expect(await client.call('cases.list', {})).toHaveLength(14);
    expect(await client.call('training.leave', {})).toMatchObject({ active: false });
    expect(window.title).toBe('own.thorline — Thorline');
    expect((await client.call('cases.list', {})).map((c) => c.number)).toContain('OWN-1');
  }, 60_000);
});
