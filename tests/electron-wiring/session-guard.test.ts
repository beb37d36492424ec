// The desktop session keeps everything on this machine: remote requests are cancelled,
// pages get the strict CSP, permission prompts are refused; and the Electron-ABI
// better-sqlite3 build is used in a checkout but not in a packaged app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  electronNativeBindingPath,
  findNativeBinding,
  packagedBindingPath,
} from '../../electron/main/native-binding';
import { guardSession, isAllowedRequest, type GuardedSession } from '../../electron/main/session-guard';

const RENDERER = path.resolve('/opt/thorline/dist/renderer');
const fileUrl = (file: string) => pathToFileURL(file).href;

type Callback = (response: Record<string, unknown>) => void;

function standInSession() {
  const registered: Record<string, (details: Record<string, unknown>, callback: Callback) => void> = {};
  let permissionRequest:
    ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void) | undefined;
  let permissionCheck: (() => boolean) | undefined;
  const session = {
    webRequest: {
      onBeforeRequest: (listener: never) => (registered.before = listener),
      onHeadersReceived: (listener: never) => (registered.headers = listener),
    },
    setPermissionRequestHandler: (handler: never) => (permissionRequest = handler),
    setPermissionCheckHandler: (handler: never) => (permissionCheck = handler),
  };
  guardSession(session as unknown as GuardedSession);
  const run = (name: string, details: Record<string, unknown>) => {
    let response: Record<string, unknown> | undefined;
    registered[name]?.(details, (r) => (response = r));
    return response;
  };
  return { run, permissionRequest: () => permissionRequest, permissionCheck: () => permissionCheck };
}

describe('session guard', () => {
  it('cancels every request that would leave the machine', () => {
    const { run } = standInSession();
    for (const url of [
      'https://tiles.example.com/a.png',
      'http://127.0.0.1:4815/api/x',
      'ws://x.example/',
      'ftp://x/',
    ]) {
      expect(run('before', { url }), url).toEqual({ cancel: true });
    }
  });

  it('lets through the app’s own app:// files, DevTools and in-memory URLs', () => {
    const { run } = standInSession();
    for (const url of [
      'app://thorline/index.html',
      'app://thorline/assets/app.js',
      'devtools://devtools/bundled/x.html',
      'data:image/png;base64,AA==',
      'blob:app://thorline/5e1d-4f',
    ]) {
      expect(run('before', { url }), url).toEqual({ cancel: false });
    }
  });

  it('cancels every file:// URL, even the renderer’s own files, and other app hosts', () => {
    const { run } = standInSession();
    for (const file of ['/etc/passwd', path.join(RENDERER, 'index.html')]) {
      expect(run('before', { url: fileUrl(file) }), file).toEqual({ cancel: true });
    }
    expect(isAllowedRequest('app://elsewhere/index.html')).toBe(false);
  });

  it('adds the strict content security policy to the app’s pages', () => {
    const { run } = standInSession();
    const response = run('headers', {
      url: 'app://thorline/index.html',
      responseHeaders: { 'Content-Type': ['text/html'] },
    });
    const headers = response?.responseHeaders as Record<string, string[]>;
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/^default-src 'none'; script-src 'self';/);
    expect(run('headers', { url: 'devtools://devtools/bundled/x.html', responseHeaders: {} })).toEqual({});
  });

  it('refuses permission requests and checks', () => {
    const { permissionRequest, permissionCheck } = standInSession();
    let granted: boolean | undefined;
    permissionRequest()?.({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(permissionCheck()?.()).toBe(false);
  });

  it('treats unparseable URLs as remote', () => {
    expect(isAllowedRequest('not a url')).toBe(false);
  });
});

describe('native binding for Electron', () => {
  it('uses .electron-native in a checkout once it has been built', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-native-'));
    try {
      const options = { appRoot: root, isPackaged: false, resourcesPath: path.join(root, 'resources') };
      expect(findNativeBinding(options)).toBeUndefined();
      const binding = electronNativeBindingPath(root);
      fs.mkdirSync(path.dirname(binding), { recursive: true });
      fs.writeFileSync(binding, 'stand-in');
      expect(findNativeBinding(options)).toBe(binding);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('uses resources/native in a packaged app, never the checkout build', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-packaged-'));
    try {
      const resourcesPath = path.join(root, 'resources');
      fs.mkdirSync(path.dirname(electronNativeBindingPath(root)), { recursive: true });
      fs.writeFileSync(electronNativeBindingPath(root), 'checkout build');
      const options = { appRoot: root, isPackaged: true, resourcesPath };
      expect(findNativeBinding(options)).toBeUndefined();
      fs.mkdirSync(path.dirname(packagedBindingPath(resourcesPath)), { recursive: true });
      fs.writeFileSync(packagedBindingPath(resourcesPath), 'packaged build');
      expect(findNativeBinding(options)).toBe(packagedBindingPath(resourcesPath));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
