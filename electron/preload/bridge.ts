// Builds window.workbench: call, on and saveFile, and nothing else. The renderer never
// sees ipcRenderer or the IPC event objects, only plain results and payloads.
import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron';
import type { EventName } from '../../shared/contract/events';
import type { SaveFileRequest, SaveFileResult, WorkbenchBridge } from '../../shared/contract/host';
import type { Result } from '../../shared/contract/result';
import { CALL_CHANNEL, EVENT_CHANNEL, SAVE_FILE_CHANNEL } from '../ipc/channels';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createBridge(ipcRenderer: BridgeIpc): WorkbenchBridge {
  return {
    call: (name: string, input: unknown) =>
      ipcRenderer.invoke(CALL_CHANNEL, String(name), input) as Promise<Result<unknown>>,
    on: (event: EventName, listener: (payload: unknown) => void) => {
      const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
        if (name === event) listener(payload);
      };
      ipcRenderer.on(EVENT_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, forward);
      };
    },
    saveFile: (request: SaveFileRequest) =>
      ipcRenderer.invoke(SAVE_FILE_CHANNEL, request) as Promise<SaveFileResult>,
  };
}

export function exposeBridge(
  contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>,
  ipcRenderer: BridgeIpc,
): void {
  contextBridge.exposeInMainWorld('workbench', createBridge(ipcRenderer));
}
