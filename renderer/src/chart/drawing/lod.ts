// Level of detail by chart size: what the chart stops drawing, and when, so that big charts
// stay fluid. Pure thresholds (unit-tested); the controller and the stylesheet apply them.

/** From this many entities a chart is drawn plainly: type-coloured discs, no icons or rings. */
export const PLAIN_DRAWING_FROM = 800;
/** From this many entities the view is moved as one picture while panning or zooming. */
export const TEXTURE_WHILE_MOVING_FROM = 1000;
/** From this many entities links are not drawn while the view moves. */
export const HIDE_LINKS_WHILE_MOVING_FROM = 2500;

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
}

export function levelOfDetail(entityCount: number): LevelOfDetail {
  const plain = entityCount > PLAIN_DRAWING_FROM;
  return {
    plain,
    textureOnViewport: entityCount >= TEXTURE_WHILE_MOVING_FROM,
    hideEdgesOnViewport: entityCount >= HIDE_LINKS_WHILE_MOVING_FROM,
    minLabelPx: plain ? MIN_LABEL_PX.large : MIN_LABEL_PX.small,
  };
}

/** A plain entity's label: short names whole, long ones cut with an ellipsis. */
export function plainLabel(label: string): string {
  return label.length <= PLAIN_LABEL_CHARS ? label : `${label.slice(0, PLAIN_LABEL_CHARS - 1).trimEnd()}…`;
}
