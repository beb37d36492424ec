// The browser host: the one dispatch over HTTP on 127.0.0.1, server-sent events for pushes,
// and the built renderer as static files. It never imports Electron.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Result } from '../../shared/contract/result';
import { SECURITY_HEADERS } from '../security/content-policy';
import { WorkbenchError } from '../../shared/contract/result';
import { describeStartupError, openWorkbench, type OpenWorkbench } from '../workspace/open-workbench';
import { handleCall, MAX_BODY_BYTES, sendResult } from './api';
import { EventStream } from './event-stream';
import { refusal } from './guards';
import { sendNeedsKey, sendOpenFailure, type OpenFailure } from './host-pages';
import { checkKey, keyedUrl, newSessionKey, sessionCookie } from './session-key';
import { lookupStatic, sendFile } from './static-files';
import { upgradeOf, type WorkspaceUpgrade } from '../../db/store/migrations/backup';
import type { Dispatch } from '../../db/api/dispatch';
import { trainingPathBeside, withTrainingCalls, type SwitchableWorkspace } from '../workspace/training-host';

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
  /**
   * When the workspace cannot be opened, keep serving: the page and every call answer
   * the coded error (the CLI, so the analyst sees why in the browser). Default: throw.
   */
  serveOpenFailure?: boolean;
  /** The training workspace (training.* calls); default training.thorline beside workspacePath. */
  trainingPath?: string;
}

export interface HttpHost {
  /** The address to open: http://127.0.0.1:PORT/key/KEY/ (the key is this launch's secret). */
  url: string;
  port: number;
  workspacePath: string;
  created: OpenWorkbench['created'];
  /** The workspace was upgraded from an older schema on opening (a backup copy was made). */
  upgrade: WorkspaceUpgrade | null;
  /** Why the workspace could not be opened, when serveOpenFailure kept the host up. */
  failure: OpenFailure | null;
  /** Pushes an event to every open /api/events stream, as the backend's ctx.emit does. */
  emit: EventStream['emit'];
  close(): Promise<void>;
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const events = new EventStream();
  const key = newSessionKey();
  // Listen before opening the workspace, so a busy port is reported before any file is created.
  let state: RouteContext['state'] = { kind: 'opening' };
  let dispatch: Dispatch = () => Promise.resolve(failure('INTERNAL', 'The workspace is still opening.'));
  let port = options.port;
  const server = http.createServer((req, res) => {
    const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const ctx = { port, key, state, dispatch, events, rendererDir: options.rendererDir, maxBodyBytes };
    route(req, res, ctx).catch((err) => {
      if (!res.headersSent) sendResult(res, 500, internal(err), { ...SECURITY_HEADERS });
      else res.destroy();
    });
  });
  port = await listen(server, options.port);
  const url = keyedUrl(`http://${LOOPBACK_HOST}:${port}`, key);
  let workbench: OpenWorkbench;
  try {
    workbench = await openWorkbench({
      workspacePath: options.workspacePath,
      seedIfMissing: options.seedIfMissing ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      emit: (event, payload) => events.emit(event, payload),
    });
  } catch (err) {
    if (!options.serveOpenFailure) {
      await closeAll(server, events, null);
      throw err;
    }
    const failure = openFailure(err);
    state = { kind: 'failed', failure };
    const close = once(() => closeAll(server, events, null));
    return {
      url,
      port,
      workspacePath: options.workspacePath,
      created: false,
      upgrade: null,
      failure,
      emit: () => {},
      close,
    };
  }
  const opened = workbench;
  state = { kind: 'open', workbench: opened };
  const open = (workspacePath: string, seedIfMissing = false) =>
    openWorkbench({
      workspacePath,
      seedIfMissing,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      emit: (event, payload) => events.emit(event, payload),
    });
  const switcher = switchableWorkspace(
    () => state,
    (next) => (state = next),
    open,
  );
  dispatch = withTrainingCalls(
    (name, input) =>
      state.kind === 'open'
        ? state.workbench.dispatch(name, input)
        : Promise.resolve(failure('INTERNAL', 'The workspace is being switched; try again.')),
    switcher,
    {
      trainingPath: options.trainingPath ?? trainingPathBeside(options.workspacePath),
      homePath: opened.workspacePath,
    },
  );
  return {
    url,
    port,
    workspacePath: opened.workspacePath,
    created: opened.created,
    upgrade: upgradeOf(opened.db),
    failure: null,
    emit: (event, payload) => events.emit(event, payload),
    close: once(() => closeAll(server, events, state.kind === 'open' ? state.workbench : null)),
  };
}

type HostState = RouteContext['state'];

/** The browser host's open workspace, which the training calls may swap for another file. */
function switchableWorkspace(
  get: () => HostState,
  set: (state: HostState) => void,
  open: (workspacePath: string, seedIfMissing?: boolean) => Promise<OpenWorkbench>,
): SwitchableWorkspace {
  let lastPath = '';
  const current = () => {
    const state = get();
    if (state.kind === 'open') lastPath = state.workbench.workspacePath;
    return lastPath;
  };
  const close = async () => {
    const state = get();
    if (state.kind !== 'open') return;
    lastPath = state.workbench.workspacePath;
    set({ kind: 'opening' });
    state.workbench.close();
  };
  const switchTo: SwitchableWorkspace['switchTo'] = async (workspacePath, options = {}) => {
    const previous = current();
    await close();
    try {
      set({ kind: 'open', workbench: await open(workspacePath, options.seedIfMissing ?? false) });
    } catch (err) {
      // Put back what was open, so a bad training file never leaves the host without a workspace.
      if (previous && previous !== workspacePath) set({ kind: 'open', workbench: await open(previous) });
      else set({ kind: 'failed', failure: openFailure(err) });
      throw err;
    }
  };
  return { current, close, switchTo };
}

function openFailure(err: unknown): OpenFailure {
  return { code: err instanceof WorkbenchError ? err.code : 'INTERNAL', message: describeStartupError(err) };
}

interface RouteContext {
  port: number;
  key: string;
  state:
    | { kind: 'opening' }
    | { kind: 'open'; workbench: OpenWorkbench }
    | { kind: 'failed'; failure: OpenFailure };
  /** The open workspace's dispatch with the host's own calls (training) in front of it. */
  dispatch: Dispatch;
  events: EventStream;
  rendererDir: string;
  maxBodyBytes: number;
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  const headers = { ...SECURITY_HEADERS };
  const refused = refusal(req, ctx.port);
  if (refused) return sendResult(res, 403, failure('FORBIDDEN', refused), headers);
  const key = checkKey(req, ctx.port, ctx.key);
  const url = key.path;
  const method = req.method ?? 'GET';
  const isApi = url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
  if (key.kind === 'wrong' || (key.kind === 'missing' && isApi)) return unauthorized(res, headers);
  if (key.kind === 'prefixed' && !isApi && (method === 'GET' || method === 'HEAD')) {
    // Keep the key in a cookie and out of the address bar.
    res.writeHead(303, { ...headers, Location: url, 'Set-Cookie': sessionCookie(ctx.port, ctx.key) });
    return void res.end();
  }
  if (ctx.state.kind === 'opening')
    return sendResult(res, 503, failure('INTERNAL', 'The workspace is still opening.'), headers);
  if (ctx.state.kind === 'failed') {
    if (key.kind === 'missing') return sendNeedsKey(res, headers); // the path is not for everyone
    return sendOpenFailure(res, ctx.state.failure, isApi, headers);
  }
  if (url === '/api/events' || url.startsWith('/api/events?')) {
    if (method !== 'GET') return notAllowed(res, 'GET', headers);
    return ctx.events.open(req, res, headers);
  }
  if (isApi) {
    if (method !== 'POST') return notAllowed(res, 'POST', headers);
    const callName = safeDecode(url.slice('/api/'.length).split('?', 1)[0] ?? '');
    return handleCall(req, res, callName, ctx.dispatch, headers, ctx.maxBodyBytes);
  }
  if (method !== 'GET' && method !== 'HEAD') return notAllowed(res, 'GET, HEAD', headers);
  const found = lookupStatic(ctx.rendererDir, url);
  // Scripts and styles go to anyone; the workbench page itself only with the key, since
  // without it every call would fail: say how to get in instead.
  if (found.kind === 'file' && key.kind === 'missing' && path.basename(found.file) === 'index.html')
    return sendNeedsKey(res, headers);
  if (found.kind === 'file') return sendFile(req, res, found.file, headers);
  res.writeHead(found.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(found.message);
}

function unauthorized(res: ServerResponse, headers: Record<string, string>): void {
  const message =
    'This workbench needs the key it printed when it started: open the full URL it printed (http://127.0.0.1:PORT/key/…/).';
  sendResult(res, 401, failure('FORBIDDEN', message), headers);
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

async function closeAll(
  server: http.Server,
  events: EventStream,
  workbench: OpenWorkbench | null,
): Promise<void> {
  events.close();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  workbench?.close();
}
