// Keeps the desktop app on this machine: every request that is not the app's own files
// (or DevTools, or in-memory data/blob URLs) is cancelled, pages get the strict CSP as
// a header, and permission requests (camera, notifications, ...) are refused.
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-policy';

const LOCAL_PROTOCOLS = new Set(['file:', 'devtools:', 'data:', 'blob:']);

export function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

export function guardSession(session: GuardedSession): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
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
