// The map as a picture for a briefing: one SVG of the whole map (land, borders, state
// names, the flow of guns, the entities, the legend and the data credits), saved as SVG,
// or drawn to a canvas and saved as PNG.
import type { Core, NodeSingular } from 'cytoscape';
import type { EntityType } from '../../../shared/domain/entity-types';
import { GLYPHS } from '../chart/icons/glyphs';
import { FONT_STACK } from '../chart/stylesheet';
import { FLOW_COLOUR } from './map-style';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import { outlinePaths } from './outlines';
import { LAND } from './land-colours';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const f = (n: number) => n.toFixed(1);

export function mapSvg(cy: Core, background: string | null = '#dfe7ee'): string {
  const o = outlinePaths();
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" font-family="${esc(FONT_STACK)}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${FLOW_COLOUR}"/></marker></defs>`,
    background ? `<rect width="100%" height="100%" fill="${background}"/>` : '',
    `<path d="${o.neighbours}" fill="${LAND.neighbour}" stroke="${LAND.coast}" stroke-width="0.5"/>`,
    `<path d="${o.us}" fill="${LAND.us}" stroke="${LAND.coast}" stroke-width="0.6"/>`,
    `<path d="${o.mx}" fill="${LAND.mx}" stroke="${LAND.coast}" stroke-width="0.6"/>`,
    `<path d="${o.stateBorders}" fill="none" stroke="${LAND.stateBorder}" stroke-width="0.6"/>`,
    `<path d="${o.countryBorder}" fill="none" stroke="${LAND.countryBorder}" stroke-width="2.2"/>`,
    ...o.labels.map(
      (l) =>
        `<text x="${f(l.x)}" y="${f(l.y)}" text-anchor="middle" font-size="${l.size === 'large' ? 11 : 8}" fill="${LAND.label}" letter-spacing="1">${esc(l.text.toUpperCase())}</text>`,
    ),
    ...cy.edges('.flow').map((e) => {
      const [a, b] = [anchorOf(e.source()), anchorOf(e.target())];
      const bow = e.data('bow') as number;
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      // The control point of a quadratic curve lies twice as far out as the curve's middle.
      const c = {
        x: (a.x + b.x) / 2 + (2 * bow * (b.y - a.y)) / len,
        y: (a.y + b.y) / 2 - (2 * bow * (b.x - a.x)) / len,
      };
      return `<path d="M${f(a.x)},${f(a.y)}Q${f(c.x)},${f(c.y)} ${f(b.x)},${f(b.y)}" fill="none" stroke="${FLOW_COLOUR}" stroke-opacity="0.75" stroke-width="${f(e.data('width') as number)}" marker-end="url(#arrow)"/>`;
    }),
    ...cy.nodes().map((n) => {
      const p = anchorOf(n);
      if (n.hasClass('place-label'))
        return `<text x="${f(p.x)}" y="${f(p.y)}" text-anchor="middle" font-size="11" font-weight="700" fill="#36404a" stroke="#fff" stroke-width="2.5" paint-order="stroke">${esc(String(n.data('label')).toUpperCase())}</text>`;
      const size = n.data('size') as number;
      const type = n.data('type') as EntityType;
      const s = size * 0.62;
      return (
        `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(size / 2)}" fill="${n.data('colour') as string}" stroke="#fff" stroke-width="1.5"/>` +
        `<g transform="translate(${f(p.x - s / 2)},${f(p.y - s / 2)}) scale(${(s / 24).toFixed(3)})" fill="#fff">${GLYPHS[type]}</g>`
      );
    }),
    `<text x="${MAP_WIDTH - 16}" y="${MAP_HEIGHT - 12}" text-anchor="end" font-size="9" fill="#5b6670">Places: GeoNames (CC BY 4.0). Outlines: Natural Earth. Made with Thorline.</text>`,
    '</svg>',
  ];
  return parts.join('');
}

/** Where an element is drawn at zoom 1: its place, plus its fan-out offset in pixels. */
function anchorOf(el: NodeSingular): { x: number; y: number } {
  const d = el.data() as { ax: number; ay: number; dx: number; dy: number };
  return { x: d.ax + d.dx, y: d.ay + d.dy };
}

/** The map as PNG (base64), drawn from the SVG at the given scale. */
export async function mapPng(cy: Core, scale: number): Promise<string> {
  const svg = mapSvg(cy);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = MAP_WIDTH * scale;
  canvas.height = MAP_HEIGHT * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}
