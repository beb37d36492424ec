// Serves the built renderer (dist/renderer): known content types, index.html for any
// path that is not a file (the renderer routes itself), and nothing outside the folder.
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  { kind: 'file'; file: string } | { kind: 'refused'; status: 400 | 403 | 404; message: string };

/** Maps a request path to a file in rendererDir, refusing anything that climbs out of it. */
export function lookupStatic(rendererDir: string, rawUrl: string): StaticLookup {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused', status: 400, message: 'The path is not valid URL encoding.' };
  }
  const segments = decoded.split(/[/\\]/);
  if (decoded.includes('\0') || segments.includes('..')) {
    return { kind: 'refused', status: 403, message: 'Paths outside the workbench are refused.' };
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${path.posix.normalize(`/${segments.join('/')}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) {
    return { kind: 'refused', status: 403, message: 'Paths outside the workbench are refused.' };
  }
  if (isFile(file)) return { kind: 'file', file };
  // A path with an extension names a file that does not exist; anything else is a route.
  if (path.extname(file) !== '') return { kind: 'refused', status: 404, message: 'Not found.' };
  const index = path.join(root, 'index.html');
  if (isFile(index)) return { kind: 'file', file: index };
  return {
    kind: 'refused',
    status: 404,
    message: `The renderer is not built (${index} is missing): run npm run build:renderer.`,
  };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  headers: Record<string, string>,
): void {
  const size = fs.statSync(file).size;
  res.writeHead(200, {
    ...headers,
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(size),
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
