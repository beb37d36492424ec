// Draws a briefing picture into a PNG of any size: band by band, each band in tiles the
// browser draws from the picture's SVG (one viewBox per tile), each tile a short task of its
// own; the PNG is encoded in a worker as the bands arrive. Memory holds one band and the
// compressed file, so a 20,000-px-wide picture works where one canvas would not.
import { PngStreamWriter } from './png-stream';
import type { PngWorkerReply, PngWorkerRequest } from './png.worker';
import { placeTile, planTiles, type Tile } from './tiles';

export interface RasterJob {
  width: number;
  height: number;
  /** The SVG of one tile: the picture's rectangle at 1:1. */
  svgOfTile(tile: Tile): string;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
  }
}

export async function rasterise(job: RasterJob): Promise<Blob> {
  const bands = planTiles(job.width, job.height);
  const total = bands.reduce((n, b) => n + b.tiles.length, 0);
  const encoder = startEncoder(job.width, job.height);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  let done = 0;
  try {
    for (const band of bands) {
      const rows = new Uint8Array(job.width * band.height * 4);
      for (const tile of band.tiles) {
        if (job.signal?.aborted) throw new ExportCancelled();
        const image = await loadSvg(job.svgOfTile(tile));
        if (canvas.width !== tile.width || canvas.height !== tile.height) {
          [canvas.width, canvas.height] = [tile.width, tile.height];
        } else ctx.clearRect(0, 0, tile.width, tile.height);
        ctx.drawImage(image, 0, 0, tile.width, tile.height);
        placeTile(rows, job.width, tile, ctx.getImageData(0, 0, tile.width, tile.height).data);
        job.onProgress?.(++done, total);
      }
      await encoder.rows(rows);
    }
    return await encoder.finish();
  } finally {
    encoder.close();
    [canvas.width, canvas.height] = [0, 0];
  }
}

async function loadSvg(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

interface Encoder {
  rows(rgba: Uint8Array): Promise<void>;
  finish(): Promise<Blob>;
  close(): void;
}

function startEncoder(width: number, height: number): Encoder {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./png.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inlineEncoder(width, height);
  }
  const ask = (request: PngWorkerRequest, transfer: Transferable[] = []) =>
    new Promise<PngWorkerReply>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<PngWorkerReply>) =>
        e.data.kind === 'error'
          ? reject(new Error(`PNG encoding failed: ${e.data.message}`))
          : resolve(e.data);
      worker.onerror = (e) => reject(new Error(`PNG encoding failed: ${e.message || 'the worker stopped'}`));
      worker.postMessage(request, transfer);
    });
  // One band in flight: the page draws the next band while the worker compresses this one.
  let pending: Promise<unknown> = ask({ kind: 'start', width, height });
  return {
    rows: async (rgba) => {
      await pending;
      pending = ask({ kind: 'rows', rgba }, [rgba.buffer]);
    },
    finish: async () => {
      await pending;
      const reply = await ask({ kind: 'finish' });
      if (reply.kind !== 'done') throw new Error('PNG encoding failed: no picture');
      return reply.png;
    },
    close: () => worker.terminate(),
  };
}

/** Where no worker can start (a locked-down host), the page compresses, band by band. */
function inlineEncoder(width: number, height: number): Encoder {
  const writer = new PngStreamWriter(width, height);
  return {
    rows: async (rgba) => {
      writer.writeRows(rgba);
      await new Promise((r) => setTimeout(r, 0));
    },
    finish: async () => new Blob(writer.finish() as BlobPart[], { type: 'image/png' }),
    close: () => {},
  };
}
