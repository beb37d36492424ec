// file:// requests from the window: only files inside dist/renderer are served, and each
// carries the strict CSP header.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isAppFile, serveAppFiles, type FileFetcher, type FileProtocol } from '../../electron/main/app-files';

const RENDERER = path.resolve('/opt/thorline/dist/renderer');
const url = (file: string) => pathToFileURL(file).href;

function setup() {
  let handler: ((request: Request) => Response | Promise<Response>) | undefined;
  const protocol = { handle: (scheme: string, h: typeof handler) => scheme === 'file' && (handler = h) };
  const fetch = vi.fn(
    async () => new Response('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
  );
  serveAppFiles(protocol as unknown as FileProtocol, { fetch } as unknown as FileFetcher, RENDERER);
  return { fetch, request: (u: string) => handler!(new Request(u)) };
}

describe('app files', () => {
  it('serves a renderer file with the strict CSP header', async () => {
    const { request, fetch } = setup();
    const response = await request(url(path.join(RENDERER, 'index.html')));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await response.text()).toBe('<html></html>');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('refuses files outside dist/renderer without reading them', async () => {
    const { request, fetch } = setup();
    for (const outside of [
      '/etc/passwd',
      path.join(RENDERER, '..', 'secret.thorline'),
      `${RENDERER}-evil/x.js`,
    ]) {
      expect((await request(url(outside))).status, outside).toBe(403);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('recognises app files', () => {
    expect(isAppFile(url(path.join(RENDERER, 'assets', 'app.js')), RENDERER)).toBe(true);
    expect(isAppFile(url(RENDERER), RENDERER)).toBe(false);
    expect(isAppFile('https://example.com/x.js', RENDERER)).toBe(false);
  });
});
