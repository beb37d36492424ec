// While a big chart is added or moved a slice per frame with the view parked off the chart
// (progressive.ts, move-in-slices.ts), nothing it draws can be seen; yet the canvas
// renderer's draw call still walked every element on the chart each frame to cull it (a
// bounding box each): about half the drawing time of a 5,000-entity chart. Holding that
// call leaves each frame only the slice's own work (styles and sizes, which Cytoscape
// computes before drawing and which go on as usual); the whole chart is drawn once when the
// hold is released. This reaches into Cytoscape's canvas renderer (3.3x: renderer().render);
// elsewhere (WebGL, another version) it does nothing.
import type { Core } from 'cytoscape';

interface CanvasRenderer {
  render?(options?: { forcedContext?: unknown }): void;
  webgl?: unknown;
}

/** Holds on each renderer: the drawing comes back when the last one is released. */
const holds = new WeakMap<CanvasRenderer, number>();

/**
 * Holds the chart's on-screen drawing; returns the release, which draws the chart again once
 * no other hold is left (a restyle's hold may overlap a parked drawing's: see controller.ts).
 */
export function holdDrawing(cy: Core): () => void {
  const r = (cy as unknown as { renderer(): CanvasRenderer | null }).renderer();
  const render = r?.render;
  if (!r || r.webgl || typeof render !== 'function') return () => undefined;
  const count = holds.get(r) ?? 0;
  if (count === 0) {
    if (Object.hasOwn(r, 'render')) return () => undefined;
    // Pictures drawn into a given context (a PNG) are still drawn.
    r.render = (options) => {
      if (options?.forcedContext) render.call(r, options);
    };
  }
  holds.set(r, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (holds.get(r) ?? 1) - 1;
    holds.set(r, left);
    if (left > 0) return;
    delete r.render;
    if (!cy.destroyed()) cy.forceRender();
  };
}

/**
 * Keeps the analyst from moving the view while a held chart's picture stays on screen (its
 * links still being added): a pan or zoom could not be drawn. Returns the undo, which puts
 * back what was allowed before.
 */
export function holdView(cy: Core): () => void {
  const was = {
    pan: cy.userPanningEnabled(),
    zoom: cy.userZoomingEnabled(),
    box: cy.boxSelectionEnabled(),
    grab: cy.autoungrabify(),
  };
  cy.userPanningEnabled(false).userZoomingEnabled(false).boxSelectionEnabled(false).autoungrabify(true);
  return () => {
    if (cy.destroyed()) return;
    cy.userPanningEnabled(was.pan).userZoomingEnabled(was.zoom).boxSelectionEnabled(was.box);
    cy.autoungrabify(was.grab);
  };
}
