// The view that shows a set of positions whole, computed from the numbers alone. Cytoscape's
// own fit measures every element's label first (seconds on thousands of entities).
import type { Point } from './position-cache';

export interface Viewport {
  zoom: number;
  pan: Point;
}

export function fitViewport(
  points: Point[],
  view: { width: number; height: number },
  opts: { padding: number; nodeSize: number; minZoom: number; maxZoom: number },
): Viewport | null {
  if (points.length === 0 || view.width <= 0 || view.height <= 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const half = opts.nodeSize / 2;
  const w = x2 - x1 + 2 * half;
  const h = y2 - y1 + 2 * half;
  const zoom = clamp(
    Math.min((view.width - 2 * opts.padding) / w, (view.height - 2 * opts.padding) / h),
    opts.minZoom,
    opts.maxZoom,
  );
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return { zoom, pan: { x: view.width / 2 - zoom * cx, y: view.height / 2 - zoom * cy } };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
