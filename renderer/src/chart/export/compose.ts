// A briefing picture: the chart with, optionally, a caveat banner top and bottom, a title,
// the date, the analyst, the scale of what is shown and a legend. Everything is one SVG in
// output pixels, so the same text serves the SVG file, the PNG (drawn tile by tile through
// a viewBox per tile) and the preview. Pure, so the layout is unit-tested.
import type { EntityType } from '../../../../shared/domain/entity-types';
import { GLYPHS } from '../icons/glyphs';
import type { LineStyle } from '../style-tables';
import { escapeXml, sceneBody, type SvgScene } from './svg';

export interface LegendData {
  types: { type: EntityType; label: string; colour: string }[];
  links: { label: string; colour: string; line: LineStyle }[];
  crossCase: { label: string; colour: string } | null;
  cases: { label: string; colour: string }[];
}

export interface Decorations {
  title: string;
  date: string;
  analyst: string;
  /** "42 entities from 6 cases". */
  scaleNote: string;
  /** Printed in a banner at the top and at the bottom. */
  caveat: string;
  legend: LegendData | null;
}

export const NO_DECORATIONS: Decorations = {
  title: '',
  date: '',
  analyst: '',
  scaleNote: '',
  caveat: '',
  legend: null,
};

/** The output size: a width (height follows the chart) or a fixed page. */
export type SizeRequest = { width: number } | { width: number; height: number };

export interface Layout {
  width: number;
  height: number;
  /** The unit decorations are sized in: a 80th of the width. */
  unit: number;
  margin: number;
  top: number;
  chart: { x: number; y: number; w: number; h: number };
  legendLines: LegendItem[][];
  legendY: number;
}

export interface LegendItem {
  kind: 'type' | 'link' | 'cross' | 'case';
  label: string;
  colour: string;
  line?: LineStyle;
  type?: EntityType;
  width: number;
}

const BANNER = 2.2;
const TITLE = 1.9;
const META = 1.05;
const LEGEND_FONT = 1;
const LEGEND_LINE = 1.8;
export const CAVEAT_FILL = '#7a1f1f';
/** Average glyph width of the sans-serif stack, as a share of the font size (to wrap the legend). */
const CHAR_WIDTH = 0.58;

const metaLine = (d: Decorations) => [d.date, d.analyst, d.scaleNote].filter(Boolean).join('  ·  ');
export const hasDecorations = (d: Decorations) => Boolean(d.title || metaLine(d) || d.caveat || d.legend);

export function layoutOf(box: SvgScene['box'], d: Decorations, size: SizeRequest): Layout {
  const width = Math.max(1, Math.round(size.width));
  const decorated = hasDecorations(d);
  const u = width / 80;
  const margin = decorated ? u : 0;
  let top = 0;
  if (d.caveat) top += BANNER * u;
  if (d.title) top += (TITLE + 1) * u;
  if (metaLine(d)) top += (META + 0.8) * u;
  if (decorated) top += 0.6 * u;
  const legendLines = d.legend ? wrapLegend(legendItems(d.legend, u), width - 2 * margin) : [];
  let bottom = legendLines.length ? (legendLines.length * LEGEND_LINE + 0.8) * u : 0;
  if (d.caveat) bottom += BANNER * u;
  if (decorated) bottom += 0.4 * u;
  const chartW = width - 2 * margin;
  const height =
    'height' in size
      ? Math.max(1, Math.round(size.height))
      : Math.max(1, Math.round(top + (chartW * box.h) / Math.max(box.w, 1e-9) + bottom));
  const chartH = Math.max(1, height - top - bottom);
  return {
    width,
    height,
    unit: u,
    margin,
    top,
    chart: { x: margin, y: top, w: chartW, h: chartH },
    legendLines,
    legendY: top + chartH + 0.6 * u,
  };
}

/** Room for each kind of legend mark before its label, in units. */
export const LEGEND_MARK_WIDTH: Record<LegendItem['kind'], number> = {
  type: 1.5,
  link: 2.4,
  cross: 1.5,
  case: 1.3,
};

function legendItems(legend: LegendData, u: number): LegendItem[] {
  const font = LEGEND_FONT * u;
  const w = (label: string, mark: number) => mark + label.length * CHAR_WIDTH * font + 1.4 * u;
  return [
    ...legend.types.map((t) => ({
      kind: 'type' as const,
      ...t,
      width: w(t.label, LEGEND_MARK_WIDTH.type * u),
    })),
    ...legend.links.map((l) => ({
      kind: 'link' as const,
      ...l,
      width: w(l.label, LEGEND_MARK_WIDTH.link * u),
    })),
    ...(legend.crossCase
      ? [
          {
            kind: 'cross' as const,
            ...legend.crossCase,
            width: w(legend.crossCase.label, LEGEND_MARK_WIDTH.cross * u),
          },
        ]
      : []),
    ...legend.cases.map((c) => ({
      kind: 'case' as const,
      ...c,
      width: w(c.label, LEGEND_MARK_WIDTH.case * u),
    })),
  ];
}

function wrapLegend(items: LegendItem[], room: number): LegendItem[][] {
  const lines: LegendItem[][] = [];
  let line: LegendItem[] = [];
  let used = 0;
  for (const item of items) {
    if (line.length && used + item.width > room) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push(item);
    used += item.width;
  }
  if (line.length) lines.push(line);
  return lines;
}

const f = (n: number) => (Math.round(n * 100) / 100).toString();

/**
 * The picture as SVG; with `tile`, only that rectangle of it at 1:1 (for tiled PNG drawing);
 * `separateHalos` for svg2pdf.js (see svg-text.ts).
 */
export function composeSvg(
  scene: SvgScene,
  d: Decorations,
  layout: Layout,
  tile?: { x: number; y: number; width: number; height: number },
  separateHalos = false,
): string {
  const { width, height } = layout;
  const view = tile ?? { x: 0, y: 0, width, height };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${view.height}" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" font-family="${escapeXml(scene.fontFamily)}">`,
    `<title>${escapeXml(d.title || 'Thorline link chart')}</title>`,
    scene.background
      ? `<rect x="0" y="0" width="${width}" height="${height}" fill="${scene.background}"/>`
      : '',
    chartSvg(scene, layout, separateHalos),
    headerSvg(d, layout),
    legendSvg(layout),
    d.caveat ? caveatSvg(d.caveat, layout) : '',
    '</svg>',
  ].join('\n');
}

function chartSvg(scene: SvgScene, l: Layout, separateHalos: boolean): string {
  const { box } = scene;
  const c = l.chart;
  return (
    `<svg x="${f(c.x)}" y="${f(c.y)}" width="${f(c.w)}" height="${f(c.h)}" viewBox="${f(box.x)} ${f(box.y)} ${f(box.w)} ${f(box.h)}" preserveAspectRatio="xMidYMid meet" overflow="hidden">` +
    `${sceneBody(scene, separateHalos)}</svg>`
  );
}

function text(x: number, y: number, size: number, body: string, extra = ''): string {
  return `<text x="${f(x)}" y="${f(y)}" font-size="${f(size)}"${extra}>${escapeXml(body)}</text>`;
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  fill: string;
  align: 'left' | 'center';
  cls: string;
}

/** The title and the line under it (date, analyst, scale), placed. */
export function layoutText(d: Decorations, l: Layout): PlacedText[] {
  const u = l.unit;
  let y = d.caveat ? BANNER * u : 0;
  const out: PlacedText[] = [];
  if (d.title) {
    y += (TITLE + 0.6) * u;
    out.push({
      text: d.title,
      x: l.margin,
      y,
      size: TITLE * u,
      bold: true,
      fill: '#1f2933',
      align: 'left',
      cls: 'export-title',
    });
    y += 0.4 * u;
  }
  const meta = metaLine(d);
  if (meta) {
    y += (META + 0.5) * u;
    out.push({
      text: meta,
      x: l.margin,
      y,
      size: META * u,
      bold: false,
      fill: '#52606d',
      align: 'left',
      cls: 'export-meta',
    });
  }
  return out;
}

function headerSvg(d: Decorations, l: Layout): string {
  return layoutText(d, l)
    .map((t) =>
      text(
        t.x,
        t.y,
        t.size,
        t.text,
        `${t.bold ? ' font-weight="bold"' : ''} fill="${t.fill}" class="${t.cls}"`,
      ),
    )
    .join('');
}

function legendSvg(l: Layout): string {
  const u = l.unit;
  const out: string[] = ['<g class="export-legend">'];
  l.legendLines.forEach((line, i) => {
    const mid = l.legendY + (i + 0.5) * LEGEND_LINE * u;
    let x = l.margin;
    for (const item of line) {
      out.push(legendMark(item, x, mid, u));
      const markW = LEGEND_MARK_WIDTH[item.kind] * u;
      out.push(text(x + markW, mid + 0.35 * u, LEGEND_FONT * u, item.label, ' fill="#1f2933"'));
      x += item.width;
    }
  });
  out.push('</g>');
  return out.join('');
}

/** Dash and gap of the legend's line samples, in units. */
export const LEGEND_DASH: Record<LineStyle, [number, number] | null> = {
  solid: null,
  dashed: [0.8, 0.6],
  dotted: [0.2, 0.4],
};

function legendMark(item: LegendItem, x: number, mid: number, u: number): string {
  const s = 1.1 * u;
  if (item.kind === 'type' && item.type) {
    return `<svg x="${f(x)}" y="${f(mid - s / 2)}" width="${f(s)}" height="${f(s)}" viewBox="0 0 24 24" fill="${item.colour}">${GLYPHS[item.type]}</svg>`;
  }
  if (item.kind === 'link') {
    const pattern = item.line ? LEGEND_DASH[item.line] : null;
    const dash = pattern ? ` stroke-dasharray="${f(pattern[0] * u)} ${f(pattern[1] * u)}"` : '';
    return `<line x1="${f(x)}" y1="${f(mid)}" x2="${f(x + 1.9 * u)}" y2="${f(mid)}" stroke="${item.colour}" stroke-width="${f(0.2 * u)}"${dash}/>`;
  }
  if (item.kind === 'cross') {
    return `<circle cx="${f(x + s / 2)}" cy="${f(mid)}" r="${f(s / 2.4)}" fill="none" stroke="${item.colour}" stroke-width="${f(0.2 * u)}"/>`;
  }
  return `<rect x="${f(x)}" y="${f(mid - 0.4 * u)}" width="${f(0.8 * u)}" height="${f(0.8 * u)}" rx="${f(0.15 * u)}" fill="${item.colour}"/>`;
}

function caveatSvg(caveat: string, l: Layout): string {
  const h = BANNER * l.unit;
  const band = (y: number, cls: string) =>
    `<g class="${cls}"><rect x="0" y="${f(y)}" width="${l.width}" height="${f(h)}" fill="${CAVEAT_FILL}"/>` +
    text(
      l.width / 2,
      y + h / 2 + 0.38 * l.unit,
      1.1 * l.unit,
      caveat,
      ' fill="#ffffff" font-weight="bold" text-anchor="middle"',
    ) +
    '</g>';
  return band(0, 'caveat-top') + band(l.height - h, 'caveat-bottom');
}
