// How much of a long report step goes in one main-thread task: the chart's vector parts
// (chart-vector.ts) and the rows of a long table (table-in-slices.ts). The slice follows
// what the last one cost, so a busy machine gets smaller slices instead of longer tasks.

/** What one slice should cost (ms). */
export const SLICE_MS = 40;

/** The next slice's size: halved after a slice over SLICE_MS, doubled after one under half of it, within 1..max. */
export function nextSliceSize(size: number, tookMs: number, max: number): number {
  if (tookMs > SLICE_MS) return Math.max(1, Math.floor(size / 2));
  if (tookMs < SLICE_MS / 2) return Math.min(max, size * 2);
  return size;
}
