// In the bench page: draws a generated graph of N entities (2 links each) with the
// workbench's chart controller and reports how long each step took. The bench script
// (../chart.bench.ts) calls window.__thorlineBench through Playwright.
import { ChartController } from '../../../renderer/src/chart/controller';
import { toElements } from '../../../renderer/src/chart/elements';
import { LARGE_GRAPH } from '../../../renderer/src/chart/layouts';
import { caseColours } from '../../../renderer/src/chart/style-tables';
import { generatedGraph } from './generated-graph';

let controller: ChartController | null = null;
const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

async function load(
  n: number,
): Promise<{ firstDrawMs: number; drawMs: number; slices: number; nodes: number; edges: number }> {
  controller?.destroy();
  const container = document.getElementById('thorline')!;
  const graph = generatedGraph(n);
  const started = performance.now();
  controller = new ChartController(container, { onSelect() {}, onExpand() {}, onBusy() {} });
  const elements = toElements(graph, {
    caseColours: caseColours(Array.from({ length: 40 }, (_, i) => i + 1)),
    light: graph.nodes.length > LARGE_GRAPH,
  });
  await controller.replace(elements);
  await frames();
  return {
    firstDrawMs: performance.now() - started,
    // The drawing's own share (positions known, added a slice per frame), from the container.
    drawMs: Number(container.dataset.drawMs),
    slices: Number(container.dataset.drawSlices),
    nodes: graph.nodes.length,
    edges: graph.links.length,
  };
}

async function relayout(): Promise<number> {
  const started = performance.now();
  await controller!.relayout();
  await frames();
  return performance.now() - started;
}

function exportPng(): number {
  const started = performance.now();
  // The page's share of a PNG export: the scene handed to the export worker, which draws it.
  controller!.exportScene({ background: 'white', extent: 'full' });
  return performance.now() - started;
}

function dispose() {
  controller?.destroy();
  controller = null;
  document.getElementById('thorline')!.replaceChildren();
}

(window as unknown as { __thorlineBench: unknown }).__thorlineBench = {
  load,
  relayout,
  exportPng,
  dispose,
  renderer: () => document.getElementById('thorline')!.dataset.renderer,
};
