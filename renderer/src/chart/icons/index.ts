// Icons as self-contained SVG documents and data URIs, coloured per entity type. In the
// browser they are replaced by PNG copies made once at start (see raster.ts); in Node
// (unit tests) the SVG data URIs are used as they are.
import type { EntityType } from '../../../../shared/domain/entity-types';
import { GLYPHS } from './glyphs';

export function iconSvg(type: EntityType, colour: string, size = 24): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="${colour}">` +
    `${GLYPHS[type]}</svg>`
  );
}

export function badgeSvg(count: number, colour: string): string {
  const text = count > 99 ? '99+' : String(count);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">` +
    `<circle cx="20" cy="20" r="18" fill="${colour}" stroke="#fff" stroke-width="3"/>` +
    `<text x="20" y="26.5" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-size="${text.length > 2 ? 13 : 19}" font-weight="700" fill="#fff">${text}</text></svg>`
  );
}

export const svgUri = (svg: string) => `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
export const iconKey = (type: EntityType, colour: string) => `icon|${type}|${colour}`;
export const badgeKey = (count: number, colour: string) => `badge|${count}|${colour}`;

/** PNG copies by key, filled in the browser by prepareRasterIcons(). */
export const rasterIcons = new Map<string, string>();
const svgCache = new Map<string, string>();

function cached(key: string, make: () => string): string {
  const raster = rasterIcons.get(key);
  if (raster) return raster;
  let uri = svgCache.get(key);
  if (!uri) {
    uri = svgUri(make());
    svgCache.set(key, uri);
  }
  return uri;
}

/** A data URI Cytoscape and <img> can draw without any network. */
export function iconDataUri(type: EntityType, colour: string): string {
  return cached(iconKey(type, colour), () => iconSvg(type, colour, 48));
}

/** A small round badge with a number: how many cases a cross-case entity spans. */
export function badgeDataUri(count: number, colour: string): string {
  return cached(badgeKey(count, colour), () => badgeSvg(count, colour));
}
