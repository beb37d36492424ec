// When the workspace cannot be opened (not a workspace, written by a newer Thorline, locked,
// read-only), the browser host stays up to say why: the page is a short explanation instead
// of a workbench that cannot load, and every call answers the same coded error.
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/contract/result';
import { sendResult } from './api';

export interface OpenFailure {
  code: ErrorCode;
  message: string;
}

export function sendOpenFailure(
  res: ServerResponse,
  failure: OpenFailure,
  isApi: boolean,
  headers: Record<string, string>,
): void {
  if (isApi) return sendResult(res, 503, { ok: false, error: failure }, headers);
  const html = openFailurePage(failure);
  res.writeHead(503, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(html)),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export function openFailurePage(failure: OpenFailure): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Thorline: the workspace could not be opened</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:4em auto;padding:0 1em;color:#1d2733}
h1{font-size:1.4em}code{background:#eef1f5;padding:.1em .3em}</style></head>
<body>
<h1 role="alert">Thorline could not open the workspace</h1>
<p id="open-failure-message">${escapeHtml(failure.message)}</p>
<p>Error code: <code>${escapeHtml(failure.code)}</code>. Nothing was written to the file.
Stop the workbench (Ctrl+C in its terminal) and start it again on another file with <code>--workspace FILE</code>.</p>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
