// At rest, the canvas renderer draws a big chart from a few "layers": pictures of many
// elements each, made once per zoom level and then copied every frame. It makes them lazily,
// a little each frame after the chart first shows; so the frame that first shows a big chart
// drew every element one by one (5,000 entities and 10,000 links: a task of 0.3–0.4 s, the
// drawing's longest). While the view is still parked (progressive.ts, move-in-slices.ts), this
// fills those layers a time-boxed portion per frame, so that the first frame in view only
// copies them. This reaches into Cytoscape's canvas renderer (3.3x: renderer().data.lyrTxrCache
// and getCachedZSortedEles); where those are missing (WebGL, another version) it does nothing.
import type { Core } from 'cytoscape';

interface LayerCache {
  levelIsComplete(lvl: number, eles: unknown): boolean;
  firstGet: boolean;
  skipping: boolean;
  layersQueue: { size(): number };
  getLayers(eles: unknown, pxRatio: number, lvl?: number): unknown[] | null;
  dequeue(pxRatio: number): unknown[];
}

interface CanvasRenderer {
  webgl?: unknown;
  data?: { lyrTxrCache?: LayerCache };
  getPixelRatio?(): number;
  getCachedZSortedEles?(): { nondrag: unknown };
  flushRenderedStyleQueue?(): void;
}

/** The renderer's layer levels and the zoom from which it stops using layers (3.3x). */
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_LAYER_ZOOM = 3.99;
/** How many times layers dropped by a change meanwhile are made again before giving up. */
const WARM_ROUNDS = 5;

export interface WarmLayersOptions {
  /** False once a newer draw, load or cancel replaced this one: stop. */
  current(): boolean;
  nextFrame(): Promise<void>;
  /** Drawing into the layers stops for the frame after this many ms. */
  budgetMs: number;
  now?: () => number;
}

/** The renderer's layer cache, when this renderer has one that can be filled ahead. */
function layerCache(cy: Core): { cache: LayerCache; r: CanvasRenderer } | null {
  const r = (cy as unknown as { renderer(): CanvasRenderer | null }).renderer();
  const cache = r?.data?.lyrTxrCache;
  if (!r || r.webgl || !cache || !r.getPixelRatio || !r.getCachedZSortedEles) return null;
  if (typeof cache.getLayers !== 'function' || typeof cache.dequeue !== 'function') return null;
  return { cache, r };
}

/**
 * Fills the layers of the chart's elements at the current zoom, a time-boxed portion per
 * frame. A change meanwhile (a restyle) drops the layer being made: it is made again, a few
 * times at most. Returns false when stopped early.
 */
export async function warmLayers(cy: Core, opts: WarmLayersOptions): Promise<boolean> {
  const found = layerCache(cy);
  if (!found) return true;
  for (let round = 0; round < WARM_ROUNDS; round++) {
    const filled = await fillLayers(cy, found, opts);
    if (filled !== 'again') return filled;
  }
  return opts.current();
}

/** One round of queueing and filling; 'again' when a change dropped a layer meanwhile. */
async function fillLayers(
  cy: Core,
  { cache, r }: { cache: LayerCache; r: CanvasRenderer },
  opts: WarmLayersOptions,
): Promise<boolean | 'again'> {
  const now = opts.now ?? (() => performance.now());
  const pxRatio = r.getPixelRatio!();
  // Changes still waiting for a drawn frame (the last slice's, a restyle's) would drop a layer
  // made now: they are worked out first, in a task of their own.
  r.flushRenderedStyleQueue?.();
  await opts.nextFrame();
  if (!opts.current()) return false;
  // The cache draws everything at once on its very first use, and skips making layers for a
  // while after a change (it expects more); both are what this avoids: only queue here.
  cache.firstGet = false;
  cache.skipping = false;
  const eles = r.getCachedZSortedEles!().nondrag;
  // Null: layers are not used at this zoom (too close, or too big a picture).
  const layers = cache.getLayers(eles, pxRatio);
  if (layers === null && cache.layersQueue.size() === 0) return true;
  // Queueing measured every element: the drawing into layers starts in a task of its own.
  await opts.nextFrame();
  while (cache.layersQueue.size() > 0) {
    if (!opts.current()) return false;
    const started = now();
    while (cache.layersQueue.size() > 0 && now() - started < opts.budgetMs) cache.dequeue(pxRatio);
    await opts.nextFrame();
  }
  if (!opts.current()) return false;
  r.flushRenderedStyleQueue?.();
  return layersComplete(cy) === false ? 'again' : true;
}

/**
 * Whether the layers of the chart at its current zoom are all made (null: this renderer has
 * no layers, or does not use them at this zoom). The level is chosen as the renderer does.
 */
export function layersComplete(cy: Core): boolean | null {
  const found = layerCache(cy);
  if (!found || typeof found.cache.levelIsComplete !== 'function') return null;
  const zoom = cy.zoom();
  const lvl = Math.max(MIN_LEVEL, Math.ceil(Math.log2(zoom * found.r.getPixelRatio!())));
  if (zoom >= MAX_LAYER_ZOOM || lvl > MAX_LEVEL) return null;
  return found.cache.levelIsComplete(lvl, found.r.getCachedZSortedEles!().nondrag);
}
