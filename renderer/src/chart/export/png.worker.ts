// The export worker: receives the picture's row bands from the page and encodes the PNG,
// so compression never blocks the page.
import { PngStreamWriter } from './png-stream';

export type PngWorkerRequest =
  { kind: 'start'; width: number; height: number } | { kind: 'rows'; rgba: Uint8Array } | { kind: 'finish' };
export type PngWorkerReply =
  { kind: 'ready' } | { kind: 'done'; png: Blob } | { kind: 'error'; message: string };

let writer: PngStreamWriter | null = null;

self.onmessage = (e: MessageEvent<PngWorkerRequest>) => {
  const post = (reply: PngWorkerReply) => (self as unknown as Worker).postMessage(reply);
  try {
    const m = e.data;
    if (m.kind === 'start') writer = new PngStreamWriter(m.width, m.height);
    else if (m.kind === 'rows') writer!.writeRows(m.rgba);
    else {
      post({ kind: 'done', png: new Blob(writer!.finish() as BlobPart[], { type: 'image/png' }) });
      writer = null;
      return;
    }
    post({ kind: 'ready' });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
