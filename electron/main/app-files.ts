// Serves the app's own files to the window: every file:// request goes through here, so
// the page can read only what is inside dist/renderer, and each response carries the
// strict content security policy as a header (file:// responses have no headers otherwise).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Net, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-policy';

export type FileProtocol = Pick<Protocol, 'handle'>;
export type FileFetcher = Pick<Net, 'fetch'>;

/** True when the file:// URL names a file inside rendererDir. */
export function isAppFile(url: string, rendererDir: string): boolean {
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  const root = path.resolve(rendererDir);
  const resolved = path.resolve(file);
  return resolved.startsWith(root + path.sep);
}

export function serveAppFiles(protocol: FileProtocol, net: FileFetcher, rendererDir: string): void {
  protocol.handle('file', async (request) => {
    if (!isAppFile(request.url, rendererDir)) {
      return new Response('Only the workbench’s own files can be loaded.', { status: 403 });
    }
    const response = await net.fetch(request, { bypassCustomProtocolHandlers: true });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}
