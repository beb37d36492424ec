// The browser host belongs to whoever started it: without the key printed in its URL,
// every call and the event stream answer 401; with it (cookie, header or URL prefix) they
// work. The key is read from the printed URL, as a user or a tool would.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/http-host';
import { CALL_NAMES } from '../../../shared/contract/calls';

let dir: string;
let host: HttpHost;
let key: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-key-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Thorline test</title>');
  fs.writeFileSync(path.join(rendererDir, 'app.js'), 'console.log("app");');
  host = await startHttpHost({ workspacePath: path.join(dir, 'ws.thorline'), port: 0, rendererDir });
  key = new URL(host.url).pathname.split('/')[2]!;
});

afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A plain request, like curl's: no cookie or key unless given. Event streams end at the first chunk. */
function request(
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method, path: urlPath, headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        res.on('data', (chunk: string) => {
          body += chunk;
          if (res.headers['content-type']?.startsWith('text/event-stream')) {
            req.destroy();
            done();
          }
        });
        res.on('end', done);
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

const cookie = () => ({ cookie: `thorline-key-${host.port}=${key}` });

describe('without the key', () => {
  it('refuses every call of the contract with 401 and a coded message', async () => {
    expect(CALL_NAMES.length).toBeGreaterThan(10);
    for (const call of CALL_NAMES) {
      const res = await request('POST', `/api/${call}`, { 'content-type': 'application/json' });
      expect(res.status, call).toBe(401);
      const body = JSON.parse(res.body);
      expect(body.ok, call).toBe(false);
      expect(body.error.message).toMatch(/key it printed/);
    }
  });

  it('refuses unknown calls and the event stream with 401', async () => {
    expect((await request('POST', '/api/cases.drop')).status).toBe(401);
    expect((await request('GET', '/api/events')).status).toBe(401);
    expect((await request('GET', '/api')).status).toBe(401);
  });

  it('serves scripts, but in place of the workbench page says how to get in', async () => {
    expect((await request('GET', '/app.js')).status).toBe(200);
    for (const route of ['/', '/cases/3']) {
      const res = await request('GET', route);
      expect(res.status).toBe(401);
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.body).toContain('This workbench needs its key');
      expect(res.body).not.toContain('Thorline test');
    }
    const withKey = await request('GET', '/', cookie());
    expect(withKey.status).toBe(200);
    expect(withKey.body).toContain('Thorline test');
  });
});

describe('with a wrong key', () => {
  const wrong = () => key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');

  it('refuses it in the header, the cookie and the URL', async () => {
    const workspaceInfo = '/api/workspace.info';
    expect((await request('POST', workspaceInfo, { 'x-thorline-key': wrong() })).status).toBe(401);
    expect(
      (await request('POST', workspaceInfo, { cookie: `thorline-key-${host.port}=${wrong()}` })).status,
    ).toBe(401);
    expect((await request('POST', `/key/${wrong()}${workspaceInfo}`)).status).toBe(401);
    expect((await request('GET', `/key/${wrong()}/`)).status).toBe(401);
    expect((await request('GET', '/api/events', { 'x-thorline-key': `${key}x` })).status).toBe(401);
  });

  it('does not take another port’s cookie', async () => {
    const res = await request('POST', '/api/workspace.info', {
      cookie: `thorline-key-${host.port + 1}=${key}`,
    });
    expect(res.status).toBe(401);
  });
});

describe('with the key', () => {
  it('opening the printed URL sets an HttpOnly, SameSite=Strict cookie and redirects to the clean address', async () => {
    const res = await request('GET', `${new URL(host.url).pathname}?testHooks=1`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/?testHooks=1');
    const set = res.headers['set-cookie']?.[0] ?? '';
    expect(set).toBe(`thorline-key-${host.port}=${key}; Path=/; HttpOnly; SameSite=Strict`);
  });

  it('answers calls carrying the cookie, the header or the URL prefix', async () => {
    for (const headers of [cookie(), { 'x-thorline-key': key }]) {
      const res = await request('POST', '/api/workspace.info', headers);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).value.path).toBe(host.workspacePath);
    }
    const prefixed = await request('POST', `/key/${key}/api/workspace.info`);
    expect(JSON.parse(prefixed.body).ok).toBe(true);
  });

  it('opens the event stream with the cookie', async () => {
    const res = await request('GET', '/api/events', cookie());
    expect(res.status).toBe(200);
    expect(res.body).toContain(': connected');
  });

  it('makes a new key at every launch', async () => {
    const second = await startHttpHost({
      workspacePath: path.join(dir, 'second.thorline'),
      port: 0,
      rendererDir: path.join(dir, 'renderer'),
    });
    await second.close();
    expect(second.url).not.toContain(key);
    expect(new URL(second.url).pathname).toMatch(/^\/key\/[\w-]{32}\/$/);
  });
});
