// Paper sizes and the pixel size of an export: a chosen width, or a page at a DPI.
// Pure, so the arithmetic is unit-tested.

export const PAPERS = {
  letter: { label: 'Letter', widthIn: 8.5, heightIn: 11 },
  a4: { label: 'A4', widthIn: 210 / 25.4, heightIn: 297 / 25.4 },
  a3: { label: 'A3', widthIn: 297 / 25.4, heightIn: 420 / 25.4 },
} as const;
export type Paper = keyof typeof PAPERS;
export type Orientation = 'portrait' | 'landscape';
export const DPIS = [150, 300] as const;

/** Pixels of a whole page at a DPI (rounded to whole pixels, as printers do). */
export function pagePixels(paper: Paper, dpi: number, orientation: Orientation) {
  const p = PAPERS[paper];
  const short = Math.round(p.widthIn * dpi);
  const long = Math.round(p.heightIn * dpi);
  return orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short };
}

/** Largest width a user may ask for: past it even a tiled, streamed export takes too long to be useful. */
export const MAX_EXPORT_SIDE = 40_000;

export function clampSide(n: number): number {
  if (!Number.isFinite(n)) return 1;
  return Math.min(MAX_EXPORT_SIDE, Math.max(1, Math.round(n)));
}
