// The main window's options and its refusal to navigate away or open new windows.
import { beforeEach, describe, expect, it } from 'vitest';
import { createMainWindow, denyNavigation, mainWindowOptions } from '../../electron/main/window';
import type { BrowserWindowConstructor } from '../../electron/main/window';
import { preventableEvent, StandInBrowserWindow, StandInWebContents } from './stand-in-electron';

const Ctor = StandInBrowserWindow as unknown as BrowserWindowConstructor;

beforeEach(() => {
  StandInBrowserWindow.created = [];
});

function openWindow(): StandInBrowserWindow {
  createMainWindow(Ctor, {
    preloadPath: '/app/dist-electron/preload.cjs',
    url: 'app://thorline/index.html',
  });
  const [window] = StandInBrowserWindow.created;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('main window', () => {
  it('is sandboxed, isolated, without Node and with web security', () => {
    const prefs = openWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist-electron/preload.cjs',
    });
  });

  it('opens at 1440x900 titled Thorline and loads the renderer from app://', () => {
    const window = openWindow();
    expect(window.options).toMatchObject({ width: 1440, height: 900, title: 'Thorline' });
    expect(window.loaded).toBe('app://thorline/index.html');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('keeps its title when the page sets another', () => {
    const window = openWindow();
    const event = preventableEvent();
    window.emit('page-title-updated', event, 'Something else');
    expect(event.defaultPrevented).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('denies %s', (name) => {
    const window = openWindow();
    const event = preventableEvent();
    window.webContents.emit(name, event, 'https://attacker.example/');
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies new windows', () => {
    const window = openWindow();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://attacker.example/' })).toEqual({
      action: 'deny',
    });
  });

  it('applies the same denial to any other web contents', () => {
    const contents = new StandInWebContents();
    denyNavigation(contents as never);
    const event = preventableEvent();
    contents.emit('will-navigate', event, 'file:///etc/passwd');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'about:blank' })).toEqual({ action: 'deny' });
  });

  it('builds the same options without a window', () => {
    expect(mainWindowOptions('/p.cjs').webPreferences?.sandbox).toBe(true);
  });
});
