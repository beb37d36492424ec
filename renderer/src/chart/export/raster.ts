// The page's side of the export worker: one worker per job, progress reported, Cancel
// terminates it. Nothing heavier than posting the scene runs on the page.
import type { Picture } from './canvas';
import type { ExportReply, ExportRequest } from './export.worker';

export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
  }
}

function runInWorker(
  request: ExportRequest,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new ExportCancelled());
    };
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (e: MessageEvent<ExportReply>) => {
      const m = e.data;
      if (m.kind === 'progress') return onProgress?.(m.done, m.total);
      finish();
      if (m.kind === 'done') resolve(m.blob);
      else reject(new Error(`The picture could not be drawn: ${m.message}`));
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(`The picture could not be drawn: ${e.message || 'the export worker stopped'}`));
    };
    worker.postMessage(request);
  });
}

/** The picture as a PNG of its full size, drawn in tiles and streamed (any size). */
export function rasterise(
  picture: Picture,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
) {
  return runInWorker({ kind: 'png', picture }, onProgress, signal);
}

/** The picture scaled down or up into one image (preview thumbnail, report chart). */
export function pictureImage(
  picture: Picture,
  scale: number,
  mime: 'image/png' | 'image/jpeg',
  signal?: AbortSignal,
) {
  return runInWorker({ kind: 'image', picture, scale, mime, quality: 0.92 }, undefined, signal);
}
