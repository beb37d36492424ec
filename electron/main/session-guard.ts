// Keeps the desktop app on this machine and inside its own folder: every request that is
// not one of the app's own app://thorline/ files (or DevTools, or in-memory data/blob URLs) is
// cancelled, pages get the strict CSP as a header, and permission requests (camera, ...) are refused.
import type { Session } from 'electron';
import { CSP_HEADER_VALUE } from '../security/content-policy';
import { isAppUrl } from './app-protocol';

const IN_MEMORY_PROTOCOLS = new Set(['devtools:', 'data:', 'blob:']);

/** True for app://thorline/ URLs and for DevTools, data: and blob: URLs; file:// is refused. */
export function isAllowedRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return IN_MEMORY_PROTOCOLS.has(parsed.protocol) || isAppUrl(url);
}

export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

export function guardSession(session: GuardedSession): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  // The protocol handler sets the policy too; this covers any response of the app's origin
  // (DevTools keeps its own).
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) return callback({});
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CSP_HEADER_VALUE],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
