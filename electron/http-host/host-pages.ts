// The browser host's own plain pages, shown instead of a workbench that could not work.
// When the workspace cannot be opened (not a workspace, written by a newer Thorline, locked,
// read-only), the host stays up to say why, and every call answers the same coded error.
// A browser that comes without the launch's key is told how to get in.
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/contract/result';
import { sendResult } from './api';

export interface OpenFailure {
  code: ErrorCode;
  message: string;
}

/** The page for a browser that came without the launch's key (typed the bare address). */
export function sendNeedsKey(res: ServerResponse, headers: Record<string, string>): void {
  const html = page('Thorline: open the full address', 'This workbench needs its key', [
    'Open the full address the workbench printed in its terminal when it started: it looks like ' +
      '<code>http://127.0.0.1:PORT/key/…/</code>. The key is made anew at every start, so only whoever ' +
      'started the workbench can read and change its cases.',
  ]);
  sendPage(res, 401, html, headers);
}

export function sendOpenFailure(
  res: ServerResponse,
  failure: OpenFailure,
  isApi: boolean,
  headers: Record<string, string>,
): void {
  if (isApi) return sendResult(res, 503, { ok: false, error: failure }, headers);
  sendPage(res, 503, openFailurePage(failure), headers);
}

function sendPage(res: ServerResponse, status: number, html: string, headers: Record<string, string>): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(html)),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export function openFailurePage(failure: OpenFailure): string {
  return page('Thorline: the workspace could not be opened', 'Thorline could not open the workspace', [
    `<span id="open-failure-message">${escapeHtml(failure.message)}</span>`,
    `Error code: <code>${escapeHtml(failure.code)}</code>. Nothing was written to the file. Stop the ` +
      'workbench (Ctrl+C in its terminal) and start it again on another file with <code>--workspace FILE</code>.',
  ]);
}

/** A plain page; its paragraphs are HTML already escaped by the caller. */
function page(title: string, heading: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:4em auto;padding:0 1em;color:#1d2733}
h1{font-size:1.4em}code{background:#eef1f5;padding:.1em .3em}</style></head>
<body>
<h1 role="alert">${heading}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
