// The canvas renderer draws each entity once into a small texture (and its label into
// another) the first time it appears, then copies that texture every frame. For thousands
// of entities appearing at once, making those textures is most of the first frame. While a
// big chart is added slice by slice (drawing/progressive.ts), each slice's textures are made
// right after it, at the zoom the chart will be shown at, so the first frame only copies.
// This reaches into Cytoscape's canvas renderer (3.3x: renderer().data.eleTxrCache and
// lblTxrCache); where those are missing (WebGL, another version) it does nothing.
import type { Collection, Core, NodeSingular, SingularElementArgument } from 'cytoscape';

interface TextureCache {
  getBoundingBox(ele: NodeSingular): { w: number; h: number };
  getElement(ele: NodeSingular, bb: unknown, pxRatio: number): unknown;
}

interface CanvasRenderer {
  data?: { eleTxrCache?: TextureCache; lblTxrCache?: TextureCache };
  getPixelRatio?(): number;
  webgl?: unknown;
}

/**
 * Measures each element's bounding box (kept by Cytoscape until the element moves or is
 * restyled): the first frame of a chart whose drawing was held (hold-drawing.ts) would
 * otherwise measure all of them at once, to cull what is out of view.
 */
export function warmBounds(eles: { forEach(each: (ele: SingularElementArgument) => void): unknown }): void {
  eles.forEach((ele) => void ele.boundingBox());
}

/** `added`: a slice just added (its links are measured too), or entities just moved. */
export function warmTextures(cy: Core, added: Collection | NodeSingular[]): void {
  warmBounds(added);
  const r = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const caches = [r.data?.eleTxrCache, r.data?.lblTxrCache].filter((c): c is TextureCache => !!c);
  if (r.webgl || caches.length === 0 || !r.getPixelRatio) return;
  const pxRatio = r.getPixelRatio();
  (Array.isArray(added) ? added : added.nodes().toArray()).forEach((n) => {
    if (!n.visible()) return;
    for (const cache of caches) {
      const bb = cache.getBoundingBox(n);
      if (bb.w > 0 && bb.h > 0) cache.getElement(n, bb, pxRatio);
    }
  });
}

/**
 * After entities moved (a slice of a move in slices): their boxes and their links' boxes are
 * measured now, not all in the frame that shows them; their textures too when they were
 * added before they had a place and so were never prepared (`textures`).
 */
export function warmMoved(cy: Core, moved: NodeSingular[], textures: boolean): void {
  if (textures) warmTextures(cy, moved);
  else warmBounds(moved);
  moved.forEach((n) => warmBounds(n.connectedEdges()));
}
