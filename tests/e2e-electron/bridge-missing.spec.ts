// The built renderer inside a desktop window whose preload did not run: it shows the coded
// error screen naming the cause and never falls back to the browser host's HTTP API. Runs in
// Chromium with Electron's user agent (no Electron binary needed), on dist/renderer as built.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER = path.join(REPO, 'dist', 'renderer');
const ELECTRON_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Thorline/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the built renderer's files; anything else (such as /api) is a 404 that the test records. */
async function serveRenderer(apiRequests: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname.startsWith('/api')) apiRequests.push(pathname);
    const file = path.join(RENDERER, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(RENDERER + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

test('inside Electron without the bridge the built renderer explains, and makes no HTTP calls', async ({
  browser,
}) => {
  expect(fs.existsSync(path.join(RENDERER, 'index.html')), 'run npm run build first').toBe(true);
  const apiRequests: string[] = [];
  const server = await serveRenderer(apiRequests);
  const context = await browser.newContext({ userAgent: ELECTRON_UA });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    const screen = page.getByRole('alert');
    await expect(screen.getByRole('heading', { name: 'Thorline cannot reach its workspace' })).toBeVisible();
    await expect(screen).toContainText('BRIDGE_MISSING');
    await expect(screen).toContainText('window.workbench is missing');
    await expect(page).toHaveTitle(/cannot reach the workspace/);
    await page.waitForTimeout(1000);
    expect(apiRequests).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});
