import { describe, expect, it, vi } from 'vitest';
import { CallFailed, describeError, unwrap } from '../../../renderer/src/client/call-failed';
import { httpClient } from '../../../renderer/src/client/http-client';
import { bridgeClient } from '../../../renderer/src/client/bridge-client';
import type { WorkbenchBridge } from '../../../shared/contract/host';

describe('unwrap', () => {
  it('returns the value of an ok result', () => {
    expect(unwrap('cases.list', { ok: true, value: [1, 2] })).toEqual([1, 2]);
  });

  it('throws the coded error of a failed result', () => {
    const fail = {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Entity 9 does not exist.', details: { entityId: 9 } },
    };
    try {
      unwrap('entities.get', fail);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CallFailed);
      expect(err).toMatchObject({ code: 'NOT_FOUND', call: 'entities.get', details: { entityId: 9 } });
      expect(describeError(err)).toBe('NOT_FOUND: Entity 9 does not exist.');
    }
  });

  it('refuses answers that are not results', () => {
    for (const bad of [null, 'text', { value: 1 }, { ok: true }, { ok: false }]) {
      expect(() => unwrap('x', bad)).toThrow(/not a result/);
    }
  });
});

describe('httpClient', () => {
  it('POSTs the input as JSON to /api/<call> and unwraps the result', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { caseCount: 3 } })));
    const client = httpClient({
      baseUrl: 'http://127.0.0.1:5000/',
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    await expect(client.call('workspace.info', {})).resolves.toEqual({ caseCount: 3 });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:5000/api/workspace.info');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({});
    expect(client.host).toBe('browser');
  });

  it('turns an error result into a thrown CallFailed', async () => {
    const body = {
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Invalid input for graph.get: caseIds.0: expected number' },
    };
    const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status: 400 }));
    const client = httpClient({ baseUrl: '', fetch: fetch as unknown as typeof globalThis.fetch });
    await expect(client.call('graph.get', { caseIds: [1] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('says so when the host cannot be reached or answers something else', async () => {
    const down = httpClient({
      baseUrl: '',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
    });
    await expect(down.call('workspace.info', {})).rejects.toThrow(/cannot be reached/);
    const html = httpClient({
      baseUrl: '',
      fetch: (async () => new Response('<html>', { status: 502 })) as unknown as typeof fetch,
    });
    await expect(html.call('workspace.info', {})).rejects.toThrow(/HTTP 502/);
  });

  it('saves a file by handing it to the download function', async () => {
    const download = vi.fn();
    const client = httpClient({ baseUrl: '', fetch: vi.fn() as unknown as typeof fetch, download });
    const req = {
      suggestedName: 'chart.svg',
      mime: 'image/svg+xml',
      data: '<svg/>',
      encoding: 'utf8' as const,
    };
    await expect(client.saveFile(req)).resolves.toEqual({ saved: true, path: 'chart.svg' });
    expect(download).toHaveBeenCalledWith(req);
  });
});

describe('bridgeClient', () => {
  it('calls through the preload bridge and unwraps', async () => {
    const bridge: WorkbenchBridge = {
      call: vi.fn(async (name: string) =>
        name === 'cases.list'
          ? { ok: true as const, value: [] }
          : { ok: false as const, error: { code: 'UNKNOWN_CALL' as const, message: 'no' } },
      ),
      on: vi.fn(() => () => {}),
      saveFile: vi.fn(async () => ({ saved: false as const })),
    };
    const client = bridgeClient(bridge);
    expect(client.host).toBe('electron');
    await expect(client.call('cases.list', {})).resolves.toEqual([]);
    await expect(client.call('workspace.info', {})).rejects.toMatchObject({ code: 'UNKNOWN_CALL' });
    const listener = vi.fn();
    client.on('workspace.changed', listener);
    const forwarded = (bridge.on as ReturnType<typeof vi.fn>).mock.calls[0]![1] as (p: unknown) => void;
    forwarded({ reason: 'merge' });
    expect(listener).toHaveBeenCalledWith({ reason: 'merge' });
  });
});
