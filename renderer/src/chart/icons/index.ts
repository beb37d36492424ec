// Icons as self-contained SVG documents and data URIs, coloured per entity type.
import type { EntityType } from '../../../../shared/domain/entity-types';
import { GLYPHS } from './glyphs';

export function iconSvg(type: EntityType, colour: string, size = 24): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="${colour}">` +
    `${GLYPHS[type]}</svg>`
  );
}

const cache = new Map<string, string>();

/** A data URI Cytoscape and <img> can draw without any network. */
export function iconDataUri(type: EntityType, colour: string): string {
  const key = `${type}|${colour}`;
  let uri = cache.get(key);
  if (!uri) {
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(iconSvg(type, colour, 48))}`;
    cache.set(key, uri);
  }
  return uri;
}

/** A small round badge with a number: how many cases a cross-case entity spans. */
export function badgeDataUri(count: number, colour: string): string {
  const key = `badge|${count}|${colour}`;
  let uri = cache.get(key);
  if (!uri) {
    const text = count > 99 ? '99+' : String(count);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">` +
      `<circle cx="20" cy="20" r="18" fill="${colour}" stroke="#fff" stroke-width="3"/>` +
      `<text x="20" y="26.5" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-size="${text.length > 2 ? 13 : 19}" font-weight="700" fill="#fff">${text}</text></svg>`;
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
    cache.set(key, uri);
  }
  return uri;
}
