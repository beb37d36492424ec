// The browser host: the one dispatch over HTTP on 127.0.0.1, server-sent events for pushes,
// and the built renderer as static files. It never imports Electron.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/contract/result';
import { SECURITY_HEADERS } from '../security/content-policy';
import { openWorkbench, type OpenWorkbench } from '../workspace/open-workbench';
import { handleCall, MAX_BODY_BYTES, sendResult } from './api';
import { EventStream } from './event-stream';
import { refusal } from './guards';
import { lookupStatic, sendFile } from './static-files';

export const LOOPBACK_HOST = '127.0.0.1';

export interface HttpHostOptions {
  workspacePath: string;
  /** 0 picks a free port. */
  port: number;
  /** Folder of the built renderer (dist/renderer). */
  rendererDir: string;
  nativeBinding?: string;
  /** Create the workspace seeded with the training scenario when the file does not exist. */
  seedIfMissing?: boolean;
  /** Largest accepted request body (default MAX_BODY_BYTES, 250 MB). */
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  port: number;
  workspacePath: string;
  created: OpenWorkbench['created'];
  /** Pushes an event to every open /api/events stream, as the backend's ctx.emit does. */
  emit: EventStream['emit'];
  close(): Promise<void>;
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const events = new EventStream();
  // Listen before opening the workspace, so a busy port is reported before any file is created.
  let workbench: OpenWorkbench | undefined;
  let port = options.port;
  const server = http.createServer((req, res) => {
    const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
    if (!workbench)
      return sendResult(res, 503, failure('INTERNAL', 'The workspace is still opening.'), {
        ...SECURITY_HEADERS,
      });
    route(req, res, { port, workbench, events, rendererDir: options.rendererDir, maxBodyBytes }).catch(
      (err) => {
        if (!res.headersSent) sendResult(res, 500, internal(err), { ...SECURITY_HEADERS });
        else res.destroy();
      },
    );
  });
  port = await listen(server, options.port);
  try {
    workbench = await openWorkbench({
      workspacePath: options.workspacePath,
      seedIfMissing: options.seedIfMissing ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      emit: (event, payload) => events.emit(event, payload),
    });
  } catch (err) {
    events.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw err;
  }
  const opened = workbench;
  return {
    url: `http://${LOOPBACK_HOST}:${port}/`,
    port,
    workspacePath: opened.workspacePath,
    created: opened.created,
    emit: (event, payload) => events.emit(event, payload),
    close: once(() => closeAll(server, events, opened)),
  };
}

interface RouteContext {
  port: number;
  workbench: OpenWorkbench;
  events: EventStream;
  rendererDir: string;
  maxBodyBytes: number;
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  const headers = { ...SECURITY_HEADERS };
  const refused = refusal(req, ctx.port);
  if (refused) return sendResult(res, 403, failure('FORBIDDEN', refused), headers);
  const url = req.url ?? '/';
  const method = req.method ?? 'GET';
  if (url === '/api/events' || url.startsWith('/api/events?')) {
    if (method !== 'GET') return notAllowed(res, 'GET', headers);
    return ctx.events.open(req, res, headers);
  }
  if (url.startsWith('/api/')) {
    if (method !== 'POST') return notAllowed(res, 'POST', headers);
    const callName = safeDecode(url.slice('/api/'.length).split('?', 1)[0] ?? '');
    return handleCall(req, res, callName, ctx.workbench.dispatch, headers, ctx.maxBodyBytes);
  }
  if (method !== 'GET' && method !== 'HEAD') return notAllowed(res, 'GET, HEAD', headers);
  const found = lookupStatic(ctx.rendererDir, url);
  if (found.kind === 'file') return sendFile(req, res, found.file, headers);
  res.writeHead(found.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(found.message);
}

function notAllowed(res: ServerResponse, allow: string, headers: Record<string, string>): void {
  sendResult(res, 405, failure('FORBIDDEN', `Method not allowed here; use ${allow}.`), {
    ...headers,
    Allow: allow,
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function failure(code: 'FORBIDDEN' | 'INTERNAL', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function internal(err: unknown): Result<never> {
  return failure('INTERNAL', `The browser host failed: ${err instanceof Error ? err.message : String(err)}`);
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

async function closeAll(server: http.Server, events: EventStream, workbench: OpenWorkbench): Promise<void> {
  events.close();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  workbench.close();
}
