// The browser host belongs to whoever started it: each launch makes a random key and
// prints it inside the URL (http://127.0.0.1:PORT/key/KEY/). Opening that URL sets an
// HttpOnly, SameSite=Strict cookie and redirects to the clean address, so the page's own
// calls and event stream carry the key without the renderer knowing it. Tools may send it
// as the x-thorline-key header or call under the /key/KEY/ prefix. The key is in the path,
// not the query, so that a URL built on the printed one (`new URL('?x', url)`) keeps it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const KEY_HEADER = 'x-thorline-key';
const KEY_PREFIX = '/key/';

export function newSessionKey(): string {
  return randomBytes(24).toString('base64url');
}

/** Cookies are not kept apart by port, so each host names its own. */
export function cookieName(port: number): string {
  return `thorline-key-${port}`;
}

export function keyedUrl(origin: string, key: string): string {
  return `${origin}${KEY_PREFIX}${key}/`;
}

export function sessionCookie(port: number, key: string): string {
  return `${cookieName(port)}=${key}; Path=/; HttpOnly; SameSite=Strict`;
}

export type KeyCheck =
  /** The request carries the right key in a cookie or header; route `path` as it is. */
  | { kind: 'carried'; path: string }
  /** The path began with the right /key/KEY/ prefix; `path` is what follows it. */
  | { kind: 'prefixed'; path: string }
  /** A wrong key in the path, or none at all. */
  | { kind: 'wrong'; path: string }
  | { kind: 'missing'; path: string };

export function checkKey(req: IncomingMessage, port: number, key: string): KeyCheck {
  const url = req.url ?? '/';
  if (url.startsWith(KEY_PREFIX)) {
    const rest = url.slice(KEY_PREFIX.length);
    const slash = rest.search(/[/?]|$/);
    const given = rest.slice(0, slash);
    const path = rest.slice(slash);
    const clean = path.startsWith('/') ? path : `/${path}`;
    return sameKey(given, key) ? { kind: 'prefixed', path: clean } : { kind: 'wrong', path: clean };
  }
  const given = headerKey(req) ?? cookieKey(req, port);
  if (given === undefined) return { kind: 'missing', path: url };
  return sameKey(given, key) ? { kind: 'carried', path: url } : { kind: 'wrong', path: url };
}

function headerKey(req: IncomingMessage): string | undefined {
  const value = req.headers[KEY_HEADER];
  return Array.isArray(value) ? value[0] : value;
}

function cookieKey(req: IncomingMessage, port: number): string | undefined {
  const name = `${cookieName(port)}=`;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(name)) return trimmed.slice(name.length);
  }
  return undefined;
}

/** Constant-time comparison, so the answer's timing says nothing about how much matched. */
function sameKey(given: string, key: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(key, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
