// Paths between entities (issue 11 point 1): the shortest path, every path up to a length,
// or paths from one entity to the nearest entities of a type, each step with the source
// records and cases behind it.
import { allSimplePaths } from 'graphology-simple-path';
import { bidirectional, singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { EntityPath, EntityRef, PathStep, PathsResult } from '../../shared/contract/analysis-model';
import { WorkbenchError } from '../../shared/contract/result';
import type { EntityType } from '../../shared/domain/entity-types';
import { linkDetail } from '../queries/entities';
import type { Db } from '../store/open-workspace';
import { loadNetwork, type Network, type NetworkOptions } from './network';

export interface PathQuery extends NetworkOptions {
  from: number;
  /** Either a target entity... */
  to?: number;
  /** ...or any entity of this type. */
  toType?: EntityType;
  /** 'shortest': the shortest path(s) only; 'all': every simple path up to maxLength steps. */
  mode: 'shortest' | 'all';
  maxLength: number;
  limit: number;
}

export function findPaths(db: Db, query: PathQuery): PathsResult {
  if ((query.to === undefined) === (query.toType === undefined))
    throw new WorkbenchError('INVALID_INPUT', 'Give either a target entity (to) or a target type (toType).', {
      field: 'to',
    });
  const keep = query.to === undefined ? [query.from] : [query.from, query.to];
  const graph = loadNetwork(db, { ...query, keepIds: keep });
  for (const id of keep) requireEntity(graph, id);
  const sorted = pathsIn(graph, query);
  return {
    from: ref(graph, String(query.from)),
    paths: sorted.slice(0, query.limit).map((p) => withEvidence(db, graph, p, query.skipCaseIds)),
    truncated: sorted.length > query.limit,
  };
}

/** The paths as entity id lists (graph node keys), shortest first. */
export function pathsIn(graph: Network, query: PathQuery): string[][] {
  const nodePaths = query.to !== undefined ? pathsBetween(graph, query, query.to) : pathsToType(graph, query);
  return nodePaths.sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}

function requireEntity(graph: Network, id: number): void {
  if (!graph.hasNode(String(id)))
    throw new WorkbenchError('NOT_FOUND', `Entity ${id} is not in the network searched.`, { entityId: id });
}

function pathsBetween(graph: Network, query: PathQuery, to: number): string[][] {
  const [s, t] = [String(query.from), String(to)];
  if (s === t) return [[s]];
  if (query.mode === 'all') return allSimplePaths(graph, s, t, { maxDepth: query.maxLength });
  const path = bidirectional(graph, s, t);
  return path && path.length - 1 <= query.maxLength ? [path] : [];
}

/** Paths to the entities of a type: the nearest ones ('shortest') or all within reach ('all'). */
function pathsToType(graph: Network, query: PathQuery): string[][] {
  const source = String(query.from);
  const distances = singleSourceLength(graph, source);
  const targets = Object.entries(distances).filter(
    ([node, d]) =>
      node !== source && d <= query.maxLength && graph.getNodeAttribute(node, 'type') === query.toType,
  );
  if (query.mode === 'all')
    return targets.flatMap(([t]) => allSimplePaths(graph, source, t, { maxDepth: query.maxLength }));
  const nearest = Math.min(...targets.map(([, d]) => d));
  return targets
    .filter(([, d]) => d === nearest)
    .map(([t]) => bidirectional(graph, source, t))
    .filter((p): p is string[] => p !== null);
}

function ref(graph: Network, node: string): EntityRef {
  const { id, type, label } = graph.getNodeAttributes(node);
  return { id, type, label };
}

function withEvidence(db: Db, graph: Network, nodes: string[], skipCaseIds?: number[]): EntityPath {
  const skip = new Set(skipCaseIds ?? []);
  const steps: PathStep[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const [a, b] = [nodes[i - 1]!, nodes[i]!];
    const links = graph
      .getEdgeAttributes(graph.edge(a, b)!)
      .links.map((l) => linkDetail(db, l.id))
      .map((d) => ({ ...d, recordLinks: d.recordLinks.filter((r) => !skip.has(r.caseId)) }));
    const caseNumbers = [...new Set(links.flatMap((l) => l.recordLinks.map((r) => r.caseNumber)))].sort();
    steps.push({ from: ref(graph, a), to: ref(graph, b), links, caseNumbers });
  }
  return {
    entities: nodes.map((n) => ref(graph, n)),
    steps,
    linkIds: steps.flatMap((s) => s.links.map((l) => l.id)),
  };
}
