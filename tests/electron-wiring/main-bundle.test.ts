// The real bundled main process (esbuild output of electron/main/index.ts) run in Node
// against a stand-in electron module: it locks down the session, opens the workspace,
// creates the window and answers calls over IPC; a bad workspace ends it with exit code 1.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleEntry } from '../../build/scripts/lib/electron-bundle.mjs';
import { listCases } from '../../db/queries/cases';
import { createScenarioWorkspace } from '../../db/scenario';
import { openWorkspace } from '../../db/store/open-workspace';
import { CALL_CHANNEL, SAVE_FILE_CHANNEL } from '../../electron/ipc/channels';
import { invokeEvent, StandInBrowserWindow, StandInIpcMain } from './stand-in-electron';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-main-'));
const mainFile = path.join(dir, 'dist-electron', 'main.cjs');
const indexFile = path.join(dir, 'dist', 'renderer', 'index.html');
const requireFromHere = createRequire(import.meta.url);
type Loader = (request: string, ...rest: unknown[]) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
const originalLoad = moduleInternals._load;
let electron: ReturnType<typeof standInElectron>;

function standInElectron() {
  const appEvents = new EventEmitter();
  return {
    appEvents,
    app: {
      enableSandbox: vi.fn(),
      on: (name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener),
      whenReady: () => Promise.resolve(),
      isPackaged: false,
      getPath: () => dir,
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: StandInBrowserWindow,
    dialog: { showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: new StandInIpcMain(),
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
  };
}

/** Runs main.cjs afresh with a new stand-in electron and the given workspace. */
function runMain(workspacePath: string) {
  electron = standInElectron();
  StandInBrowserWindow.created = [];
  process.env.THORLINE_WORKSPACE = workspacePath;
  delete requireFromHere.cache[mainFile];
  requireFromHere(mainFile);
  return electron;
}

beforeAll(async () => {
  await bundleEntry('electron/main/index.ts', mainFile);
  const sqliteEntry = requireFromHere.resolve('better-sqlite3');
  moduleInternals._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return electron;
    // The bundle sits in a temporary folder; its one external package comes from the repo.
    if (request === 'better-sqlite3') return originalLoad.call(this, sqliteEntry, ...rest);
    return originalLoad.call(this, request, ...rest);
  };
}, 60_000);

afterAll(() => {
  moduleInternals._load = originalLoad;
  delete process.env.THORLINE_WORKSPACE;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('bundled main process', () => {
  it('opens the workspace, creates the locked-down window and answers calls', async () => {
    const workspacePath = path.join(dir, 'scenario.thorline');
    createScenarioWorkspace(workspacePath);
    const db = openWorkspace(workspacePath, { create: false });
    const expectedCases = listCases(db).length;
    db.close();

    const e = runMain(workspacePath);
    await vi.waitFor(() => expect(StandInBrowserWindow.created).toHaveLength(1));
    const [window] = StandInBrowserWindow.created;
    expect(e.app.enableSandbox).toHaveBeenCalled();
    expect(e.appEvents.listenerCount('web-contents-created')).toBe(1);
    expect(e.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(e.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window?.options.webPreferences?.preload).toBe(path.join(dir, 'dist-electron', 'preload.cjs'));
    expect(window?.loaded).toBe(indexFile);
    expect([...e.ipcMain.handlers.keys()].sort()).toEqual([CALL_CHANNEL, SAVE_FILE_CHANNEL].sort());

    const trusted = invokeEvent({ contentsId: window!.webContents.id, url: pathToFileURL(indexFile).href });
    const result = (await e.ipcMain.invoke(CALL_CHANNEL, trusted, 'cases.list', {})) as {
      ok: boolean;
      value: unknown[];
    };
    expect(result.ok).toBe(true);
    expect(result.value).toHaveLength(expectedCases);
    const foreign = invokeEvent({ contentsId: window!.webContents.id, url: 'https://attacker.example/' });
    expect(await e.ipcMain.invoke(CALL_CHANNEL, foreign, 'cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    e.appEvents.emit('window-all-closed');
    expect(e.app.quit).toHaveBeenCalled();
  });

  it('ends with exit code 1 and one line when the workspace is not a workspace', async () => {
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'not a database');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const e = runMain(notes);
    await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalledWith(1));
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(
      /^Thorline could not start: .*is not a Thorline workspace/,
    );
    expect(StandInBrowserWindow.created).toHaveLength(0);
    expect(fs.readFileSync(notes, 'utf8')).toBe('not a database');
    errors.mockRestore();
  });
});
