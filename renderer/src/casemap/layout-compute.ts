// Where each case goes: fCoSE on a headless Cytoscape, with the nodes' drawn sizes so big
// cases get room. Plain data in and out, so it runs in the layout worker (off the UI
// thread); separate networks, and cases that share nothing, are packed side by side.
import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import { registerExtensions } from '../chart/register';

export interface CaseMapLayoutRequest {
  nodes: { id: string; size: number }[];
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
    } else request.nodes.push({ id: String(data.id), size: Number(data.size) });
  }
  return request;
}

export function computeCaseMapPositions(request: CaseMapLayoutRequest): CaseMapPositions {
  if (request.nodes.length === 0) return {};
  const cytoscape = registerExtensions();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  try {
    cy.add([...request.nodes.map((n) => ({ data: n })), ...request.edges.map((e) => ({ data: e }))]);
    // Off the UI thread, so default quality stays affordable up to a thousand or so cases.
    const large = request.nodes.length > 1000;
    cy.layout({
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      // Strongly joined cases sit closer together.
      idealEdgeLength: (edge: { data(k: string): number }) => 180 / Math.sqrt(edge.data('shared')),
      nodeRepulsion: () => 12000,
      edgeElasticity: () => 0.3,
      gravity: 0.25,
      numIter: large ? 800 : 2500,
      nodeSeparation: 90,
      tile: true,
      // Labels (case numbers) are wider than the discs: room between packed cases and networks.
      tilingPaddingVertical: 50,
      tilingPaddingHorizontal: 110,
      packComponents: true,
    } as unknown as LayoutOptions).run();
    const out: CaseMapPositions = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: p.x, y: p.y };
    });
    return out;
  } finally {
    cy.destroy();
  }
}
