// Who may talk to the browser host: only this machine (remote address), only under the
// host's own name (Host header, against DNS rebinding) and, for writes, only pages the
// host served itself (Origin header, against cross-site requests from other tabs).
import type { IncomingMessage } from 'node:http';

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK_ADDRESSES.has(address);
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/** Why a request is refused, or undefined when it may go on. */
export function refusal(req: IncomingMessage, port: number): string | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    return 'Requests are only accepted from this machine (127.0.0.1).';
  }
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts(port).has(host)) {
    return `Host "${host.slice(0, 100)}" is not this workbench; use http://127.0.0.1:${port}/.`;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    // Browsers always send Origin on cross-origin writes; tools like curl send none.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) {
      return `Origin "${origin.slice(0, 100)}" may not call this workbench.`;
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return 'Cross-site requests may not call this workbench.';
    }
  }
  return undefined;
}
