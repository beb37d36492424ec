// Places entities added to a chart (an expansion, a search hit, a path) next to the
// entities they link to, on free spots, without moving anything already drawn. A full
// layout happens only when the analyst asks for one.
import type { Point, PositionMap } from './position-cache';

/** Distance kept between entity centres. */
export const PLACEMENT_SPACING = 70;

export interface Placement {
  /** Ids of the entities to place. */
  fresh: string[];
  /** Links (both directions count) between any entities, fresh or placed. */
  links: { source: string; target: string }[];
  /** Where the entities already on the chart are. */
  placed: PositionMap;
  /** Where to start when a fresh entity links to nothing placed (the expanded entity). */
  anchor: Point | null;
}

/** Positions for the fresh entities only; the placed ones are left as they are. */
export function placeNew({ fresh, links, placed, anchor }: Placement): PositionMap {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const l of links) {
    link(l.source, l.target);
    link(l.target, l.source);
  }
  const grid = new SpatialGrid(PLACEMENT_SPACING);
  for (const p of Object.values(placed)) grid.add(p);
  const known: PositionMap = { ...placed };
  const out: PositionMap = {};
  const fallback = anchor ?? centreOf(Object.values(placed));
  // Those linked to the most placed entities first: their spot is the best defined.
  const linkedCount = (id: string) => (neighbours.get(id) ?? []).filter((n) => known[n]).length;
  const queue = [...fresh].sort((a, b) => linkedCount(b) - linkedCount(a));
  for (const id of queue) {
    const near = (neighbours.get(id) ?? []).map((n) => known[n]).filter((p): p is Point => !!p);
    const target = near.length ? centreOf(near) : fallback;
    const spot = grid.freeSpotNear(target);
    grid.add(spot);
    known[id] = spot;
    out[id] = spot;
  }
  return out;
}

function centreOf(points: Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  const sum = points.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/** Points bucketed by cell, to find a spot at least `spacing` from all of them quickly. */
class SpatialGrid {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly spacing: number) {}

  private cell(x: number, y: number) {
    return `${Math.floor(x / this.spacing)},${Math.floor(y / this.spacing)}`;
  }

  add(p: Point) {
    const key = this.cell(p.x, p.y);
    const list = this.cells.get(key);
    if (list) list.push(p);
    else this.cells.set(key, [p]);
  }

  private isFree(p: Point): boolean {
    const cx = Math.floor(p.x / this.spacing);
    const cy = Math.floor(p.y / this.spacing);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of this.cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.hypot(p.x - q.x, p.y - q.y) < this.spacing) return false;
        }
      }
    }
    return true;
  }

  /** The first free spot on rings around the target, nearest ring first. */
  freeSpotNear(target: Point): Point {
    for (let ring = 1; ring < 400; ring++) {
      const radius = ring * this.spacing;
      const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / this.spacing));
      // Each ring starts at a different angle so that neighbouring rings interleave.
      const start = ring * 0.61;
      for (let i = 0; i < slots; i++) {
        const angle = start + (2 * Math.PI * i) / slots;
        const p = { x: target.x + radius * Math.cos(angle), y: target.y + radius * Math.sin(angle) };
        if (this.isFree(p)) return p;
      }
    }
    return { x: target.x + 400 * this.spacing, y: target.y };
  }
}

/** A plain square grid in the given order: where entities go when their layout is stopped. */
export function gridPositions(ids: string[], spacing = PLACEMENT_SPACING): PositionMap {
  const columns = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  const out: PositionMap = {};
  ids.forEach((id, i) => {
    out[id] = { x: (i % columns) * spacing, y: Math.floor(i / columns) * spacing };
  });
  return out;
}
