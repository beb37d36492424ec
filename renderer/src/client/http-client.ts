// The client over the browser host: POST /api/<call> with a JSON body, server-sent
// events on GET /api/events, and saving a file as a download.
import type { SaveFileRequest, SaveFileResult, WorkbenchClient } from '../../../shared/contract/host';
import type { EventName } from '../../../shared/contract/events';
import { CallFailed, unwrap } from './call-failed';

export interface HttpClientOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  /** Creates the event stream; absent where EventSource is not available (unit tests). */
  eventSource?: (url: string) => EventSource;
  download?: (request: SaveFileRequest) => void;
}

export function httpClient(options: HttpClientOptions): WorkbenchClient {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = options.baseUrl.replace(/\/$/, '');
  let stream: EventSource | null = null;

  return {
    host: 'browser',
    async call(name, input) {
      let response: Response;
      try {
        response = await doFetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (err) {
        throw new CallFailed(name, {
          code: 'INTERNAL',
          message: `The workbench host cannot be reached (${String(err)}).`,
        });
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new CallFailed(name, {
          code: 'INTERNAL',
          message: `${name}: HTTP ${response.status} with no result.`,
        });
      }
      return unwrap(name, body);
    },
    on(event, listener) {
      if (!options.eventSource) return () => {};
      stream ??= options.eventSource(`${base}/api/events`);
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
      stream.addEventListener(event as EventName, handler as EventListener);
      return () => stream?.removeEventListener(event, handler as EventListener);
    },
    async saveFile(request): Promise<SaveFileResult> {
      (options.download ?? downloadInBrowser)(request);
      return { saved: true, path: request.suggestedName };
    },
  };
}

/** The browser's "save where the user chooses": a download of a Blob. */
export function downloadInBrowser(request: SaveFileRequest): void {
  const bytes = request.encoding === 'base64' ? bytesOfBase64(request.data) : request.data;
  const url = URL.createObjectURL(new Blob([bytes], { type: request.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = request.suggestedName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Decodes base64 without a per-byte callback: a large picture would freeze the page. */
function bytesOfBase64(data: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?(s: string): Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native.call(Uint8Array, data);
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
