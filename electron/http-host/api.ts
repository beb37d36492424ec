// POST /api/<call>: the JSON body is the call's input, the reply is the dispatch Result.
// Coded errors travel as HTTP 200 (they are answers); only a body that cannot be read as
// JSON (400) or is too large (413) is refused before dispatch.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatch } from '../../db/api/dispatch';
import type { Result } from '../../shared/contract/result';

/** Imports send whole files as base64, so the limit is generous. */
export const MAX_BODY_BYTES = 250 * 1024 * 1024;

type BodyOutcome = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

export async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  callName: string,
  dispatch: Dispatch,
  headers: Record<string, string>,
  maxBodyBytes = MAX_BODY_BYTES,
): Promise<void> {
  const body = await readBody(req, maxBodyBytes);
  if (!body.ok) {
    sendResult(res, body.status, invalid(body.message), { ...headers, Connection: 'close' });
    return;
  }
  let input: unknown;
  try {
    input = body.text.trim() === '' ? undefined : JSON.parse(body.text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    sendResult(
      res,
      400,
      invalid(`The body of ${callName.slice(0, 100)} is not valid JSON: ${reason}`),
      headers,
    );
    return;
  }
  sendResult(res, 200, await dispatch(callName, input), headers);
}

function invalid(message: string): Result<never> {
  return { ok: false, error: { code: 'INVALID_INPUT', message } };
}

export function sendResult(
  res: ServerResponse,
  status: number,
  result: Result<unknown>,
  headers: Record<string, string>,
): void {
  const text = JSON.stringify(result);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  const tooLarge: BodyOutcome = {
    ok: false,
    status: 413,
    message: `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`,
  };
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume(); // drain without keeping anything
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', (err) => {
      if (!done)
        resolve({ ok: false, status: 400, message: `The request body could not be read: ${err.message}` });
      done = true;
    });
  });
}
