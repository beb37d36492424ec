// The headless charts the renderer's unit tests draw on: Cytoscape with the app's extensions
// and its real stylesheet, holding a graph's elements as the chart builds them; and generated
// layout requests for the layout tests.
import type { Core, StylesheetJson } from 'cytoscape';
import { toElements } from '../../../renderer/src/chart/elements';
import type { LayoutRequest } from '../../../renderer/src/chart/layout-compute';
import { registerExtensions } from '../../../renderer/src/chart/register';
import { caseColours } from '../../../renderer/src/chart/style-tables';
import { buildStylesheet } from '../../../renderer/src/chart/stylesheet';
import type { GraphData } from '../../../shared/contract/model';

export interface HeadlessChartOptions {
  /** The cases whose colours the entities' rings take. */
  cases: number[];
  /** The big-chart look (toElements' `light`). */
  light?: boolean;
  /** Where the i-th element stands (elements are added after creation: a headless constructor drops positions). */
  at?: (i: number) => { x: number; y: number };
  /** Another stylesheet than the chart's own. */
  style?: StylesheetJson;
}

export function headlessChart(graph: GraphData, opts: HeadlessChartOptions): Core {
  const cy = registerExtensions()({
    headless: true,
    styleEnabled: true,
    style: opts.style ?? buildStylesheet(),
  });
  const elements = toElements(graph, {
    caseColours: caseColours(opts.cases),
    ...(opts.light === undefined ? {} : { light: opts.light }),
  });
  const { at } = opts;
  cy.add(at ? elements.map((el, i) => ({ ...el, position: at(i) })) : elements);
  return cy;
}

/** N entities of one size, each linked to two others at random (seeded), like the chart bench's charts. */
export function generatedLayoutRequest(n: number, seed: number, size: number): LayoutRequest {
  let s = seed;
  const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    type: 'person' as const,
    role: '',
    label: `Sample person ${i}`,
    size,
  }));
  const edges = nodes.flatMap((_, i) =>
    [0, 1].map((k) => ({ id: `e${i}-${k}`, source: `n${i}`, target: `n${Math.floor(rnd() * n)}` })),
  );
  return { layoutId: 'force', incremental: false, nodes, edges };
}
