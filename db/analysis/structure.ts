// Key players and structure (issue 11 point 2): centrality measures, separate networks
// (connected components), Louvain communities, bridges and articulation points. Pure: the
// backend runs it in a worker thread (structure-run.ts), so a big network blocks no call.
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';
import eigenvector from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { EntityMeasures, NetworkStructure } from '../../shared/contract/analysis-model';
import type { Db } from '../store/open-workspace';
import { cutPoints } from './cut-points';
import { loadNetwork, type Network, type NetworkOptions } from './network';
import { estimateCentralities, type Mapping } from './sampled-centrality';

/**
 * Up to this many entities betweenness and closeness are exact (a search from every entity,
 * about 1 s at 2,000 here); above it they are estimated from PIVOTS searches, which keeps
 * 5,000 entities to a second or two and 15,000 to a few seconds.
 */
export const EXACT_LIMIT = 2000;
export const PIVOTS = 400;

/** How far a run has come: steps done of the total (each pivot search is a step). */
export interface StructureProgress {
  done: number;
  total: number;
  message: string;
}
export type OnProgress = (p: StructureProgress) => void;

export function networkStructure(db: Db, options: NetworkOptions = {}): NetworkStructure {
  return structureOf(loadNetwork(db, options), caseNumbersOf(db));
}

export function caseNumbersOf(db: Db): Map<number, string> {
  const rows = db.prepare('SELECT id, number FROM cases').all() as { id: number; number: string }[];
  return new Map(rows.map((c) => [c.id, c.number]));
}

export function structureOf(
  graph: Network,
  caseNumbers: Map<number, string>,
  onProgress: OnProgress = () => {},
): NetworkStructure {
  const estimated = graph.order > EXACT_LIMIT;
  const searches = estimated ? PIVOTS : 2;
  const total = searches + 4;
  const step = (done: number, message: string) => onProgress({ done, total, message });
  step(0, 'Finding the separate networks');
  const components = connectedComponents(graph).sort((a, b) => b.length - a.length);
  const componentOf = new Map(components.flatMap((nodes, i) => nodes.map((n) => [n, i] as const)));
  const allPairs = allPairsMeasures(graph, estimated, (done, message) => step(1 + done, message));
  step(1 + searches, 'PageRank and eigenvector');
  const pagerankOf = graph.size === 0 ? {} : pagerank(graph, { getEdgeWeight: null });
  const eigenvectorOf = graph.size === 0 ? {} : eigenvectorOrZero(graph);
  step(2 + searches, 'Communities');
  const communities = communitiesOf(graph);
  step(3 + searches, 'Bridges and articulation points');
  const cuts = cutPoints(graph);
  const entities: EntityMeasures[] = graph.mapNodes((node, a) => ({
    id: a.id,
    type: a.type,
    label: a.label,
    caseIds: a.caseIds,
    degree: graph.degree(node),
    betweenness: allPairs.betweenness[node] ?? 0,
    closeness: allPairs.closeness[node] ?? 0,
    pagerank: pagerankOf[node] ?? 0,
    eigenvector: eigenvectorOf[node] ?? 0,
    component: componentOf.get(node) ?? 0,
    community: communities.map[node] ?? 0,
    articulation: cuts.articulationPoints.has(node),
  }));
  const caseIdsOf = (nodes: string[]) => new Set(nodes.flatMap((n) => graph.getNodeAttribute(n, 'caseIds')));
  const ref = (n: string) => {
    const { id, type, label } = graph.getNodeAttributes(n);
    return { id, type, label };
  };
  step(total, 'Done');
  return {
    entities,
    networks: components.map((nodes, index) => ({
      index,
      entityIds: nodes.map(Number),
      caseNumbers: [...caseIdsOf(nodes)].map((c) => caseNumbers.get(c) ?? String(c)).sort(),
    })),
    communityCount: communities.count,
    bridges: cuts.bridges.map(([a, b]) => ({
      from: ref(a),
      to: ref(b),
      linkIds: graph.getEdgeAttributes(graph.edge(a, b)!).links.map((l) => l.id),
    })),
    caseCount: caseIdsOf(graph.nodes()).size,
    estimated: estimated ? ['betweenness', 'closeness'] : [],
    pivots: estimated ? Math.min(PIVOTS, graph.order) : 0,
  };
}

/** Betweenness and closeness: exact (graphology) on small networks, estimated above EXACT_LIMIT. */
function allPairsMeasures(
  graph: Network,
  estimated: boolean,
  step: (done: number, message: string) => void,
): { betweenness: Mapping; closeness: Mapping } {
  // graphology's all-pairs measures fail on a network with no entity (an empty case).
  if (graph.order === 0) return { betweenness: {}, closeness: {} };
  if (estimated) {
    return estimateCentralities(graph, PIVOTS, (done, of) =>
      step(done, `Betweenness and closeness (estimated): ${done} of ${of} searches`),
    );
  }
  step(0, 'Betweenness');
  // Unweighted: every link counts as one step (a weighted search is three times slower).
  const between = betweenness(graph, { getEdgeWeight: null });
  step(1, 'Closeness');
  return { betweenness: between, closeness: closeness(graph) };
}

/** Power iteration may not converge on some shapes (e.g. bipartite parts); say 0 rather than fail. */
function eigenvectorOrZero(graph: Network): Mapping {
  try {
    return eigenvector(graph, { getEdgeWeight: null, maxIterations: 1000 });
  } catch {
    return {};
  }
}

/** Louvain with a fixed seed, so the same network gives the same communities every time. */
function communitiesOf(graph: Network): { map: Mapping; count: number } {
  if (graph.size === 0) return { map: {}, count: graph.order };
  let seed = 42;
  const rng = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  const result = louvain.detailed(graph, { getEdgeWeight: null, rng });
  return { map: result.communities, count: result.count };
}
