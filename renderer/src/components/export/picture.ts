// From the dialog's choices to a finished picture: the scene, its decorations, its size,
// and the SVG text or the tiled PNG.
import type { ChartController } from '../../chart/controller';
import type { Picture } from '../../chart/export/canvas';
import { composeSvg, layoutOf, NO_DECORATIONS, type Decorations } from '../../chart/export/compose';
import { legendOf, scaleNoteOf, type CaseName } from '../../chart/export/legend';
import { clampSide, pagePixels } from '../../chart/export/page';
import { rasterise } from '../../chart/export/raster';
import type { SvgScene } from '../../chart/export/svg';
import type { ExportSettings } from './export-settings';

export type { Picture };

export function decorationsOf(
  s: ExportSettings,
  scene: SvgScene,
  cases: CaseName[],
  today: Date,
): Decorations {
  return {
    ...NO_DECORATIONS,
    title: s.title.trim(),
    analyst: s.analyst.trim(),
    caveat: s.caveat.trim(),
    date: s.showDate ? today.toISOString().slice(0, 10) : '',
    scaleNote: s.showScale ? scaleNoteOf(scene) : '',
    legend: s.showLegend ? legendOf(scene, cases) : null,
  };
}

export function pictureOf(
  chart: ChartController,
  s: ExportSettings,
  cases: CaseName[],
  today = new Date(),
): Picture {
  const scene = chart.exportScene({ background: s.background, extent: s.extent });
  const decorations = decorationsOf(s, scene, cases, today);
  return { scene, decorations, layout: layoutOf(scene.box, decorations, sizeOf(s, scene)) };
}

function sizeOf(s: ExportSettings, scene: SvgScene) {
  if (s.format === 'svg') return { width: scene.width };
  if (s.sizeMode === 'page') return pagePixels(s.paper, s.dpi, s.orientation);
  if (s.sizeMode === 'pixels') return { width: clampSide(s.pixelWidth) };
  return { width: clampSide(scene.width * s.scale) };
}

export const svgOf = (p: Picture) => composeSvg(p.scene, p.decorations, p.layout);

export const pngOf = (p: Picture, onProgress: (done: number, total: number) => void, signal: AbortSignal) =>
  rasterise(p, onProgress, signal);

/** Base64 of a Blob without blocking the page (FileReader works off the main thread). */
export function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the picture'));
    reader.readAsDataURL(blob);
  });
}
