// Builds the one client the renderer uses from whichever host it finds: the Electron
// preload bridge when window.workbench exists, the HTTP host in a browser. Inside Electron
// without the bridge there is no client: the page shows why instead.
import type { WorkbenchBridge, WorkbenchClient } from '../../../shared/contract/host';
import { bridgeClient } from './bridge-client';
import { BridgeMissing, showBridgeMissing } from './bridge-missing';
import { detectHost } from './host-detection';
import { httpClient } from './http-client';

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export function createClient(win: Window = window): WorkbenchClient {
  const host = detectHost(win);
  if (win.workbench) return bridgeClient(win.workbench);
  if (host === 'electron-without-bridge') throw new BridgeMissing();
  return httpClient({
    baseUrl: win.location.origin,
    eventSource: (url) => new EventSource(url),
  });
}

/** createClient for the page's entry point: a missing bridge is shown on screen, then thrown. */
export function createClientOrExplain(win: Window = window): WorkbenchClient {
  try {
    return createClient(win);
  } catch (err) {
    if (err instanceof BridgeMissing) showBridgeMissing(win.document, err);
    throw err;
  }
}
