// How much of a long report step goes in one main-thread task: the chart's vector parts
// (chart-vector.ts) and the rows of a long table (table-in-slices.ts). The slice follows
// what the last one cost, so a busy machine gets smaller slices instead of longer tasks.

/** What one slice should cost (ms). */
export const SLICE_MS = 30;

/** The next slice's size: scaled so that it should take SLICE_MS, at most doubling, within 1..max. */
export function nextSliceSize(size: number, tookMs: number, max: number): number {
  const scaled = Math.floor((size * SLICE_MS) / Math.max(tookMs, 1));
  return Math.max(1, Math.min(max, 2 * size, scaled));
}
