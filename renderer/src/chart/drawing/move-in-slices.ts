// Moves a big chart's entities to a layout's result a slice per frame, the way
// progressive.ts adds them. Moving all 5,000 entities of a chart in one batch made one frame
// of about 700 ms (every entity's bounding box, every link's geometry and the layer textures
// redone at once); a slice sized to a frame budget spreads that, shows progress, and stops
// as soon as the analyst cancels or opens something else.
import type { Core, NodeSingular } from 'cytoscape';
import type { Positions } from '../layout-compute';
import { FIRST_SLICE, nextSliceSize } from './lod';

export interface MoveOptions {
  /** False once a newer run or a cancel replaced this one: stop moving. */
  current(): boolean;
  onProgress(moved: number, total: number): void;
  /** Resolves after the browser drew a frame. */
  nextFrame(): Promise<void>;
  /** After a slice's frame: prepare what drawing the moved entities needs. */
  afterSlice?(moved: NodeSingular[]): void;
  now?: () => number;
}

/**
 * Moves the entities that have a position in the result. Stopped early (a cancel, a newer
 * run), the entities moved so far go back where they stood: the chart never shows half of
 * one layout and half of another.
 */
export async function moveInSlices(
  cy: Core,
  positions: Positions,
  opts: MoveOptions,
): Promise<{ complete: boolean; slices: number }> {
  const now = opts.now ?? (() => performance.now());
  // Group boxes follow their members, pinned entities stay, and those already in place are skipped.
  const moving = cy
    .nodes()
    .toArray()
    .filter((n): n is NodeSingular => {
      const p = positions[n.id()];
      return !!p && n.isNode() && !n.isParent() && !n.locked() && !samePlace(n, p);
    });
  const total = moving.length;
  let done = 0;
  let size = FIRST_SLICE;
  let slices = 0;
  const before = new Map(moving.map((n) => [n.id(), { ...n.position() }]));
  while (done < total) {
    if (!opts.current()) {
      cy.batch(() => moving.slice(0, done).forEach((n) => void n.position(before.get(n.id())!)));
      return { complete: false, slices };
    }
    const started = now();
    const slice = moving.slice(done, done + size);
    cy.batch(() => slice.forEach((n) => void n.position(positions[n.id()]!)));
    done += slice.length;
    slices++;
    opts.onProgress(done, total);
    await opts.nextFrame();
    if (opts.current()) opts.afterSlice?.(slice);
    size = nextSliceSize(size, now() - started);
  }
  return { complete: opts.current(), slices };
}

function samePlace(n: NodeSingular, p: { x: number; y: number }): boolean {
  const at = n.position();
  return at.x === p.x && at.y === p.y;
}

/** The busy line while a layout's result is applied. */
export function moveMessage(moved: number, total: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `Placing entities: ${n(moved)} of ${n(total)}…`;
}
