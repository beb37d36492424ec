// In the bench page: draws a generated graph of N entities (2 links each) with the
// workbench's chart controller and reports how long each step took. The bench script
// (../chart.bench.ts) calls window.__thorlineBench through Playwright.
import { ChartController } from '../../../renderer/src/chart/controller';
import { toElements } from '../../../renderer/src/chart/elements';
import { LARGE_GRAPH } from '../../../renderer/src/chart/layouts';
import { caseColours } from '../../../renderer/src/chart/style-tables';
import { warmLayoutWorker } from '../../../renderer/src/chart/layout-runner';
import { generatedGraph } from './generated-graph';

// As the workbench does while it is idle before a chart opens (chart-view.tsx).
warmLayoutWorker();

let controller: ChartController | null = null;
const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

async function load(n: number): Promise<{
  firstDrawMs: number;
  firstPictureMs: number | null;
  pictureAt: number | null;
  drawMs: number;
  slices: number;
  nodes: number;
  edges: number;
  steps: { step: string; at: number }[];
}> {
  controller?.destroy();
  const container = document.getElementById('thorline')!;
  const graph = generatedGraph(n);
  performance.clearMarks();
  const started = performance.now();
  // The first picture: a layout's draft drawn on the chart (the container counts drafts), on screen a frame later.
  let pictureAt: number | null = null;
  const drafts = new MutationObserver(() => {
    if (Number(container.dataset.layoutDrafts) > 0 && pictureAt === null) {
      drafts.disconnect();
      void frames().then(() => (pictureAt = performance.now()));
    }
  });
  drafts.observe(container, { attributes: true, attributeFilter: ['data-layout-drafts'] });
  controller = new ChartController(container, { onSelect() {}, onExpand() {}, onBusy() {} });
  const elements = toElements(graph, {
    caseColours: caseColours(Array.from({ length: 40 }, (_, i) => i + 1)),
    light: graph.nodes.length > LARGE_GRAPH,
  });
  performance.mark('thorline:graph-built');
  await controller.replace(elements);
  await frames();
  drafts.disconnect();
  return {
    firstDrawMs: performance.now() - started,
    firstPictureMs: pictureAt === null ? null : pictureAt - started,
    pictureAt,
    // The drawing's own share (positions known, added a slice per frame), from the container.
    drawMs: Number(container.dataset.drawMs),
    slices: Number(container.dataset.drawSlices),
    nodes: graph.nodes.length,
    edges: graph.links.length,
    // The time marks on the way (drawing/marks.ts), from the start of the load.
    steps: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('thorline:'))
      .map((m) => ({ step: m.name.slice('thorline:'.length), at: m.startTime - started })),
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
