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
/** Runs of MAX_ITERATIONS at most, for a knot one run does not undo. */
const MAX_ROUNDS = 3;
/** Passes of pushing the last overlapping pairs apart, at most. */
const MAX_PUSHES = 50;

/** The positions with no two entities overlapping; pinned entities stay exactly where they are. */
export function spaceApart(positions: Positions, nodes: readonly LayoutNode[]): Positions {
  if (nodes.length < 2 || nodes.length > MAX_SPACED) return positions;
  let out: Positions = { ...positions };
  // A dense knot (a hub's guns around it) can outlast one run of iterations: run again from
  // where it stopped until no pair overlaps, a few times at most.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    out = noverlapRound(out, nodes);
    if (overlappingPairs(out, nodes).length === 0) return out;
  }
  // Noverlap moves only one entity of a pair, and a crowded knot can send it back and forth
  // for good: push the pairs still overlapping apart along the line between them.
  for (let pass = 0; pass < MAX_PUSHES; pass++) {
    const pairs = overlappingPairs(out, nodes);
    if (pairs.length === 0) break;
    for (const [a, b] of pairs) pushApart(out, a, b);
  }
  return out;
}

/** Moves two overlapping entities apart until their sizes and the margin fit between them. */
function pushApart(positions: Positions, a: LayoutNode, b: LayoutNode) {
  const pa = positions[a.id]!;
  const pb = positions[b.id]!;
  const dx = pb.x - pa.x;
  const dy = pb.y - pa.y;
  const dist = Math.hypot(dx, dy);
  const need = (a.size + b.size) / 2 + ENTITY_MARGIN - dist;
  if (need <= 0 || (a.pinned && b.pinned)) return;
  // Entities on the same spot part along a fixed direction (the result stays reproducible).
  const [ux, uy] = dist > 0 ? [dx / dist, dy / dist] : [1, 0];
  const shareA = a.pinned ? 0 : b.pinned ? 1 : 0.5;
  positions[a.id] = { x: pa.x - ux * need * shareA, y: pa.y - uy * need * shareA };
  positions[b.id] = { x: pb.x + ux * need * (1 - shareA), y: pb.y + uy * need * (1 - shareA) };
}

/** One Noverlap run; pinned entities are put back where they were. */
function noverlapRound(positions: Positions, nodes: readonly LayoutNode[]): Positions {
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

/** Pairs of placed entities closer than their drawn sizes (at most 800 entities: pairs are cheap). */
function overlappingPairs(positions: Positions, nodes: readonly LayoutNode[]): [LayoutNode, LayoutNode][] {
  const placed = nodes.filter((n) => positions[n.id]);
  const out: [LayoutNode, LayoutNode][] = [];
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!;
    const pa = positions[a.id]!;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j]!;
      const pb = positions[b.id]!;
      if (Math.hypot(pa.x - pb.x, pa.y - pb.y) < (a.size + b.size) / 2) out.push([a, b]);
    }
  }
  return out;
}
