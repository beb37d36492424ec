// The main window: sandboxed renderer with context isolation and no Node, a narrow
// preload, and no way to navigate away or open other windows.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';

export const WINDOW_TITLE = 'Thorline';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
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
  /** dist/renderer/index.html, loaded over file://. */
  indexFile: string;
}

export function createMainWindow(
  BrowserWindowCtor: BrowserWindowConstructor,
  options: MainWindowOptions,
): BrowserWindow {
  const window = new BrowserWindowCtor(mainWindowOptions(options.preloadPath));
  denyNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  // The page's <title> would otherwise replace the product name.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadFile(options.indexFile);
  return window;
}
