// The chart for the report: the briefing picture with its legend, sized to the page area.
// As vector (SVG for svg2pdf.js, see chart-vector.ts) unless the chart is too big to draw
// that way in reasonable time; then as JPEG at the report's DPI, drawn in the export worker.
import { composeSvg, layoutOf } from '../../chart/export/compose';
import { pictureImage } from '../../chart/export/raster';
import type { CaseName } from '../../chart/export/legend';
import type { SvgScene } from '../../chart/export/svg';
import { decorationsOf } from '../export/picture';
import { DEFAULT_EXPORT_SETTINGS } from '../export/export-settings';
import { chartArea, REPORT_DPI, type ReportChart } from './pdf-report';

/**
 * Past this many drawn items (entities, links, groups, notes) the chart goes in as an image:
 * svg2pdf.js drew the training chart's 540 items in 3.8–10.8 s on a loaded 2-core machine
 * (50–140 a second), so 2,000 items take about 15–40 s.
 */
export const VECTOR_LIMIT = 2000;

export const itemsOf = (scene: SvgScene) =>
  scene.nodes.length + scene.edges.length + (scene.groups?.length ?? 0) + (scene.notes?.length ?? 0);

/** `scene` the chart's whole extent on white, as chart.exportScene gives it. */
export async function reportChart(
  scene: SvgScene,
  cases: CaseName[],
  paper: 'letter' | 'a4',
  signal?: AbortSignal,
): Promise<ReportChart | null> {
  if (scene.nodes.length === 0 && !scene.groups?.length) return null;
  const settings = { ...DEFAULT_EXPORT_SETTINGS, showLegend: true, showScale: true };
  const decorations = decorationsOf(settings, scene, cases, new Date());
  const area = chartArea(paper);
  const items = itemsOf(scene);
  if (items <= VECTOR_LIMIT) {
    // Composing is a task of its own, after the one that read the scene from the chart.
    await new Promise((r) => setTimeout(r, 0));
    signal?.throwIfAborted();
    const layout = layoutOf(scene.box, decorations, { width: area.w, height: area.h });
    return { kind: 'vector', svg: composeSvg(scene, decorations, layout, undefined, true) };
  }
  const px = (pt: number) => Math.round((pt / 72) * REPORT_DPI);
  const layout = layoutOf(scene.box, decorations, { width: px(area.w), height: px(area.h) });
  const jpeg = await pictureImage({ scene, decorations, layout }, 1, 'image/jpeg', signal);
  return {
    kind: 'raster',
    jpeg: new Uint8Array(await jpeg.arrayBuffer()),
    width: layout.width,
    height: layout.height,
    note: `Drawn as an image at ${REPORT_DPI} DPI: its ${items.toLocaleString('en-US')} entities and links are too many to draw as lines and text in reasonable time (${VECTOR_LIMIT.toLocaleString('en-US')} at most).`,
  };
}
