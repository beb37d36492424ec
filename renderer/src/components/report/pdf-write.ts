// Writing the report's PDF. jsPDF's output() compresses every page on the page's main
// thread in one task (0.7 s for a 640-page report, 128 ms for the training one). Here a
// worker compresses the pages first, exactly as jsPDF does, and output() takes each page's
// compressed bytes from what it did; a stream that is not there (it changed, or is not a
// page) is compressed as before. The file is the same, byte for byte
// (tests/unit/export/pdf-write.test.ts).
import { jsPDF } from 'jspdf';

type Filters = (data: string, filters: string[] | string) => { data: string; reverseChain: string };
type Api = typeof jsPDF.API & { processDataByFilters: Filters };

/** The content stream of each page, as jsPDF's putPage joins it. */
export function pageContents(doc: jsPDF): string[] {
  const pages = doc.internal.pages as unknown as string[][];
  return pages.slice(1).map((lines) => lines.join('\n'));
}

/** output('arraybuffer') with the page streams compressed beforehand (by `compress`). */
export async function writePdf(
  doc: jsPDF,
  compress: (contents: string[]) => Promise<string[]> = inWorker,
): Promise<Uint8Array> {
  const contents = pageContents(doc);
  // Without the worker (it failed to start or stopped), jsPDF compresses the pages itself.
  const packed = await compress(contents).catch(() => null);
  if (!packed) return new Uint8Array(doc.output('arraybuffer'));
  const ready = new Map(contents.map((c, i) => [c, packed[i]!]));
  const api = jsPDF.API as Api;
  const original = api.processDataByFilters;
  api.processDataByFilters = (data, filters) => {
    const flateOnly = Array.isArray(filters) && filters.length === 1 && filters[0] === 'FlateEncode';
    const done = flateOnly ? ready.get(data) : undefined;
    return done === undefined ? original(data, filters) : { data: done, reverseChain: '/FlateDecode' };
  };
  try {
    return new Uint8Array(doc.output('arraybuffer'));
  } finally {
    api.processDataByFilters = original;
  }
}

function inWorker(contents: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdf-write.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<string[]>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The PDF could not be written: ${e.message || 'the writer worker stopped'}`));
    };
    worker.postMessage(contents);
  });
}
