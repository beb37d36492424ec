// The supply-chain layout: dealer → purchase → firearm → purchaser → broker → courier →
// crossing → recovery, left to right. Links in the data point whichever way the case
// states them ("purchase sold at dealer"), so dagre runs on a headless copy whose edges
// are turned to point down the chain; the live chart then moves to those positions.
import type { EntityType } from '../../../shared/domain/entity-types';
import { registerExtensions } from './register';

export interface LayoutGraph {
  nodes: { id: string; type: EntityType; role: string }[];
  edges: { source: string; target: string }[];
}

const TYPE_RANK: Record<EntityType, number> = {
  dealer: 0,
  purchase: 1,
  firearm: 2,
  person: 3,
  account: 4,
  phone: 4,
  address: 6,
  shipment: 6,
  vehicle: 8,
  crossing: 9,
  recovery: 10,
  organisation: 11,
};

/** People sit in the chain by the role their records state. */
const ROLE_RANK: Record<string, number> = {
  'straw purchaser': 3,
  purchaser: 3,
  associate: 3,
  witness: 3,
  recruiter: 5,
  broker: 5,
  consolidator: 7,
  courier: 7,
  buyer: 11,
};

export function chainRank(type: EntityType, role: string): number {
  if (type === 'person') return ROLE_RANK[role.toLowerCase()] ?? 5;
  return TYPE_RANK[type];
}

export interface ChainOptions {
  rankSep?: number;
  nodeSep?: number;
}

export function chainPositions(
  graph: LayoutGraph,
  opts: ChainOptions = {},
): Record<string, { x: number; y: number }> {
  const cytoscape = registerExtensions();
  const rank = new Map(graph.nodes.map((n) => [n.id, chainRank(n.type, n.role)]));
  const maxRank = Math.max(0, ...rank.values());
  const elements: cytoscape.ElementDefinition[] = [];
  // Invisible anchors, one per rank, hold each node at least at its rank even when
  // it has no link that would push it there.
  for (let r = 0; r <= maxRank; r++) {
    elements.push({ data: { id: `__rank${r}` } });
    if (r > 0)
      elements.push({ data: { source: `__rank${r - 1}`, target: `__rank${r}`, minLen: 1, weight: 1 } });
  }
  for (const n of graph.nodes) {
    elements.push({ data: { id: n.id } });
    const r = rank.get(n.id)!;
    if (r > 0) elements.push({ data: { source: `__rank${r - 1}`, target: n.id, minLen: 1, weight: 0.01 } });
  }
  for (const e of graph.edges) {
    const rs = rank.get(e.source);
    const rt = rank.get(e.target);
    if (rs === undefined || rt === undefined || rs === rt) continue;
    const [source, target] = rs < rt ? [e.source, e.target] : [e.target, e.source];
    elements.push({ data: { source, target, minLen: Math.abs(rt - rs), weight: 2 } });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 44, height: 44 } }],
  });
  cy.layout({
    name: 'dagre',
    rankDir: 'LR',
    rankSep: opts.rankSep ?? 90,
    nodeSep: opts.nodeSep ?? 26,
    minLen: (edge: cytoscape.EdgeSingular) => edge.data('minLen') as number,
    edgeWeight: (edge: cytoscape.EdgeSingular) => edge.data('weight') as number,
    animate: false,
    fit: false,
  } as cytoscape.LayoutOptions).run();
  const positions: Record<string, { x: number; y: number }> = {};
  for (const n of graph.nodes) positions[n.id] = { ...cy.getElementById(n.id).position() };
  cy.destroy();
  return positions;
}
