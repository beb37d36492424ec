// The force layout of big charts: ForceAtlas2 (graphology) with Barnes–Hut, built for
// thousands of nodes, where fCoSE takes tens of seconds. It runs in the layout worker, in
// steps, so it can report progress and stop at a time cap; a seeded start makes the same
// chart come out the same; a last overlap-removal pass (noverlap) keeps entities apart.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import random from 'graphology-layout/random';
import type { LayoutRequest, LayoutResult, Positions } from './layout-compute';
import { forceAtlasSettings } from './layouts';

/** How far along a layout is, 0..1, for the progress message. */
export type OnProgress = (fraction: number) => void;

/** A first picture of a layout still running (see DRAFT_AFTER_MS). */
export type OnDraft = (draft: LayoutResult) => void;

export interface ForceAtlasOptions {
  onProgress?: OnProgress;
  /** Called once, with where the entities stand after DRAFT_AFTER_MS, if the run goes on longer. */
  onDraft?: OnDraft;
  /** The clock the time cap reads (injected by tests; performance.now otherwise). */
  now?: () => number;
}

/**
 * Chart units per ForceAtlas2 unit when a run starts from the chart (incremental or
 * pinned): about what a fresh run's own scaling comes to, so both read alike.
 */
const CHART_SCALE = 2;
/** Room per entity on the chart (px, side of the square it gets on average). */
const ROOM_PER_ENTITY = 70;
/** Iterations between two looks at the clock: fixed, so a run under the cap is reproducible. */
const STEP = 10;
/**
 * When a run still going gives its draft: a big chart is drawn from it while the layout
 * refines (the analyst sees the chart in about a second, not after the whole layout). The
 * draft is a copy; taking it changes nothing in the run, so the final positions stay the same.
 */
export const DRAFT_AFTER_MS = 400;

export function forceAtlasPositions(request: LayoutRequest, opts: ForceAtlasOptions = {}): LayoutResult {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const settings = forceAtlasSettings(request.nodes.length, request.incremental);
  const fromChart = request.incremental || request.nodes.some((n) => n.pinned && n.position);
  const graph = buildGraph(request, fromChart);
  const fa2 = {
    ...forceAtlas2.inferSettings(graph.order),
    barnesHutOptimize: settings.barnesHut,
    barnesHutTheta: settings.barnesHutTheta,
  };
  let done = 0;
  let drafted = !opts.onDraft;
  while (done < settings.iterations && now() - started < settings.timeCapMs) {
    const step = Math.min(STEP, settings.iterations - done);
    forceAtlas2.assign(graph, { iterations: step, settings: fa2, getEdgeWeight: 'weight' });
    done += step;
    opts.onProgress?.(0.9 * (done / settings.iterations));
    if (!drafted && done < settings.iterations && now() - started >= DRAFT_AFTER_MS) {
      drafted = true;
      opts.onDraft?.(draftOf(request, graph, fromChart));
    }
  }
  scaleToChart(graph, fromChart ? CHART_SCALE : densityScale(graph));
  removeOverlaps(graph, started + settings.timeCapMs + settings.overlapCapMs, now);
  opts.onProgress?.(1);
  return { positions: chartPositions(request, graph), fit: !request.incremental };
}

/** Where the entities stand now, scaled as a finished run would be (no overlap pass: it is quick). */
function draftOf(request: LayoutRequest, graph: Graph, fromChart: boolean): LayoutResult {
  const copy = graph.copy();
  scaleToChart(copy, fromChart ? CHART_SCALE : densityScale(copy));
  return { positions: chartPositions(request, copy), fit: !request.incremental };
}

/** The entities and links as a graphology graph, each entity at its starting point. */
function buildGraph(request: LayoutRequest, fromChart: boolean): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of request.nodes) {
    const start = fromChart && n.position ? scaled(n.position, 1 / CHART_SCALE) : undefined;
    graph.addNode(n.id, {
      size: n.size / 2,
      ...(start ?? {}),
      fixed: fromChart && n.pinned === true,
      placed: start !== undefined,
    });
  }
  for (const e of request.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.mergeEdge(e.source, e.target, { weight: 1 });
  }
  holdGroupsTogether(graph, request);
  placeTheRest(graph, request);
  return graph;
}

/** A group box's members pull together: each is tied to a hidden hub of the group. */
function holdGroupsTogether(graph: Graph, request: LayoutRequest) {
  for (const n of request.nodes) {
    if (!n.parent) continue;
    const hub = `\u0000group:${n.parent}`;
    if (!graph.hasNode(hub)) graph.addNode(hub, { size: 1, hub: true, placed: false });
    graph.mergeEdge(n.id, hub, { weight: 3 });
  }
}

/**
 * Entities without a starting point get a random one, seeded by the chart's entities so the
 * same chart always starts (and so ends) the same way. New entities of an incremental run
 * start next to a placed neighbour instead.
 */
function placeTheRest(graph: Graph, request: LayoutRequest) {
  const rng = seededRandom(request.nodes.map((n) => n.id));
  const unplaced = graph.filterNodes((_, a) => !a.placed);
  if (unplaced.length === 0) return;
  const spots = random(graph, { rng, scale: 100 * Math.sqrt(graph.order), center: 0 });
  for (const id of unplaced) {
    const near = graph.findNeighbor(id, (_, a) => a.placed === true);
    const at = near
      ? {
          x: graph.getNodeAttribute(near, 'x') + rng() - 0.5,
          y: graph.getNodeAttribute(near, 'y') + rng() - 0.5,
        }
      : spots[id]!;
    graph.mergeNodeAttributes(id, { x: at.x, y: at.y });
  }
}

/** Chart units per layout unit: the entities get ROOM_PER_ENTITY each over the central 90%. */
function densityScale(graph: Graph): number {
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((_, a) => {
    if (a.hub) return;
    xs.push(a.x as number);
    ys.push(a.y as number);
  });
  const spread = (v: number[]) => {
    v.sort((a, b) => a - b);
    return v[Math.floor(0.95 * (v.length - 1))]! - v[Math.floor(0.05 * (v.length - 1))]!;
  };
  // The middle 90% along each axis hold about 81% of the entities.
  const area = (spread(xs) * spread(ys)) / 0.81;
  return area > 0 ? Math.sqrt((xs.length * ROOM_PER_ENTITY ** 2) / area) : 1;
}

function scaleToChart(graph: Graph, factor: number) {
  graph.updateEachNodeAttributes((_, a) => ({ ...a, x: a.x * factor, y: a.y * factor }), {
    attributes: ['x', 'y'],
  });
}

/** Moves overlapping entities apart, one pass at a time, until none overlap or time is up. */
function removeOverlaps(graph: Graph, deadline: number, now: () => number) {
  const settings = {
    gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))),
    margin: 6,
    ratio: 1,
    speed: 3,
  };
  for (let pass = 0; pass < 60 && now() < deadline; pass++) {
    const next = noverlap(graph, { maxIterations: 1, settings });
    let moved = false;
    graph.updateEachNodeAttributes(
      (id, a) => {
        if (a.fixed) return a;
        const p = next[id]!;
        if (p.x !== a.x || p.y !== a.y) moved = true;
        return { ...a, x: p.x, y: p.y };
      },
      { attributes: ['x', 'y'] },
    );
    if (!moved) return;
  }
}

function chartPositions(request: LayoutRequest, graph: Graph): Positions {
  const out: Positions = {};
  for (const n of request.nodes) {
    // A pinned entity stays exactly where the analyst left it.
    out[n.id] =
      n.pinned && n.position
        ? { x: n.position.x, y: n.position.y }
        : { x: graph.getNodeAttribute(n.id, 'x'), y: graph.getNodeAttribute(n.id, 'y') };
  }
  return out;
}

const scaled = (p: { x: number; y: number }, k: number) => ({ x: p.x * k, y: p.y * k });

/** A small seeded generator (mulberry32) keyed by the chart's entity ids. */
function seededRandom(ids: string[]): () => number {
  let seed = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) seed = Math.imul(seed ^ id.charCodeAt(i), 0x01000193);
  }
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
