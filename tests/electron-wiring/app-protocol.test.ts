// The app:// handler serves the renderer's files with the content security policy and the
// right type, and nothing outside the renderer folder, whatever the URL or a symbolic link says.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, fileForUrl } from '../../electron/main/app-protocol';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-protocol-'));
const renderer = path.join(root, 'dist', 'renderer');
fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Thorline</title>');
fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(root, 'secret.thorline'), 'workspace bytes');
fs.symlinkSync(path.join(root, 'secret.thorline'), path.join(renderer, 'assets', 'link.js'));
const handle = createAppProtocolHandler(renderer);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('app:// protocol handler', () => {
  it('serves the page and its scripts with their type and the CSP', async () => {
    const page = await handle(new Request('app://thorline/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Thorline</title>');
    const script = await handle(new Request('app://thorline/assets/app.js?v=1#x'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await handle(new Request('app://thorline/'))).status).toBe(200);
  });

  it('refuses traversal, encoded separators, other hosts, folders and links out of the folder', async () => {
    for (const url of [
      'app://thorline/../secret.thorline',
      'app://thorline/..%2f..%2fsecret.thorline',
      'app://thorline/assets/..%2f..%2f..%2fsecret.thorline',
      'app://thorline/..%5c..%5csecret.thorline',
      'app://thorline/%00index.html',
      'app://thorline/%E0%A4%A',
      'app://thorline/assets',
      'app://thorline/assets/link.js',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('workspace bytes');
    }
  });

  it('maps only URLs of the app host to files inside the folder', () => {
    expect(fileForUrl('app://thorline/assets/app.js', renderer)).toBe(
      path.join(renderer, 'assets', 'app.js'),
    );
    expect(fileForUrl('app://thorline/..%2fsecret.thorline', renderer)).toBeUndefined();
    expect(fileForUrl('https://thorline/index.html', renderer)).toBeUndefined();
  });
});
