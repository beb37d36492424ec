// The main window: sandboxed renderer with context isolation and no Node, a narrow
// preload, and no way to navigate away or open other windows.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';

export const WINDOW_TITLE = 'Thorline';

/** Where the window was last time; absent on first launch. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export function mainWindowOptions(
  preloadPath: string,
  bounds: WindowBounds = { width: 1440, height: 900 },
  devTools = true,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 1024,
    minHeight: 640,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Off in packaged builds: nobody at an analyst's desk needs a script console.
      devTools,
    },
  };
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Denies navigation, redirects, webviews and new windows for one web contents. */
export function denyNavigation(contents: GuardedContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowOptions {
  preloadPath: string;
  /** The renderer's page: app://thorline/index.html. */
  url: string;
  bounds?: WindowBounds;
  maximized?: boolean;
  devTools?: boolean;
}

export function createMainWindow(
  BrowserWindowCtor: BrowserWindowConstructor,
  options: MainWindowOptions,
): BrowserWindow {
  const window = new BrowserWindowCtor(
    mainWindowOptions(options.preloadPath, options.bounds, options.devTools ?? true),
  );
  denyNavigation(window.webContents);
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  // The page's <title> would otherwise replace the product name.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(options.url);
  return window;
}

/** "cases.thorline — Thorline": the window names the open workspace. */
export function windowTitle(workspacePath: string | undefined): string {
  if (!workspacePath) return WINDOW_TITLE;
  return `${workspacePath.split(/[\\/]/).pop()} — ${WINDOW_TITLE}`;
}
