// Key players and structure (issue 11 point 2): centrality measures, separate networks
// (connected components), Louvain communities, bridges and articulation points.
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';
import eigenvector from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { EntityMeasures, Measure, NetworkStructure } from '../../shared/contract/analysis-model';
import type { Db } from '../store/open-workspace';
import { cutPoints } from './cut-points';
import { loadNetwork, type Network, type NetworkOptions } from './network';

type Mapping = Record<string, number>;

/**
 * Betweenness and closeness cost a breadth-first search from every entity: about 1 s for 2,000
 * entities here, but 220 s for 15,000, all on the host's thread. Above this size they are left
 * out and the answer says so; narrowing the cases brings them back.
 */
export const ALL_PAIRS_LIMIT = 3000;

export function networkStructure(db: Db, options: NetworkOptions = {}): NetworkStructure {
  const graph = loadNetwork(db, options);
  const caseNumbers = new Map(
    (db.prepare('SELECT id, number FROM cases').all() as { id: number; number: string }[]).map((c) => [
      c.id,
      c.number,
    ]),
  );
  return structureOf(graph, caseNumbers);
}

export function structureOf(graph: Network, caseNumbers: Map<number, string>): NetworkStructure {
  const components = connectedComponents(graph).sort((a, b) => b.length - a.length);
  const componentOf = new Map(components.flatMap((nodes, i) => nodes.map((n) => [n, i] as const)));
  const measures = centralities(graph);
  const notComputed: Measure[] = graph.order > ALL_PAIRS_LIMIT ? ['betweenness', 'closeness'] : [];
  const communities = communitiesOf(graph);
  const cuts = cutPoints(graph);
  const entities: EntityMeasures[] = graph.mapNodes((node, a) => ({
    id: a.id,
    type: a.type,
    label: a.label,
    caseIds: a.caseIds,
    degree: graph.degree(node),
    betweenness: measures.betweenness[node] ?? 0,
    closeness: measures.closeness[node] ?? 0,
    pagerank: measures.pagerank[node] ?? 0,
    eigenvector: measures.eigenvector[node] ?? 0,
    component: componentOf.get(node) ?? 0,
    community: communities.map[node] ?? 0,
    articulation: cuts.articulationPoints.has(node),
  }));
  const caseIdsOf = (nodes: string[]) => new Set(nodes.flatMap((n) => graph.getNodeAttribute(n, 'caseIds')));
  const ref = (n: string) => {
    const { id, type, label } = graph.getNodeAttributes(n);
    return { id, type, label };
  };
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
    notComputed,
  };
}

function centralities(
  graph: Network,
): Record<'betweenness' | 'closeness' | 'pagerank' | 'eigenvector', Mapping> {
  const empty = graph.size === 0;
  // graphology's all-pairs measures fail on a network with no entity (an empty case).
  const allPairs = graph.order > 0 && graph.order <= ALL_PAIRS_LIMIT;
  return {
    betweenness: allPairs ? betweenness(graph) : {},
    closeness: allPairs ? closeness(graph) : {},
    pagerank: empty ? {} : pagerank(graph, { getEdgeWeight: null }),
    eigenvector: empty ? {} : eigenvectorOrZero(graph),
  };
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
