// The main process's side of the bridge: one channel for every call, one for saving files.
// Each message is checked to come from the app's own window before anything runs.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../../db/api/dispatch';
import type { SaveFileResult } from '../../shared/contract/host';
import type { Result } from '../../shared/contract/result';
import { CALL_CHANNEL, SAVE_FILE_CHANNEL } from '../ipc/channels';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;
export type IpcHandlerRegistry = Pick<IpcMain, 'handle'>;

const FORBIDDEN_MESSAGE = 'Calls are only accepted from the Thorline window.';
const FORBIDDEN: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE } };

export function registerIpc(
  ipcMain: IpcHandlerRegistry,
  dispatch: Dispatch,
  isTrustedSender: SenderCheck,
): void {
  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    return dispatch(String(name), input);
  });
}

export function registerSaveFile(
  ipcMain: IpcHandlerRegistry,
  saveFile: (request: unknown) => Promise<SaveFileResult>,
  isTrustedSender: SenderCheck,
): void {
  ipcMain.handle(SAVE_FILE_CHANNEL, (event, request: unknown) => {
    if (!isTrustedSender(event)) throw new Error(FORBIDDEN_MESSAGE);
    return saveFile(request);
  });
}
