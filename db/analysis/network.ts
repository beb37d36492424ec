// The workspace's entities and drawn links as a graphology graph, for path finding and
// measures. Undirected and simple: two entities are adjacent when any drawn link joins them;
// the edge keeps the drawn links (with their cases) so a path step can show its evidence.
import Graph from 'graphology';
import type { GraphData, GraphLink, GraphNode } from '../../shared/contract/model';
import type { EntityType } from '../../shared/domain/entity-types';
import { graphOfCases } from '../queries/graph';
import type { Db } from '../store/open-workspace';

export interface NetworkOptions {
  /** Only entities and links of these cases (whole workspace when absent). */
  caseIds?: number[];
  /** Entity types left out (e.g. phones and addresses that join too much). */
  skipTypes?: EntityType[];
  /** Cases whose links are left out, and entities that hold records of no other case. */
  skipCaseIds?: number[];
  /** Entities kept even when their type or cases are skipped (a path's two ends). */
  keepIds?: number[];
}

export interface EdgeData {
  links: GraphLink[];
}
export type Network = Graph<GraphNode, EdgeData>;

export function loadNetwork(db: Db, options: NetworkOptions = {}): Network {
  return networkOf(graphOfCases(db, options.caseIds), options);
}

/** Builds the graph from chart data, leaving out skipped types and cases. */
export function networkOf(data: GraphData, options: NetworkOptions = {}): Network {
  const skipTypes = new Set(options.skipTypes ?? []);
  const skipCases = new Set(options.skipCaseIds ?? []);
  const keep = new Set(options.keepIds ?? []);
  const outsideSkipped = (caseIds: number[]) => caseIds.filter((c) => !skipCases.has(c));
  const graph: Network = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of data.nodes) {
    const skipped = skipTypes.has(node.type) || outsideSkipped(node.caseIds).length === 0;
    if (skipped && !keep.has(node.id)) continue;
    graph.addNode(String(node.id), node);
  }
  for (const link of data.links) {
    if (outsideSkipped(link.caseIds).length === 0) continue;
    const [a, b] = [String(link.from), String(link.to)];
    if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
    const edge = graph.edge(a, b);
    if (edge) graph.getEdgeAttributes(edge).links.push(link);
    else graph.addEdge(a, b, { links: [link] });
  }
  return graph;
}
