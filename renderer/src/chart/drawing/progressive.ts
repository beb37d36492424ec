// Draws a big chart a slice per frame: entities first (the picture fills in where the layout
// put them, so nothing jumps), then their links. Adding thousands of elements at once made
// one task of several seconds (styling, measuring and first drawing each element); a slice
// sized to a frame budget keeps the window answering, shows progress, and stops as soon as
// the analyst opens something else.
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import { inSlices, type InSlicesOptions } from './in-slices';

export interface SliceProgress {
  entities: number;
  totalEntities: number;
  links: number;
  totalLinks: number;
}

export type SliceOptions = Omit<InSlicesOptions<CollectionReturnValue>, 'onProgress' | 'onStop'> & {
  onProgress(progress: SliceProgress): void;
  /** A slice's definitions as added (e.g. given positions known by then). */
  place?(slice: ElementDefinition[]): ElementDefinition[];
  /** Awaited once the entities are in, before the first link; false stops the drawing. */
  beforeLinks?(): Promise<boolean>;
};

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
  const ordered = drawingOrder(elements);
  const totalEntities = ordered.filter((el) => el.group === 'nodes').length;
  const totalLinks = ordered.length - totalEntities;
  const add = (slice: ElementDefinition[]) => {
    cy.startBatch();
    try {
      return cy.add(opts.place ? opts.place(slice) : slice);
    } finally {
      cy.endBatch();
    }
  };
  const report = (done: number) =>
    opts.onProgress({
      entities: Math.min(done, totalEntities),
      totalEntities,
      links: Math.max(0, done - totalEntities),
      totalLinks,
    });
  const entities = await inSlices(ordered.slice(0, totalEntities), add, { ...opts, onProgress: report });
  if (!entities.complete || totalLinks === 0) return entities;
  if (opts.beforeLinks && !(await opts.beforeLinks())) return { complete: false, slices: entities.slices };
  const links = await inSlices(ordered.slice(totalEntities), add, {
    ...opts,
    onProgress: (done) => report(totalEntities + done),
  });
  return { complete: links.complete, slices: entities.slices + links.slices };
}

/** The busy line while a chart is drawn. */
export function progressMessage(p: SliceProgress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (p.entities < p.totalEntities) return `Drawing entities: ${n(p.entities)} of ${n(p.totalEntities)}…`;
  return `Drawing links: ${n(p.links)} of ${n(p.totalLinks)} (${n(p.totalEntities)} entities drawn)…`;
}
