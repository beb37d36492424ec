// What the case map's layout needs (each case's id and drawn size, each connection's ends
// and weight) and what it answers, as plain data: it crosses to the layout worker, and the
// page builds it without loading the layout code.
import type { ElementDefinition } from 'cytoscape';

export interface CaseMapLayoutRequest {
  /** offMap: the case shares entities only with cases not drawn (it has its own column). */
  nodes: { id: string; size: number; offMap?: boolean }[];
  edges: { id: string; source: string; target: string; shared: number }[];
}
export type CaseMapPositions = Record<string, { x: number; y: number }>;

export function layoutRequestOf(elements: readonly ElementDefinition[]): CaseMapLayoutRequest {
  const request: CaseMapLayoutRequest = { nodes: [], edges: [] };
  for (const { data } of elements) {
    if (data.source !== undefined) {
      request.edges.push({
        id: String(data.id),
        source: String(data.source),
        target: String(data.target),
        shared: Number(data.shared),
      });
    } else {
      const node = { id: String(data.id), size: Number(data.size) };
      request.nodes.push(data.offMap === 1 ? { ...node, offMap: true } : node);
    }
  }
  return request;
}

/** One string per distinct layout question: the same cases and connections get the same places. */
export function layoutKeyOf(request: CaseMapLayoutRequest): string {
  const nodes = request.nodes.map((n) => `${n.id}:${n.size}${n.offMap ? ':off' : ''}`).join(',');
  const edges = request.edges.map((e) => `${e.source}-${e.target}:${e.shared}`).join(',');
  return `${nodes}|${edges}`;
}
