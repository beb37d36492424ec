// The preload exactly as Electron loads it (dist-electron/preload.cjs, from the real build
// script), run in a model of Electron's sandboxed preload wrapper: it must expose
// window.workbench through the contextBridge, and it must not need anything the sandbox lacks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALL_CHANNEL } from '../../electron/ipc/channels';
import type { WorkbenchBridge } from '../../shared/contract/host';
import { builtFile, ensureBuilt } from './built-files';
import { runSandboxedPreload, SANDBOX_MODULES } from './sandboxed-preload';
import { StandInContextBridge, StandInIpcRenderer } from './stand-in-electron';

beforeAll(() => ensureBuilt(), 180_000);

describe('built preload in the sandboxed preload wrapper', () => {
  it('runs and exposes exactly window.workbench with call, on and saveFile', async () => {
    const contextBridge = new StandInContextBridge();
    const ipcRenderer = new StandInIpcRenderer();
    runSandboxedPreload(builtFile('preload.cjs'), { contextBridge, ipcRenderer });
    expect([...contextBridge.exposed.keys()]).toEqual(['workbench']);
    const bridge = contextBridge.exposed.get('workbench') as WorkbenchBridge;
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on', 'saveFile']);
    await bridge.call('cases.list', {});
    expect(ipcRenderer.invocations).toEqual([{ channel: CALL_CHANNEL, args: ['cases.list', {}] }]);
  });

  it('requires nothing but modules the sandbox knows', () => {
    const source = fs.readFileSync(builtFile('preload.cjs'), 'utf8');
    const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(SANDBOX_MODULES, String(name)).toContain(name);
    expect(source).not.toMatch(/__filename|__dirname/);
  });

  it('is a faithful model: a script reading __filename or a Node module fails in it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-preload-'));
    try {
      const readsFilename = path.join(dir, 'a.cjs');
      fs.writeFileSync(readsFilename, 'const here = require("url").pathToFileURL(__filename).href;');
      expect(() => runSandboxedPreload(readsFilename, {})).toThrow(/__filename is not defined/);
      const needsFs = path.join(dir, 'b.cjs');
      fs.writeFileSync(needsFs, 'require("fs");');
      expect(() => runSandboxedPreload(needsFs, {})).toThrow(/module not found: fs/);
      const usesAllowed = path.join(dir, 'c.cjs');
      fs.writeFileSync(
        usesAllowed,
        'const { EventEmitter } = require("events"); module.exports = typeof EventEmitter + typeof process + typeof Buffer;',
      );
      expect(() => runSandboxedPreload(usesAllowed, {})).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
