// Canvas re-rasterises an SVG image on every draw, which costs seconds per frame on
// charts with thousands of nodes. So the browser turns each icon and badge into a PNG
// once, at start; the chart then draws bitmaps. Browser only.
import { ENTITY_TYPES } from '../../../../shared/domain/entity-types';
import { CROSS_CASE_COLOUR, ENTITY_STYLE } from '../style-tables';
import { badgeKey, badgeSvg, iconKey, iconSvg, rasterIcons, svgUri } from './index';

/**
 * Each PNG as an image already decoded, by its data URI: a chart's renderer is handed these
 * (drawing/icon-images.ts) instead of loading each icon again when it first draws it.
 */
export const decodedIcons = new Map<string, HTMLImageElement>();

/** Badges are prepared for up to this many cases; more fall back to SVG. */
const MAX_PREPARED_BADGE = 40;

function rasterise(key: string, svg: string, size: number): Promise<void> {
  return new Promise((resolve) => {
    const img = new Image(size, size);
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        canvas.getContext('2d')!.drawImage(img, 0, 0, size, size);
        const png = canvas.toDataURL('image/png');
        rasterIcons.set(key, png);
        keepDecoded(png);
      } catch {
        // keep the SVG version: slower to draw, same look
      }
      resolve();
    };
    img.onerror = () => resolve();
    img.src = svgUri(svg);
  });
}

/** Decodes the PNG off the main thread and keeps it (the views do not wait for this). */
function keepDecoded(png: string): void {
  const img = new Image();
  img.src = png;
  img.decode().then(
    () => decodedIcons.set(png, img),
    () => undefined, // the renderer loads it itself, as it would without this
  );
}

/** Prepares PNG icons; resolves after at most `timeoutMs` whatever happens. */
export function prepareRasterIcons(timeoutMs = 2000): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const type of ENTITY_TYPES) {
    const colour = ENTITY_STYLE[type].colour;
    jobs.push(rasterise(iconKey(type, colour), iconSvg(type, colour, 96), 96));
  }
  for (let n = 2; n <= MAX_PREPARED_BADGE; n++) {
    jobs.push(rasterise(badgeKey(n, CROSS_CASE_COLOUR), badgeSvg(n, CROSS_CASE_COLOUR), 48));
  }
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([Promise.all(jobs).then(() => undefined), timeout]);
}

let preparing: Promise<void> | null = null;
/**
 * The icons' PNGs, prepared once: started as the page starts, waited for by the views that
 * draw them (the chart, the map) before their code is shown, not by the first paint.
 */
export function rasterIconsReady(): Promise<void> {
  return (preparing ??= prepareRasterIcons());
}
