// Entities that do not overlap at rest (issue 11). fCoSE keeps entities apart by repulsion
// alone: on the training chart it left 3–5 pairs overlapping after every run (centres as
// close as 0.57 of what their sizes need), so a click on one entity could land on another.
// A last Noverlap pass (graphology-layout-noverlap) moves just those apart, a few units.
import Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';
import type { LayoutNode, Positions } from './layout-compute';
import { LARGE_GRAPH } from './layouts';

/** Room kept around each entity beyond its drawn size (the thickest border, 4, is half outside). */
export const ENTITY_MARGIN = 4;
/** Charts drawn with labels get the pass; a bigger one is drawn plainly and would wait seconds for it. */
const MAX_SPACED = LARGE_GRAPH;
/** fCoSE leaves a few overlaps, resolved in tens of iterations; this caps a pathological start. */
const MAX_ITERATIONS = 200;

/** The positions with no two entities overlapping; pinned entities stay exactly where they are. */
export function spaceApart(positions: Positions, nodes: readonly LayoutNode[]): Positions {
  if (nodes.length < 2 || nodes.length > MAX_SPACED) return positions;
  const graph = new Graph();
  for (const n of nodes) {
    const p = positions[n.id];
    if (p) graph.addNode(n.id, { x: p.x, y: p.y, size: n.size / 2 });
  }
  // margin is added to both radii: two entities end at least 2 × margin apart.
  const moved = noverlap(graph, {
    maxIterations: MAX_ITERATIONS,
    settings: { margin: ENTITY_MARGIN / 2, ratio: 1 },
  });
  const out: Positions = { ...positions };
  for (const n of nodes) {
    const p = moved[n.id];
    if (p && !n.pinned) out[n.id] = { x: p.x, y: p.y };
  }
  return out;
}
