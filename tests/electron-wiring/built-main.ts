// Runs the built main process (dist-electron/main.cjs) under Node with a stand-in electron
// module, so tests drive what ships: its windows, menus, dialogs, protocol and IPC, and the
// real store worker thread it starts (dist-electron/store-worker.cjs) on real workspace files.
import { EventEmitter } from 'node:events';
import Module, { createRequire } from 'node:module';
import type { MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';
import { builtFile } from './built-files';
import { StandInBrowserWindow, StandInIpcMain } from './stand-in-electron';

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

/** Loads main.cjs afresh with a new stand-in electron; the workspace comes from THORLINE_WORKSPACE. */
export function runBuiltMain(workspacePath: string, options: StandInOptions): StandIn {
  const electron = standInElectron(options);
  StandInBrowserWindow.created = [];
  process.env.THORLINE_WORKSPACE = workspacePath;
  moduleInternals._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return electron;
    return originalLoad.call(this, request, ...rest);
  };
  const mainFile = builtFile('main.cjs');
  delete requireFromHere.cache[mainFile];
  try {
    requireFromHere(mainFile);
  } finally {
    moduleInternals._load = originalLoad;
  }
  return electron;
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
