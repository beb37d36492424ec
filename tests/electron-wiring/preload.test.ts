// The preload's surface, as built (dist-electron/preload.cjs run in the sandboxed preload
// model): window.workbench with call, on and saveFile and nothing else; no ipcRenderer, no
// IPC event objects handed to the page.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_CHANNEL, EVENT_CHANNEL, SAVE_FILE_CHANNEL } from '../../electron/ipc/channels';
import type { WorkbenchBridge } from '../../shared/contract/host';
import { builtFile, ensureBuilt } from './built-files';
import { runSandboxedPreload } from './sandboxed-preload';
import { StandInContextBridge, StandInIpcRenderer } from './stand-in-electron';

beforeAll(() => ensureBuilt(), 180_000);

function expose() {
  const contextBridge = new StandInContextBridge();
  const ipcRenderer = new StandInIpcRenderer();
  runSandboxedPreload(builtFile('preload.cjs'), { contextBridge, ipcRenderer });
  return { contextBridge, ipcRenderer, bridge: contextBridge.exposed.get('workbench') as WorkbenchBridge };
}

describe('preload bridge', () => {
  it('exposes only window.workbench with exactly call, on and saveFile', () => {
    const { contextBridge, bridge } = expose();
    expect([...contextBridge.exposed.keys()]).toEqual(['workbench']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on', 'saveFile']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|send|invoke/i);
  });

  it('call goes over the one call channel with name and input', async () => {
    const { bridge, ipcRenderer } = expose();
    await bridge.call('graph.get', { caseIds: [1, 2] });
    expect(ipcRenderer.invocations).toEqual([
      { channel: CALL_CHANNEL, args: ['graph.get', { caseIds: [1, 2] }] },
    ]);
  });

  it('saveFile goes over the save-file channel', async () => {
    const { bridge, ipcRenderer } = expose();
    const request = {
      suggestedName: 'chart.svg',
      mime: 'image/svg+xml',
      data: '<svg/>',
      encoding: 'utf8' as const,
    };
    await bridge.saveFile(request);
    expect(ipcRenderer.invocations).toEqual([{ channel: SAVE_FILE_CHANNEL, args: [request] }]);
  });

  it('on delivers only the payload of the named event, and its unsubscribe stops delivery', () => {
    const { bridge, ipcRenderer } = expose();
    const listener = vi.fn();
    const off = bridge.on('workspace.changed', listener);
    const ipcEvent = { sender: 'the ipcRenderer itself' };
    ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'job.progress', { jobId: 'j1' });
    ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'workspace.changed', { reason: 'merge' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ reason: 'merge' });
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1);
    off();
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
    ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'workspace.changed', { reason: 'again' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('unsubscribing one listener leaves the others subscribed', () => {
    const { bridge, ipcRenderer } = expose();
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = bridge.on('workspace.changed', first);
    bridge.on('workspace.changed', second);
    offFirst();
    ipcRenderer.emit(EVENT_CHANNEL, {}, 'workspace.changed', { reason: 'x' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ reason: 'x' });
  });
});
