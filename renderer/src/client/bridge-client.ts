// The client over the Electron preload bridge (window.workbench).
import type { WorkbenchBridge, WorkbenchClient } from '../../../shared/contract/host';
import { unwrap } from './call-failed';

export function bridgeClient(bridge: WorkbenchBridge): WorkbenchClient {
  return {
    host: 'electron',
    call: async (name, input) => unwrap(name, await bridge.call(name, input)),
    on: (event, listener) => bridge.on(event, (payload) => listener(payload as never)),
    saveFile: (request) => bridge.saveFile(request),
  };
}
