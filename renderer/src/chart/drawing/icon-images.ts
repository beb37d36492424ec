// The canvas renderer loads each background image (an entity's icon, a cross-case badge) into
// an Image of its own the first time it draws a node with it. Until that image has loaded, the
// node is drawn without it and marked "backgrounding", which restyles it; when the image is in,
// the node is restyled again and its texture made again. On a chart opened first thing in a
// page, that was most of the first frame's work twice over (a 50-entity case: a 0.2 s task).
// The icons are PNGs decoded once at start (icons/raster.ts), so each new renderer is handed
// those images, complete, before it draws anything. This reaches into Cytoscape's renderer
// (3.3x: renderer().imageCache, keyed by URL, as getCachedImage reads it); where that is
// missing (another version) nothing changes.
import type { Core } from 'cytoscape';
import { decodedIcons } from '../icons/raster';

interface RendererImages {
  imageCache?: Record<string, { image: HTMLImageElement } | undefined>;
}

/** Hands the renderer the icons decoded so far; answers how many. */
export function shareDecodedIcons(cy: Core): number {
  const r = (cy as unknown as { renderer(): (RendererImages & object) | null }).renderer();
  if (!r || decodedIcons.size === 0) return 0;
  const cache = (r.imageCache ??= {});
  let shared = 0;
  for (const [url, image] of decodedIcons) {
    if (cache[url] || !image.complete) continue;
    cache[url] = { image };
    shared++;
  }
  return shared;
}
