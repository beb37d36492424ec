// The browser host end to end over real HTTP: calls, coded errors, event stream, static
// files, and the guards that keep other machines and other sites out.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/http-host';
import { refusal } from '../../../electron/http-host/guards';
import type { IncomingMessage } from 'node:http';

let dir: string;
let host: HttpHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-http-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Thorline test</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  host = await startHttpHost({ workspacePath: path.join(dir, 'ws.thorline'), port: 0, rendererDir });
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

/** The launch's key, read from the printed URL as a user or tool would. */
const keyOf = (h: HttpHost) => /\/key\/([^/]+)\//.exec(h.url)![1]!;

/** A raw request with the key, so that the path and Host header go out exactly as written. */
function request(
  method: string,
  urlPath: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { 'x-thorline-key': keyOf(host), ...options.headers };
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method, path: urlPath, headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (call: string, body: string, headers: Record<string, string> = {}) =>
  request('POST', `/api/${call}`, { body, headers: { 'content-type': 'application/json', ...headers } });

describe('calls', () => {
  it('answers a call with the dispatch Result', async () => {
    const res = await post('workspace.info', '{}');
    expect(res.status).toBe(200);
    const result = JSON.parse(res.body);
    expect(result.ok).toBe(true);
    expect(result.value.path).toBe(host.workspacePath);
  });

  it('refuses an unknown call with UNKNOWN_CALL', async () => {
    const res = await post('cases.explode', '{}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).error.code).toBe('UNKNOWN_CALL');
  });

  it('turns a wrong-typed field into INVALID_INPUT naming the field', async () => {
    const res = await post('cases.list', JSON.stringify({ filter: 42 }));
    const result = JSON.parse(res.body);
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain('filter');
  });

  it('answers malformed JSON with 400 and a message', async () => {
    const res = await post('cases.list', '{"filter": ');
    expect(res.status).toBe(400);
    const result = JSON.parse(res.body);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(result.error.message).toMatch(/not valid JSON/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const small = await startHttpHost({
      workspacePath: path.join(dir, 'limit.thorline'),
      port: 0,
      rendererDir: path.join(dir, 'renderer'),
      maxBodyBytes: 1024,
    });
    try {
      const res = await fetch(`${small.url}api/cases.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ filter: 'x'.repeat(2000) }),
      });
      expect(res.status).toBe(413);
      expect((await res.json()).error.message).toMatch(/larger than/);
    } finally {
      await small.close();
    }
  });

  it('refuses GET on a call', async () => {
    const res = await request('GET', '/api/cases.list');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });
});

describe('guards', () => {
  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const res = await request('GET', '/', { headers: { host: `attacker.example:${host.port}` } });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('FORBIDDEN');
  });

  it('accepts localhost as the Host name', async () => {
    const res = await request('GET', '/', { headers: { host: `localhost:${host.port}` } });
    expect(res.status).toBe(200);
  });

  it('refuses a POST from another origin with 403 and does not dispatch it', async () => {
    const res = await post('cases.list', '{}', { origin: 'http://attacker.example' });
    expect(res.status).toBe(403);
    const same = await post('cases.list', '{}', { origin: `http://127.0.0.1:${host.port}` });
    expect(same.status).toBe(200);
  });

  it('refuses requests whose remote address is not loopback', () => {
    const fake = (remoteAddress: string) =>
      ({
        socket: { remoteAddress },
        headers: { host: '127.0.0.1:4815' },
        method: 'GET',
      }) as unknown as IncomingMessage;
    expect(refusal(fake('192.168.1.20'), 4815)).toMatch(/only accepted from this machine/);
    expect(refusal(fake('::ffff:10.0.0.3'), 4815)).toBeDefined();
    expect(refusal(fake('127.0.0.1'), 4815)).toBeUndefined();
    expect(refusal(fake('::1'), 4815)).toBeUndefined();
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/key/${keyOf(host)}/`);
    const other = nonLoopbackAddress();
    await expect(canConnect(other, host.port)).resolves.toBe(false);
    await expect(canConnect('127.0.0.1', host.port)).resolves.toBe(true);
  });

  it('sends a strict content security policy', async () => {
    const res = await request('GET', '/');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('renderer files', () => {
  it('serves index.html and assets with their content types', async () => {
    const index = await request('GET', '/');
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.body).toContain('Thorline test');
    const script = await request('GET', '/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('falls back to index.html for routes but not for missing files', async () => {
    expect((await request('GET', '/cases/12')).body).toContain('Thorline test');
    expect((await request('GET', '/assets/missing.js')).status).toBe(404);
  });

  it('refuses path traversal', async () => {
    for (const attempt of [
      '/../package.json',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..\\..\\secret.txt',
    ]) {
      const res = await request('GET', attempt);
      expect(res.status, attempt).toBe(403);
      expect(res.body).not.toContain('outside the renderer');
    }
  });
});

describe('event stream', () => {
  it('delivers an emitted event to an open /api/events client', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const headers = { 'x-thorline-key': keyOf(host) };
      const req = http.get({ host: '127.0.0.1', port: host.port, path: '/api/events', headers }, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes(': connected'))
            host.emit('workspace.changed', { reason: 'test', changes: ['cases'] });
          if (text.includes('event: workspace.changed')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    const text = await received;
    expect(text).toContain('event: workspace.changed\ndata: {"reason":"test","changes":["cases"]}\n\n');
  });
});

describe('lifecycle', () => {
  it('starts quickly and closes with an event stream still open', async () => {
    const started = Date.now();
    const second = await startHttpHost({
      workspacePath: path.join(dir, 'second.thorline'),
      port: 0,
      rendererDir: path.join(dir, 'renderer'),
    });
    const startupMs = Date.now() - started;
    console.log(`http host startup: ${startupMs} ms`);
    await new Promise<void>((resolve) => {
      const headers = { 'x-thorline-key': keyOf(second) };
      http.get({ host: '127.0.0.1', port: second.port, path: '/api/events', headers }, (res) => {
        res.once('data', () => resolve());
        res.resume();
      });
    });
    await second.close();
    await expect(canConnect('127.0.0.1', second.port)).resolves.toBe(false);
  });

  it('reports a workspace that is not a SQLite file with a coded error', async () => {
    const bad = path.join(dir, 'notes.txt');
    fs.writeFileSync(bad, 'just some notes, not a database');
    await expect(
      startHttpHost({ workspacePath: bad, port: 0, rendererDir: path.join(dir, 'renderer') }),
    ).rejects.toMatchObject({ code: 'BAD_FILE' });
    expect(fs.readFileSync(bad, 'utf8')).toBe('just some notes, not a database');
  });
});

function nonLoopbackAddress(): string {
  for (const list of Object.values(os.networkInterfaces())) {
    const external = list?.find((a) => a.family === 'IPv4' && !a.internal);
    if (external) return external.address;
  }
  // 127.0.0.2 is loopback too, but a socket bound to 127.0.0.1 alone does not answer it.
  return '127.0.0.2';
}

function canConnect(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
