// The chart for the report: the briefing picture with its legend, drawn at the report's DPI
// for the page area in the export worker, as JPEG (embedded in the PDF as is).
import type { ChartController } from '../../chart/controller';
import { layoutOf } from '../../chart/export/compose';
import { pictureImage } from '../../chart/export/raster';
import type { CaseName } from '../../chart/export/legend';
import { decorationsOf } from '../export/picture';
import { DEFAULT_EXPORT_SETTINGS } from '../export/export-settings';
import { chartArea, REPORT_DPI, type ChartImage } from './pdf-report';

export async function chartImage(
  chart: ChartController,
  cases: CaseName[],
  paper: 'letter' | 'a4',
): Promise<ChartImage | null> {
  const scene = chart.exportScene({ background: 'white', extent: 'full' });
  if (scene.nodes.length === 0) return null;
  const settings = { ...DEFAULT_EXPORT_SETTINGS, showLegend: true, showScale: true };
  const decorations = decorationsOf(settings, scene, cases, new Date());
  const area = chartArea(paper);
  const px = (pt: number) => Math.round((pt / 72) * REPORT_DPI);
  const layout = layoutOf(scene.box, decorations, { width: px(area.w), height: px(area.h) });
  const jpeg = await pictureImage({ scene, decorations, layout }, 1, 'image/jpeg');
  return { jpeg: new Uint8Array(await jpeg.arrayBuffer()), width: layout.width, height: layout.height };
}
