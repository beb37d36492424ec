// The export worker: draws the briefing picture on an OffscreenCanvas, tile by tile, and
// streams the rows into a PNG (or draws one small image: the preview, the report's chart).
// The page only sends the scene and waits; Cancel terminates the worker.
import { drawPicture, type Picture } from './canvas';
import { PngStreamWriter } from './png-stream';
import { placeTile, planTiles } from './tiles';

export type ExportRequest =
  | { kind: 'png'; picture: Picture }
  | { kind: 'image'; picture: Picture; scale: number; mime: 'image/png' | 'image/jpeg'; quality?: number };
export type ExportReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; blob: Blob }
  | { kind: 'error'; message: string };

const post = (reply: ExportReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (e: MessageEvent<ExportRequest>) => {
  const run = e.data.kind === 'png' ? tiledPng(e.data.picture) : image(e.data);
  run.then(
    (blob) => post({ kind: 'done', blob }),
    (err: unknown) => post({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};

export async function tiledPng(
  picture: Picture,
  onProgress = (done: number, total: number) => post({ kind: 'progress', done, total }),
) {
  const { width, height } = picture.layout;
  const bands = planTiles(width, height);
  const total = bands.reduce((n, b) => n + b.tiles.length, 0);
  const writer = new PngStreamWriter(width, height);
  const canvas = new OffscreenCanvas(1, 1);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  let done = 0;
  // One band buffer for the whole picture: every tile of a band overwrites its part.
  const buffer = new Uint8Array(width * (bands[0]?.height ?? 0) * 4);
  for (const band of bands) {
    const rows = buffer.subarray(0, width * band.height * 4);
    for (const tile of band.tiles) {
      if (canvas.width !== tile.width || canvas.height !== tile.height) {
        [canvas.width, canvas.height] = [tile.width, tile.height];
      } else ctx.clearRect(0, 0, tile.width, tile.height);
      drawPicture(ctx, picture, { x: tile.x, y: tile.y, scale: 1 });
      placeTile(rows, width, tile, ctx.getImageData(0, 0, tile.width, tile.height).data);
      onProgress(++done, total);
    }
    writer.writeRows(rows);
  }
  return new Blob(writer.finish() as BlobPart[], { type: 'image/png' });
}

async function image(r: Extract<ExportRequest, { kind: 'image' }>) {
  const w = Math.max(1, Math.round(r.picture.layout.width * r.scale));
  const h = Math.max(1, Math.round(r.picture.layout.height * r.scale));
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext('2d')!;
  if (r.mime === 'image/jpeg') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
  }
  drawPicture(ctx, r.picture, { x: 0, y: 0, scale: r.scale });
  return canvas.convertToBlob({ type: r.mime, quality: r.quality });
}
