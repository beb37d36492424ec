// The IPC handler: trusted calls reach dispatch and its Result comes back unchanged;
// anything from another window, another page or an embedded frame is refused.
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../db/api/dispatch';
import { CALL_CHANNEL, SAVE_FILE_CHANNEL } from '../../electron/ipc/channels';
import { registerIpc, registerSaveFile } from '../../electron/main/ipc';
import { createSenderCheck } from '../../electron/main/trusted-sender';
import { invokeEvent, StandInIpcMain } from './stand-in-electron';

const APP_URL = pathToFileURL('/opt/thorline/dist/renderer/index.html').href;
const WINDOW_ID = 7;

function setup() {
  const ipcMain = new StandInIpcMain();
  const dispatch = vi.fn<Dispatch>(async (name, input) => ({ ok: true, value: { name, input } }));
  const check = createSenderCheck({ windowContentsId: () => WINDOW_ID, appUrl: APP_URL });
  registerIpc(ipcMain, dispatch, check);
  const saveFile = vi.fn(async () => ({ saved: false as const }));
  registerSaveFile(ipcMain, saveFile, check);
  return { ipcMain, dispatch, saveFile };
}

describe('workbench:call', () => {
  it('forwards a trusted call to dispatch and returns its Result', async () => {
    const { ipcMain, dispatch } = setup();
    const event = invokeEvent({ contentsId: WINDOW_ID, url: `${APP_URL}#/cases` });
    const result = await ipcMain.invoke(CALL_CHANNEL, event, 'cases.list', { filter: 'ATF' });
    expect(dispatch).toHaveBeenCalledWith('cases.list', { filter: 'ATF' });
    expect(result).toEqual({ ok: true, value: { name: 'cases.list', input: { filter: 'ATF' } } });
  });

  it('passes coded errors from dispatch through untouched', async () => {
    const { ipcMain, dispatch } = setup();
    dispatch.mockResolvedValueOnce({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'Unknown call "x".' },
    });
    const result = await ipcMain.invoke(
      CALL_CHANNEL,
      invokeEvent({ contentsId: WINDOW_ID, url: APP_URL }),
      'x',
      {},
    );
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Unknown call "x".' } });
  });

  const untrusted = [
    ['another page', invokeEvent({ contentsId: WINDOW_ID, url: 'https://attacker.example/' })],
    ['another local file', invokeEvent({ contentsId: WINDOW_ID, url: 'file:///tmp/evil.html' })],
    ['an embedded frame', invokeEvent({ contentsId: WINDOW_ID, url: APP_URL, topFrame: false })],
    ['another window', invokeEvent({ contentsId: WINDOW_ID + 1, url: APP_URL })],
  ] as const;

  it.each(untrusted)('refuses a call from %s with FORBIDDEN, without dispatching', async (_label, event) => {
    const { ipcMain, dispatch } = setup();
    const result = await ipcMain.invoke(CALL_CHANNEL, event, 'cases.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone', async () => {
    const { ipcMain, dispatch } = setup();
    const event = { sender: { id: WINDOW_ID }, senderFrame: null } as never;
    expect(await ipcMain.invoke(CALL_CHANNEL, event, 'cases.list', {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything before the window exists', async () => {
    const ipcMain = new StandInIpcMain();
    const dispatch = vi.fn<Dispatch>();
    registerIpc(ipcMain, dispatch, createSenderCheck({ windowContentsId: () => undefined, appUrl: APP_URL }));
    const result = await ipcMain.invoke(
      CALL_CHANNEL,
      invokeEvent({ contentsId: 1, url: APP_URL }),
      'cases.list',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('workbench:save-file', () => {
  it('saves for the app window and refuses other senders', async () => {
    const { ipcMain, saveFile } = setup();
    const request = { suggestedName: 'chart.png', mime: 'image/png', data: '', encoding: 'base64' };
    await expect(
      ipcMain.invoke(SAVE_FILE_CHANNEL, invokeEvent({ contentsId: WINDOW_ID, url: APP_URL }), request),
    ).resolves.toEqual({ saved: false });
    expect(saveFile).toHaveBeenCalledWith(request);
    await expect(
      ipcMain.invoke(
        SAVE_FILE_CHANNEL,
        invokeEvent({ contentsId: WINDOW_ID, url: 'https://x.example/' }),
        request,
      ),
    ).rejects.toThrow(/only accepted from the Thorline window/);
    expect(saveFile).toHaveBeenCalledTimes(1);
  });
});
