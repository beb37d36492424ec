// Draws a big chart a slice per frame: entities first (the picture fills in where the layout
// put them, so nothing jumps), then their links. Adding thousands of elements at once made
// one task of several seconds (styling, measuring and first drawing each element); a slice
// sized to a frame budget keeps the window answering, shows progress, and stops as soon as
// the analyst opens something else.
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import { FIRST_SLICE, nextSliceSize } from './lod';

export interface SliceProgress {
  entities: number;
  totalEntities: number;
  links: number;
  totalLinks: number;
}

export interface SliceOptions {
  /** False once a newer draw, load or cancel replaced this one: stop adding. */
  current(): boolean;
  onProgress(progress: SliceProgress): void;
  /** Resolves after the browser drew a frame (the slice just added is on screen). */
  nextFrame(): Promise<void>;
  /** After a slice's frame (its styles and sizes are known): prepare what drawing it needs. */
  afterSlice?(added: CollectionReturnValue): void;
  now?: () => number;
}

/** Entities before links (a link needs both ends), and group boxes before their members. */
export function drawingOrder(elements: ElementDefinition[]): ElementDefinition[] {
  const nodes = elements.filter((el) => el.group === 'nodes');
  const parents = nodes.filter((el) => !el.data.parent);
  const children = nodes.filter((el) => !!el.data.parent);
  return [...parents, ...children, ...elements.filter((el) => el.group !== 'nodes')];
}

/**
 * Adds the elements in slices, one per frame; the slices grow or shrink so that each one
 * (adding it and drawing the frame) stays near the budget. Returns false when stopped early.
 */
export async function addInSlices(
  cy: Core,
  elements: ElementDefinition[],
  opts: SliceOptions,
): Promise<{ complete: boolean; slices: number }> {
  const now = opts.now ?? (() => performance.now());
  const ordered = drawingOrder(elements);
  const totalEntities = ordered.filter((el) => el.group === 'nodes').length;
  const totalLinks = ordered.length - totalEntities;
  let done = 0;
  let size = FIRST_SLICE;
  let slices = 0;
  while (done < ordered.length) {
    if (!opts.current()) return { complete: false, slices };
    const started = now();
    const slice = ordered.slice(done, done + size);
    let added: CollectionReturnValue | undefined;
    cy.batch(() => {
      added = cy.add(slice);
    });
    done += slice.length;
    slices++;
    opts.onProgress({
      entities: Math.min(done, totalEntities),
      totalEntities,
      links: Math.max(0, done - totalEntities),
      totalLinks,
    });
    await opts.nextFrame();
    if (added && opts.current()) opts.afterSlice?.(added);
    size = nextSliceSize(size, now() - started);
  }
  return { complete: opts.current(), slices };
}

/** The busy line while a chart is drawn. */
export function progressMessage(p: SliceProgress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (p.entities < p.totalEntities) return `Drawing entities: ${n(p.entities)} of ${n(p.totalEntities)}…`;
  return `Drawing links: ${n(p.links)} of ${n(p.totalLinks)} (${n(p.totalEntities)} entities drawn)…`;
}
