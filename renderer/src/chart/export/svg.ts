// SVG export: Cytoscape draws to canvas only, so the chart is serialised from a plain
// scene (positions, colours, labels) the controller reads off the live chart. Pure, so
// the output is unit-tested in Node. Icons are inlined as vector glyphs.
import type { EntityType } from '../../../../shared/domain/entity-types';
import { GLYPHS } from '../icons/glyphs';
import type { LineStyle, LinkFamily } from '../style-tables';
import { boxesSvg, collapsedSvg, notesSvg, type SvgGroup, type SvgNote } from './overlays';
import { escapeXml, haloText } from './svg-text';

export { escapeXml };
export type { SvgGroup, SvgNote };

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  label: string;
  type: EntityType;
  colour: string;
  tint: string;
  ring: { colour: string; size: number }[];
  crossCase: boolean;
  caseCount: number;
  /** The cases holding its records (for the legend and the scale of an export). */
  caseIds?: number[];
}

export interface SvgEdge {
  /** Source endpoint, control points (quadratic chain, may be empty), target endpoint. */
  points: { x: number; y: number }[];
  label: string;
  colour: string;
  line: LineStyle;
  width: number;
  arrow: boolean;
  /** The link family (for the legend); absent for possible links. */
  family?: LinkFamily;
}

export interface SvgScene {
  /** The model-coordinate box to draw. */
  box: { x: number; y: number; w: number; h: number };
  /** Size of the picture in pixels. */
  width: number;
  height: number;
  background: string | null;
  nodes: SvgNode[];
  edges: SvgEdge[];
  crossCaseColour: string;
  fontFamily: string;
  /** The analyst's groups: boxes (expanded) and counted nodes (collapsed). */
  groups?: SvgGroup[];
  /** The analyst's notes on the chart. */
  notes?: SvgNote[];
}

const f = (n: number) => (Math.round(n * 100) / 100).toString();

/**
 * Group boxes, links, entities, collapsed groups and notes, bottom to top, in the scene's model
 * coordinates (no root element). `separateHalos` draws label halos as white copies (for PDF).
 */
export function sceneBody(scene: SvgScene, separateHalos = false): string {
  const groups = scene.groups ?? [];
  return [
    `<g class="groups">${boxesSvg(groups, separateHalos)}</g>`,
    '<g class="links">',
    ...scene.edges.map((e) => edgeSvg(e, separateHalos)),
    '</g>',
    '<g class="entities">',
    ...scene.nodes.map((n) => nodeSvg(n, scene.crossCaseColour, separateHalos)),
    '</g>',
    `<g class="collapsed-groups">${collapsedSvg(groups, separateHalos)}</g>`,
    `<g class="notes">${notesSvg(scene.notes ?? [])}</g>`,
  ].join('\n');
}

function pathOf(points: SvgEdge['points']): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length <= 1)
    return `M${f(first.x)},${f(first.y)} L${f(rest[0]?.x ?? first.x)},${f(rest[0]?.y ?? first.y)}`;
  const ctrl = rest.slice(0, -1);
  const end = rest[rest.length - 1]!;
  let d = `M${f(first.x)},${f(first.y)}`;
  ctrl.forEach((c, i) => {
    const next = ctrl[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    d += ` Q${f(c.x)},${f(c.y)} ${f(to.x)},${f(to.y)}`;
  });
  return d;
}

const DASH: Record<LineStyle, string> = {
  solid: '',
  dashed: ' stroke-dasharray="6 4"',
  dotted: ' stroke-dasharray="1.5 3"',
};

function edgeSvg(e: SvgEdge, separateHalos: boolean): string {
  if (e.points.length < 2) return '';
  const out = [
    `<path d="${pathOf(e.points)}" fill="none" stroke="${e.colour}" stroke-width="${f(e.width)}"${DASH[e.line]}/>`,
  ];
  const end = e.points[e.points.length - 1]!;
  const before = e.points[e.points.length - 2]!;
  if (e.arrow) out.push(arrowHead(before, end, e.colour, e.width));
  if (e.label) out.push(edgeLabel(e, separateHalos));
  return out.join('');
}

function arrowHead(
  from: { x: number; y: number },
  tip: { x: number; y: number },
  colour: string,
  width: number,
) {
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const len = 6 + width * 1.5;
  const half = len * 0.55;
  const bx = tip.x - len * Math.cos(angle);
  const by = tip.y - len * Math.sin(angle);
  const px = -Math.sin(angle) * half;
  const py = Math.cos(angle) * half;
  return `<polygon points="${f(tip.x)},${f(tip.y)} ${f(bx + px)},${f(by + py)} ${f(bx - px)},${f(by - py)}" fill="${colour}"/>`;
}

function edgeLabel(e: SvgEdge, separateHalos: boolean): string {
  const a = e.points[0]!;
  const b = e.points[e.points.length - 1]!;
  const mid =
    e.points.length === 3 ? quadMid(a, e.points[1]!, b) : { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  let angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return haloText(
    `x="${f(mid.x)}" y="${f(mid.y)}" transform="rotate(${f(angle)} ${f(mid.x)} ${f(mid.y)})" font-size="8" fill="#52606d" text-anchor="middle" dominant-baseline="middle" alignment-baseline="middle"`,
    e.label,
    2.5,
    separateHalos,
  );
}

function quadMid(a: { x: number; y: number }, c: { x: number; y: number }, b: { x: number; y: number }) {
  return { x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y };
}

function nodeSvg(n: SvgNode, crossColour: string, separateHalos: boolean): string {
  const r = n.size / 2;
  // The full name, as the group's title and as the visible text: a briefing never shows "…".
  const out: string[] = [`<g class="entity entity-${n.type}"><title>${escapeXml(n.label)}</title>`];
  if (n.crossCase) {
    out.push(
      `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(r + 9)}" fill="${crossColour}" fill-opacity="0.14"/>`,
    );
    out.push(
      `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(r + 2.5)}" fill="none" stroke="${crossColour}" stroke-width="3"/>`,
    );
  }
  out.push(
    `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(r)}" fill="${n.tint}" stroke="#fff" stroke-width="1"/>`,
  );
  out.push(ringSvg(n));
  const s = n.size * 0.52;
  out.push(
    `<svg x="${f(n.x - s / 2)}" y="${f(n.y - s / 2)}" width="${f(s)}" height="${f(s)}" viewBox="0 0 24 24" fill="${n.colour}">${GLYPHS[n.type]}</svg>`,
  );
  if (n.crossCase) out.push(badgeSvg(n, crossColour));
  out.push(
    haloText(
      `x="${f(n.x)}" y="${f(n.y + r + 12)}" font-size="10" fill="#1f2933" text-anchor="middle"${n.crossCase ? ' font-weight="bold"' : ''}`,
      n.label,
      3,
      separateHalos,
    ),
  );
  out.push('</g>');
  return out.join('');
}

/** The case colour ring: one arc per case, clockwise from 12 o'clock like Cytoscape's pie. */
function ringSvg(n: SvgNode): string {
  const outer = n.size / 2;
  const width = outer * 0.26;
  const r = outer - width / 2;
  if (n.ring.length <= 1) {
    const colour = n.ring[0]?.colour ?? '#adb5bd';
    return `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(r)}" fill="none" stroke="${colour}" stroke-width="${f(width)}"/>`;
  }
  let start = -Math.PI / 2;
  return n.ring
    .map((slice) => {
      const end = start + (slice.size / 100) * 2 * Math.PI;
      const large = end - start > Math.PI ? 1 : 0;
      const d =
        `M${f(n.x + r * Math.cos(start))},${f(n.y + r * Math.sin(start))} ` +
        `A${f(r)},${f(r)} 0 ${large} 1 ${f(n.x + r * Math.cos(end))},${f(n.y + r * Math.sin(end))}`;
      start = end;
      return `<path d="${d}" fill="none" stroke="${slice.colour}" stroke-width="${f(width)}"/>`;
    })
    .join('');
}

function badgeSvg(n: SvgNode, colour: string): string {
  const r = n.size / 2;
  const bx = n.x + r * 0.78;
  const by = n.y - r * 0.78;
  return (
    `<circle cx="${f(bx)}" cy="${f(by)}" r="7" fill="${colour}" stroke="#fff" stroke-width="1.2"/>` +
    `<text x="${f(bx)}" y="${f(by + 3)}" font-size="8.5" font-weight="bold" fill="#fff" text-anchor="middle">${n.caseCount}</text>`
  );
}
