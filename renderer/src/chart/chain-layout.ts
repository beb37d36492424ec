// The supply-chain layout: dealer → purchase → firearm → purchaser → broker → courier →
// crossing → recovery, left to right. Each entity's column comes from its type (and a
// person's role). Links point whichever way the case states them ("purchase sold at
// dealer"), so dagre (rankDir LR) runs on a headless copy whose links are turned to point
// down the chain, and is used for what it is best at: ordering each column so few links
// cross. Columns taller than the chart's proportions are wrapped into side-by-side
// sub-columns, so a hundred firearms do not make a chart ten times taller than wide.
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
  stop: 9,
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
  /** Horizontal gap between columns, vertical gap between rows (model units). */
  columnGap?: number;
  rowGap?: number;
  /** Height over width the chart should roughly have. */
  aspect?: number;
  /** Above this many entities columns are ordered by label instead of by dagre. */
  dagreLimit?: number;
}

type Positions = Record<string, { x: number; y: number }>;

export function chainPositions(graph: LayoutGraph, opts: ChainOptions = {}): Positions {
  const columnGap = opts.columnGap ?? 170;
  const rowGap = opts.rowGap ?? 62;
  const ranks = compactRanks(graph);
  const columns: string[][] = [];
  for (const n of graph.nodes) (columns[ranks.get(n.id)!] ??= []).push(n.id);
  const order = graph.nodes.length <= (opts.dagreLimit ?? 800) ? dagreOrder(graph, ranks) : labelOrder(graph);
  for (const col of columns) col.sort((a, b) => order.get(a)! - order.get(b)!);
  const perColumn = rowsPerColumn(
    columns.map((c) => c.length),
    columnGap,
    rowGap,
    opts.aspect ?? 0.6,
  );
  const positions: Positions = {};
  let x = 0;
  for (const col of columns) {
    for (let start = 0; start < col.length; start += perColumn) {
      const chunk = col.slice(start, start + perColumn);
      chunk.forEach((id, i) => (positions[id] = { x, y: (i - (chunk.length - 1) / 2) * rowGap }));
      x += start + perColumn < col.length ? columnGap * 0.8 : columnGap;
    }
  }
  return positions;
}

/** Ranks renumbered 0..k-1 over the ranks actually present, so no column is empty. */
function compactRanks(graph: LayoutGraph): Map<string, number> {
  const raw = new Map(graph.nodes.map((n) => [n.id, chainRank(n.type, n.role)]));
  const used = [...new Set(raw.values())].sort((a, b) => a - b);
  const index = new Map(used.map((r, i) => [r, i]));
  return new Map([...raw].map(([id, r]) => [id, index.get(r)!]));
}

/** The number of rows per (sub-)column that brings the chart closest to the wanted aspect. */
export function rowsPerColumn(heights: number[], columnGap: number, rowGap: number, aspect: number): number {
  const tallest = Math.max(1, ...heights);
  let best = tallest;
  let bestScore = Infinity;
  for (let rows = Math.min(6, tallest); rows <= tallest; rows++) {
    const cols = heights.reduce((s, h) => s + Math.ceil(h / rows), 0);
    const score = Math.abs(Math.log((rows * rowGap) / (cols * columnGap) / aspect));
    if (score < bestScore) [best, bestScore] = [rows, score];
  }
  return best;
}

function labelOrder(graph: LayoutGraph): Map<string, number> {
  const ids = graph.nodes.map((n) => n.id).sort();
  return new Map(ids.map((id, i) => [id, i]));
}

/** dagre's crossing-minimised order of each column, on links turned down the chain. */
function dagreOrder(graph: LayoutGraph, ranks: Map<string, number>): Map<string, number> {
  const cytoscape = registerExtensions();
  const maxRank = Math.max(0, ...ranks.values());
  const elements: cytoscape.ElementDefinition[] = [];
  // Invisible anchors, one per column, hold each entity in its column even when no
  // link pushes it there.
  for (let r = 0; r <= maxRank; r++) {
    elements.push({ data: { id: `__rank${r}` } });
    if (r > 0) elements.push({ data: { source: `__rank${r - 1}`, target: `__rank${r}`, weight: 1 } });
  }
  for (const n of graph.nodes) {
    elements.push({ data: { id: n.id } });
    const r = ranks.get(n.id)!;
    if (r > 0) elements.push({ data: { source: `__rank${r - 1}`, target: n.id, weight: 0.01 } });
  }
  // Only links between neighbouring columns: longer ones would add dummy nodes that
  // cost seconds and change little about the order.
  for (const e of graph.edges) {
    const rs = ranks.get(e.source);
    const rt = ranks.get(e.target);
    if (rs === undefined || rt === undefined || Math.abs(rs - rt) !== 1) continue;
    const [source, target] = rs < rt ? [e.source, e.target] : [e.target, e.source];
    elements.push({ data: { source, target, weight: 2 } });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 40, height: 40 } }],
  });
  cy.layout({
    name: 'dagre',
    rankDir: 'LR',
    rankSep: 80,
    nodeSep: 10,
    edgeWeight: (edge: cytoscape.EdgeSingular) => edge.data('weight') as number,
    animate: false,
    fit: false,
  } as cytoscape.LayoutOptions).run();
  const order = new Map(graph.nodes.map((n) => [n.id, cy.getElementById(n.id).position('y')]));
  cy.destroy();
  return order;
}
