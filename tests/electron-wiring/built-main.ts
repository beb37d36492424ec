// Runs the built main process (dist-electron/main.cjs) under Node with a stand-in electron
// module, so tests drive what ships: its windows, menus, dialogs, protocol and IPC, and the
// real store worker thread it starts (dist-electron/store-worker.cjs) on real workspace files.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import Module, { createRequire } from 'node:module';
import workerThreads from 'node:worker_threads';
import type { MenuItemConstructorOptions } from 'electron';
import { expect, vi } from 'vitest';
import type { WorkbenchBridge } from '../../shared/contract/host';
import { builtFile } from './built-files';
import { runSandboxedPreload } from './sandboxed-preload';
import {
  invokeEvent,
  StandInBrowserWindow,
  StandInContextBridge,
  StandInIpcMain,
  StandInIpcRenderer,
} from './stand-in-electron';

type Loader = (request: string, ...rest: unknown[]) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
const originalLoad = moduleInternals._load;
const requireFromHere = createRequire(import.meta.url);

export interface StandInOptions {
  userData: string;
  documents: string;
  isPackaged?: boolean;
  /** False: another instance holds the single-instance lock. */
  gotLock?: boolean;
}

export function standInElectron(options: StandInOptions) {
  const appEvents = new EventEmitter();
  const menus: MenuItemConstructorOptions[][] = [];
  return {
    appEvents,
    menus,
    app: {
      enableSandbox: vi.fn(),
      on: (name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener),
      whenReady: () => Promise.resolve(),
      isPackaged: options.isPackaged ?? false,
      getPath: (name: string) => (name === 'documents' ? options.documents : options.userData),
      requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
      addRecentDocument: vi.fn(),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: StandInBrowserWindow,
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showErrorBox: vi.fn(),
    },
    ipcMain: new StandInIpcMain(),
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => menus.push(menu.template),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
  };
}

export type StandIn = ReturnType<typeof standInElectron>;
export type BuiltMain = StandIn & { workers: workerThreads.Worker[]; workerData: unknown[] };

/** Loads main.cjs afresh with a new stand-in electron; the workspace comes from THORLINE_WORKSPACE (if given). */
export function runBuiltMain(workspacePath: string | undefined, options: StandInOptions): BuiltMain {
  const electron = standInElectron(options);
  // Records the worker threads main starts, so a test can kill one as a crash would.
  const workers: workerThreads.Worker[] = [];
  const workerData: unknown[] = [];
  class RecordedWorker extends workerThreads.Worker {
    constructor(...args: ConstructorParameters<typeof workerThreads.Worker>) {
      super(...args);
      workers.push(this);
      workerData.push(args[1]?.workerData);
    }
  }
  const recordingThreads = { ...workerThreads, Worker: RecordedWorker };
  StandInBrowserWindow.created = [];
  if (workspacePath) process.env.THORLINE_WORKSPACE = workspacePath;
  else delete process.env.THORLINE_WORKSPACE;
  moduleInternals._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return electron;
    if (request === 'node:worker_threads') return recordingThreads;
    return originalLoad.call(this, request, ...rest);
  };
  const mainFile = builtFile('main.cjs');
  delete requireFromHere.cache[mainFile];
  try {
    requireFromHere(mainFile);
  } finally {
    moduleInternals._load = originalLoad;
  }
  return Object.assign(electron, { workers, workerData });
}

/** The menu item with this label, anywhere in the last menu set. */
export function menuItem(e: StandIn, label: string): MenuItemConstructorOptions {
  const find = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
    for (const item of items) {
      if (item.label === label) return item;
      const found = Array.isArray(item.submenu) ? find(item.submenu) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const item = find(e.menus.at(-1) ?? []);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
}

/** Clicks a menu item as Electron would. */
export function click(e: StandIn, label: string): void {
  const item = menuItem(e, label);
  (item.click as () => void)();
}

/** Runs main.cjs and waits for its window and menu; onStarted gets it at once for clean-up. */
export async function startBuiltMain(
  workspacePath: string,
  options: StandInOptions,
  onStarted: (e: BuiltMain) => void = () => undefined,
): Promise<{ e: BuiltMain; window: StandInBrowserWindow }> {
  const e = runBuiltMain(workspacePath, options);
  onStarted(e);
  await vi.waitFor(() => expect(StandInBrowserWindow.created).toHaveLength(1), { timeout: 20_000 });
  await vi.waitFor(() => expect(e.menus.length).toBeGreaterThan(0), { timeout: 10_000 });
  return { e, window: StandInBrowserWindow.created[0]! };
}

/** The built preload in the sandbox model, its ipcRenderer wired to main's handlers as the window's page. */
export function rendererOf(e: StandIn, window: StandInBrowserWindow): WorkbenchBridge {
  const contextBridge = new StandInContextBridge();
  const ipcRenderer = new StandInIpcRenderer();
  const fromPage = invokeEvent({ contentsId: window.webContents.id, url: 'app://thorline/index.html' });
  // Arguments cross the process boundary as structured clones, as in Electron.
  ipcRenderer.invoke = (channel: string, ...args: unknown[]) =>
    e.ipcMain.invoke(channel, fromPage, ...structuredClone(args));
  runSandboxedPreload(builtFile('preload.cjs'), { contextBridge, ipcRenderer });
  return contextBridge.exposed.get('workbench') as WorkbenchBridge;
}

/** Closes the window as the user would: the store closes and the app quits. */
export async function closeBuiltMain(e: StandIn): Promise<void> {
  StandInBrowserWindow.created[0]?.close();
  e.appEvents.emit('window-all-closed');
  await vi.waitFor(() => expect(e.app.quit).toHaveBeenCalled(), { timeout: 10_000 });
}

/** Waits until the window-state file a closing window writes has landed (no temporary file left). */
export async function settled(dir: string): Promise<void> {
  const user = path.join(dir, 'user');
  await vi.waitFor(() => {
    const pending = fs.existsSync(user) ? fs.readdirSync(user).filter((f) => f.endsWith('.tmp')) : [];
    expect(pending).toEqual([]);
  });
}
