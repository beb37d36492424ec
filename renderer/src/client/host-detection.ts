// Which host the page runs in. Inside the desktop app the only way to the workspace is the
// preload bridge (window.workbench): without it the page must say so, never fall back to the
// browser host's HTTP API (there is none to trust inside Electron).
import type { WorkbenchBridge } from '../../../shared/contract/host';

export type HostKind = 'electron' | 'browser' | 'electron-without-bridge';

export interface PageFacts {
  workbench?: WorkbenchBridge | undefined;
  location: { protocol: string };
  navigator: { userAgent: string };
}

/** The desktop app serves the page from app://thorline/ and names Electron in its user agent. */
export function isInsideElectron(page: PageFacts): boolean {
  return (
    page.location.protocol === 'app:' ||
    page.location.protocol === 'file:' ||
    /\bElectron\//.test(page.navigator.userAgent)
  );
}

export function detectHost(page: PageFacts): HostKind {
  if (page.workbench) return 'electron';
  return isInsideElectron(page) ? 'electron-without-bridge' : 'browser';
}
