// Where each case goes: fCoSE on a headless Cytoscape, with the nodes' drawn sizes so big
// cases get room. Plain data in and out, so it runs in the layout worker (off the UI
// thread); separate networks, and cases that share nothing, are packed side by side.
import type { LayoutOptions } from 'cytoscape';
import { registerExtensions } from '../chart/register';
import type { CaseMapLayoutRequest, CaseMapPositions } from './layout-request';

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
    setApart(request, out);
    return out;
  } finally {
    cy.destroy();
  }
}

/** Room a case and its label take in the columns of cases without a line on the map. */
const APART_ROW = 110;
const APART_COLUMN = 200;

/**
 * Cases without a line on the map stand in columns beside the networks, so the picture
 * says at a glance which cases the networks leave out (packing can otherwise tuck a lone
 * case into a gap inside a network's box): left, the cases that share nothing at all;
 * right, the cases linked only to cases the budget did not draw. The two never mix.
 */
function setApart(request: CaseMapLayoutRequest, out: CaseMapPositions): void {
  const linked = new Set(request.edges.flatMap((e) => [e.source, e.target]));
  const joined = request.nodes.filter((n) => linked.has(n.id)).map((n) => out[n.id]!);
  if (joined.length === 0) return;
  const unlinked = request.nodes.filter((n) => !linked.has(n.id));
  const box = {
    minX: Math.min(...joined.map((p) => p.x)),
    maxX: Math.max(...joined.map((p) => p.x)),
    minY: Math.min(...joined.map((p) => p.y)),
    maxY: Math.max(...joined.map((p) => p.y)),
  };
  const rows = Math.max(1, Math.floor((box.maxY - box.minY) / APART_ROW) + 1);
  const column = (nodes: typeof unlinked, x0: number, step: number) =>
    nodes.forEach((n, i) => {
      out[n.id] = { x: x0 + step * (1 + Math.floor(i / rows)), y: box.minY + APART_ROW * (i % rows) };
    });
  column(
    unlinked.filter((n) => !n.offMap),
    box.minX,
    -APART_COLUMN,
  );
  column(
    unlinked.filter((n) => n.offMap),
    box.maxX,
    APART_COLUMN,
  );
}

/**
 * A small made-up map (two networks of rings with chords, and two lone cases) that takes
 * the same paths through the layout as a real one: laying it out while the real cases are
 * still being read lets the engine compile those paths, so the real layout runs faster.
 */
export function warmUpRequest(): CaseMapLayoutRequest {
  const request: CaseMapLayoutRequest = { nodes: [], edges: [] };
  const ring = (first: number, count: number) => {
    for (let i = 0; i < count; i++) {
      request.nodes.push({ id: `w${first + i}`, size: 24 + ((i * 7) % 60) });
      const link = (j: number, shared: number) =>
        request.edges.push({
          id: `w${first + i}-${first + j}`,
          source: `w${first + i}`,
          target: `w${first + j}`,
          shared,
        });
      link((i + 1) % count, 1 + (i % 4));
      if (i % 3 === 0) link((i + count / 2) % count, 2);
    }
  };
  ring(0, 40);
  ring(40, 12);
  request.nodes.push({ id: 'w98', size: 30 }, { id: 'w99', size: 40 });
  return request;
}
