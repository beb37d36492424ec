// Builds the one client the renderer uses from whichever host it finds: the Electron
// preload bridge when window.workbench exists, the HTTP host otherwise.
import type { WorkbenchBridge, WorkbenchClient } from '../../../shared/contract/host';
import { bridgeClient } from './bridge-client';
import { httpClient } from './http-client';

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export function createClient(win: Window = window): WorkbenchClient {
  if (win.workbench) return bridgeClient(win.workbench);
  return httpClient({
    baseUrl: win.location.origin,
    eventSource: (url) => new EventSource(url),
  });
}
