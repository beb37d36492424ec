// The report writer's worker: compresses every page's content as jsPDF would (flate-pages.ts).
import { flateEncode } from './flate-pages';

self.onmessage = (e: MessageEvent<string[]>) => {
  (self as unknown as Worker).postMessage(e.data.map(flateEncode));
};
