// Putting a laid-out case map on screen without holding the page: the view is fitted to
// the positions before anything is drawn (so each disc is drawn once, at its final size),
// and the elements are added a slice at a time, each slice within a time budget and
// followed by a frame, so the page paints and answers between slices however busy the
// machine is.
import type { Core, ElementDefinition } from 'cytoscape';
import type { CaseMapPositions } from './layout-request';

/** Time one slice may take (well under a frame budget of the 200 ms target on a slow machine). */
const SLICE_MS = 40;
/** Elements added per step within a slice. */
const STEP = 20;
/** A frame that does not come (a hidden window) does not stall the drawing. */
const FRAME_WAIT_MS = 100;
/** A case number drawn under its disc: about this wide and tall at 11 px. */
const LABEL_HALF_WIDTH = 45;
const LABEL_HEIGHT = 18;

/** The elements with their laid-out positions (nodes first, so edges always find their ends). */
export function placedElements(elements: readonly ElementDefinition[], positions: CaseMapPositions) {
  const nodes = elements.filter((el) => el.group === 'nodes');
  const edges = elements.filter((el) => el.group !== 'nodes');
  return [
    ...nodes.map((el) => ({ ...el, position: positions[String(el.data.id)] ?? { x: 0, y: 0 } })),
    ...edges,
  ];
}

/** The zoom and pan that fit the placed cases (discs and labels) in a view of this size. */
export function viewportFor(
  placed: readonly ElementDefinition[],
  width: number,
  height: number,
  padding: number,
): { zoom: number; pan: { x: number; y: number } } | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const el of placed) {
    if (!el.position) continue;
    const r = Number(el.data.size) / 2;
    const half = Math.max(r, LABEL_HALF_WIDTH);
    x1 = Math.min(x1, el.position.x - half);
    x2 = Math.max(x2, el.position.x + half);
    y1 = Math.min(y1, el.position.y - r);
    y2 = Math.max(y2, el.position.y + r + LABEL_HEIGHT);
  }
  if (!Number.isFinite(x1) || width <= 2 * padding || height <= 2 * padding) return undefined;
  const zoom = Math.min((width - 2 * padding) / (x2 - x1), (height - 2 * padding) / (y2 - y1));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    requestAnimationFrame(go);
    setTimeout(go, FRAME_WAIT_MS);
  });

/**
 * Adds the placed elements in slices. False when `current` says a newer load replaced
 * this one meanwhile.
 */
export async function addInSlices(
  cy: Core,
  placed: readonly ElementDefinition[],
  { current, progress }: { current(): boolean; progress(share: number): void },
): Promise<boolean> {
  let i = 0;
  while (i < placed.length) {
    await nextFrame();
    if (!current()) return false;
    const start = performance.now();
    do {
      const added = cy.add(placed.slice(i, i + STEP));
      i += STEP;
      // Styles and label sizes are worked out now, inside this slice's budget, rather than
      // all at once when the next frame draws.
      added.boundingBox();
    } while (i < placed.length && performance.now() - start < SLICE_MS);
    progress(Math.min(1, i / placed.length));
  }
  return true;
}
