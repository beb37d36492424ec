// The chart for the report: the briefing picture with its legend, drawn at the report's DPI
// for the page area, as JPEG (embedded in the PDF as is, without re-encoding).
import type { ChartController } from '../../chart/controller';
import { composeSvg, layoutOf } from '../../chart/export/compose';
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
  const svg = composeSvg(scene, decorations, layout);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [layout.width, layout.height];
    canvas.getContext('2d')!.drawImage(image, 0, 0, layout.width, layout.height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', 0.92));
    if (!blob) throw new Error('The chart could not be drawn for the report.');
    return { jpeg: new Uint8Array(await blob.arrayBuffer()), width: layout.width, height: layout.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
