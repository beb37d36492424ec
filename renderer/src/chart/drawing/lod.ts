// Level of detail by chart size: what the chart stops drawing, and when, so that big charts
// stay fluid. Pure thresholds (unit-tested); the controller and the stylesheet apply them.

/** From this many entities a chart is drawn plainly: type-coloured discs, no icons or rings. */
export const PLAIN_DRAWING_FROM = 800;
/** From this many entities the view is moved as one picture while panning or zooming. */
export const TEXTURE_WHILE_MOVING_FROM = 1000;
/** From this many entities links are not drawn while the view moves. */
export const HIDE_LINKS_WHILE_MOVING_FROM = 2500;

/** From this many elements (entities and links) a chart is added a slice per frame, so no
 * single task holds the window: styling and first drawing thousands at once took seconds. */
export const DRAW_IN_SLICES_FROM = 1500;
/** The first slice, in elements; later slices grow or shrink to fit the frame budget. Small:
 * nothing is known of this machine's speed yet, and a first slice of 1,000 entities (adding,
 * styling and preparing their drawing) was the longest task of a drawing, 0.45 s under load. */
export const FIRST_SLICE = 500;
/** What one slice (adding it and the frame that draws it) should cost, in ms. */
export const SLICE_BUDGET_MS = 100;
/** Slices never shrink below or grow beyond these, in elements. Every frame also costs
 * Cytoscape a pass over the whole chart (sorting, culling): on a loaded machine, slices of
 * a few hundred made 85 frames of that pass for 15,000 elements, slower in all than 15. */
export const SLICE_LIMITS = { min: 500, max: 5000 } as const;

/** Labels smaller than this on screen (px) are not drawn. */
export const MIN_LABEL_PX = { small: 6, large: 8 } as const;
/** Labels of plain (large-chart) entities are cut to this many characters: measuring long
 * labels to fit them (text-wrap ellipsis) costs seconds on thousands of entities. */
export const PLAIN_LABEL_CHARS = 22;

export interface LevelOfDetail {
  /** Plain discs and straight, unlabelled links (see elements.ts `light`). */
  plain: boolean;
  /** Draw the view as one texture while it moves (Cytoscape's textureOnViewport). */
  textureOnViewport: boolean;
  /** Hide links while the view moves (Cytoscape's hideEdgesOnViewport). */
  hideEdgesOnViewport: boolean;
  /** Labels drawn smaller than this many screen pixels are skipped. */
  minLabelPx: number;
  /**
   * Whether hovering an entity restyles it and its links. A restyle drops the renderer's
   * layers of a big chart, and every frame until they are made again draws each element one
   * by one (on 5,000 entities, 0.16-0.25 s frames for as long as the mouse sweeps over them):
   * big charts draw the same highlight over the chart instead (hover-overlay.ts).
   */
  hoverHighlight: boolean;
  /** Canvas pixels per CSS pixel; null: the screen's own. Big charts draw at 1 (a high-DPI
   * screen otherwise paints four times the pixels every frame). */
  pixelRatio: number | null;
}

export function levelOfDetail(entityCount: number): LevelOfDetail {
  const plain = entityCount > PLAIN_DRAWING_FROM;
  return {
    plain,
    textureOnViewport: entityCount >= TEXTURE_WHILE_MOVING_FROM,
    hideEdgesOnViewport: entityCount >= HIDE_LINKS_WHILE_MOVING_FROM,
    hoverHighlight: entityCount < TEXTURE_WHILE_MOVING_FROM,
    minLabelPx: plain ? MIN_LABEL_PX.large : MIN_LABEL_PX.small,
    pixelRatio: plain ? 1 : null,
  };
}

/**
 * The next slice's size from what the last one cost: scaled towards the budget, at most
 * doubling or halving at a time (one slow frame on a busy machine should not swing it).
 */
export function nextSliceSize(size: number, spentMs: number, budgetMs = SLICE_BUDGET_MS): number {
  const factor = spentMs > 0 ? Math.min(2, Math.max(0.5, budgetMs / spentMs)) : 2;
  return Math.round(Math.min(SLICE_LIMITS.max, Math.max(SLICE_LIMITS.min, size * factor)));
}

/** A plain entity's label: short names whole, long ones cut with an ellipsis. */
export function plainLabel(label: string): string {
  return label.length <= PLAIN_LABEL_CHARS ? label : `${label.slice(0, PLAIN_LABEL_CHARS - 1).trimEnd()}…`;
}
