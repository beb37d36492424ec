// The renderer is served from app://thorline/ instead of file://: a privileged standard
// scheme whose handler serves only regular files inside the built renderer folder, with the
// strict content security policy on every response. Everything else is refused.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CSP_HEADER_VALUE } from '../security/content-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'thorline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready: standard (relative URLs, storage) and secure. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** True for app://thorline/ URLs, the only pages and resources the window may load. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The file inside rendererDir that a URL names, or undefined when it names nothing there. */
export function fileForUrl(url: string, rendererDir: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  if (relative.includes('\0') || relative.includes('\\')) return undefined;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const file = fileForUrl(request.url, rendererDir);
    if (!file) return refuse(404, 'Not found');
    try {
      // A symbolic link must not lead out of the renderer folder either.
      const [real, root] = await Promise.all([fs.realpath(file), fs.realpath(rendererDir)]);
      if (!real.startsWith(root + path.sep) || !(await fs.stat(real)).isFile())
        return refuse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await fs.readFile(real);
      return new Response(body, { status: 200, headers: headers(MIME_TYPES[path.extname(real)]) });
    } catch {
      return refuse(404, 'Not found');
    }
  };
}

function headers(contentType = 'application/octet-stream'): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CSP_HEADER_VALUE,
    'X-Content-Type-Options': 'nosniff',
  };
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}
