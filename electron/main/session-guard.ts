// Keeps the desktop app on this machine and inside its own folder: every request that is
// not one of the app's own files (or DevTools, or in-memory data/blob URLs) is cancelled,
// pages get the strict CSP as a header, and permission requests (camera, ...) are refused.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-policy';

const IN_MEMORY_PROTOCOLS = new Set(['devtools:', 'data:', 'blob:']);

/** True for file:// URLs inside rendererDir and for DevTools, data: and blob: URLs. */
export function isAllowedRequest(url: string, rendererDir: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (IN_MEMORY_PROTOCOLS.has(parsed.protocol)) return true;
  if (parsed.protocol !== 'file:') return false;
  try {
    const file = path.resolve(fileURLToPath(parsed));
    return file.startsWith(path.resolve(rendererDir) + path.sep);
  } catch {
    return false;
  }
}

export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

export function guardSession(session: GuardedSession, rendererDir: string): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, rendererDir) });
  });
  // file:// responses have no headers of their own; this gives the app's pages the policy
  // (DevTools keeps its own).
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({});
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
