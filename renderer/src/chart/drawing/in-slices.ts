// The one slice loop behind drawing a big chart (progressive.ts) and moving it to a layout
// (move-in-slices.ts): a slice per frame, each sized so that applying it and drawing the
// frame stays near the budget, with progress, a hook once the slice's frame is drawn, and a
// stop as soon as a newer draw, load or cancel replaced this one.
import { FIRST_SLICE, nextSliceSize } from './lod';

export interface InSlicesOptions<R> {
  /** False once a newer draw, load or cancel replaced this one: stop. */
  current(): boolean;
  onProgress(done: number, total: number): void;
  /** Resolves after the browser drew a frame (the slice just applied is on screen). */
  nextFrame(): Promise<void>;
  /** After a slice's frame (its styles and sizes are known), with what `apply` returned. */
  afterSlice?(applied: R): void;
  /** Stopped before the next slice, after `done` items were applied. */
  onStop?(done: number): void;
  now?: () => number;
}

/** Applies the items a slice per frame; complete is false when stopped early. */
export async function inSlices<T, R>(
  items: readonly T[],
  apply: (slice: T[]) => R,
  opts: InSlicesOptions<R>,
): Promise<{ complete: boolean; slices: number }> {
  const now = opts.now ?? (() => performance.now());
  let done = 0;
  let size = FIRST_SLICE;
  let slices = 0;
  while (done < items.length) {
    if (!opts.current()) {
      opts.onStop?.(done);
      return { complete: false, slices };
    }
    const started = now();
    const slice = items.slice(done, done + size);
    const applied = apply(slice);
    done += slice.length;
    slices++;
    opts.onProgress(done, items.length);
    await opts.nextFrame();
    if (opts.current()) opts.afterSlice?.(applied);
    size = nextSliceSize(size, now() - started);
  }
  return { complete: opts.current(), slices };
}
