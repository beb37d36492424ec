// The briefing picture drawn with Canvas 2D from the same scene and layout as the SVG
// (compose.ts), so a PNG is drawn in a worker on an OffscreenCanvas: an SVG image can only
// be decoded on the page's thread, which for the training chart takes a frozen half second
// per tile. Keep the two in step: same layout, sizes and colours.
import type { EntityType } from '../../../../shared/domain/entity-types';
import { GLYPHS } from '../icons/glyphs';
import { drawBoxes, drawCollapsed, drawNotes } from './canvas-overlays';
import type { Decorations, Layout } from './compose';
import { CAVEAT_FILL, LEGEND_DASH, LEGEND_MARK_WIDTH, layoutText } from './compose';
import type { SvgEdge, SvgNode, SvgScene } from './svg';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface Picture {
  scene: SvgScene;
  decorations: Decorations;
  layout: Layout;
}

/** Draws the picture with its pixel (view.x, view.y) at the canvas origin, scaled by view.scale. */
export function drawPicture(ctx: Ctx, p: Picture, view: { x: number; y: number; scale: number }): void {
  ctx.save();
  ctx.setTransform(view.scale, 0, 0, view.scale, -view.x * view.scale, -view.y * view.scale);
  const { layout, scene } = p;
  if (scene.background) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, layout.width, layout.height);
  }
  drawChart(ctx, scene, layout);
  drawDecorations(ctx, p);
  ctx.restore();
}

function drawChart(ctx: Ctx, scene: SvgScene, l: Layout) {
  const { box } = scene;
  const s = Math.min(l.chart.w / box.w, l.chart.h / box.h);
  const ox = l.chart.x + (l.chart.w - box.w * s) / 2;
  const oy = l.chart.y + (l.chart.h - box.h * s) / 2;
  ctx.save();
  ctx.beginPath();
  ctx.rect(l.chart.x, l.chart.y, l.chart.w, l.chart.h);
  ctx.clip();
  ctx.transform(s, 0, 0, s, ox - box.x * s, oy - box.y * s);
  ctx.lineJoin = 'round';
  drawBoxes(ctx, scene.groups ?? [], scene.fontFamily);
  for (const e of scene.edges) drawEdge(ctx, e, scene.fontFamily);
  for (const n of scene.nodes) drawNode(ctx, n, scene);
  drawCollapsed(ctx, scene.groups ?? [], scene.fontFamily);
  drawNotes(ctx, scene.notes ?? [], scene.fontFamily);
  ctx.restore();
}

function edgePath(points: SvgEdge['points']): Path2D {
  const path = new Path2D();
  const [first, ...rest] = points;
  if (!first) return path;
  path.moveTo(first.x, first.y);
  if (rest.length <= 1) {
    path.lineTo(rest[0]?.x ?? first.x, rest[0]?.y ?? first.y);
    return path;
  }
  const ctrl = rest.slice(0, -1);
  const end = rest[rest.length - 1]!;
  ctrl.forEach((c, i) => {
    const next = ctrl[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    path.quadraticCurveTo(c.x, c.y, to.x, to.y);
  });
  return path;
}

const EDGE_DASH = { solid: [], dashed: [6, 4], dotted: [1.5, 3] } as const;

function drawEdge(ctx: Ctx, e: SvgEdge, font: string) {
  if (e.points.length < 2) return;
  ctx.strokeStyle = e.colour;
  ctx.lineWidth = e.width;
  ctx.setLineDash([...EDGE_DASH[e.line]]);
  ctx.stroke(edgePath(e.points));
  ctx.setLineDash([]);
  const tip = e.points[e.points.length - 1]!;
  const from = e.points[e.points.length - 2]!;
  if (e.arrow) {
    const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
    const len = 6 + e.width * 1.5;
    const half = len * 0.55;
    const [bx, by] = [tip.x - len * Math.cos(angle), tip.y - len * Math.sin(angle)];
    const [px, py] = [-Math.sin(angle) * half, Math.cos(angle) * half];
    ctx.fillStyle = e.colour;
    ctx.beginPath();
    ctx.moveTo(tip.x, tip.y);
    ctx.lineTo(bx + px, by + py);
    ctx.lineTo(bx - px, by - py);
    ctx.closePath();
    ctx.fill();
  }
  if (e.label) drawEdgeLabel(ctx, e, font);
}

function drawEdgeLabel(ctx: Ctx, e: SvgEdge, font: string) {
  const a = e.points[0]!;
  const b = e.points[e.points.length - 1]!;
  const c = e.points.length === 3 ? e.points[1]! : null;
  const mid = c
    ? { x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y }
    : { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  let angle = Math.atan2(b.y - a.y, b.x - a.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  if (angle < -Math.PI / 2) angle += Math.PI;
  ctx.save();
  ctx.translate(mid.x, mid.y);
  ctx.rotate(angle);
  haloText(ctx, e.label, 0, 0, `8px ${font}`, '#52606d', 2.5, 'center', 'middle');
  ctx.restore();
}

function haloText(
  ctx: Ctx,
  text: string,
  x: number,
  y: number,
  font: string,
  fill: string,
  halo: number,
  align: CanvasTextAlign,
  baseline: CanvasTextBaseline = 'alphabetic',
) {
  ctx.font = font;
  ctx.textAlign = align;
  ctx.textBaseline = baseline;
  if (halo > 0) {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = halo;
    ctx.strokeText(text, x, y);
  }
  ctx.fillStyle = fill;
  ctx.fillText(text, x, y);
}

function circle(ctx: Ctx, x: number, y: number, r: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
}

function drawNode(ctx: Ctx, n: SvgNode, scene: SvgScene) {
  const r = n.size / 2;
  const cross = scene.crossCaseColour;
  if (n.crossCase) {
    ctx.globalAlpha = 0.14;
    ctx.fillStyle = cross;
    circle(ctx, n.x, n.y, r + 9);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = cross;
    ctx.lineWidth = 3;
    circle(ctx, n.x, n.y, r + 2.5);
    ctx.stroke();
  }
  ctx.fillStyle = n.tint;
  circle(ctx, n.x, n.y, r);
  ctx.fill();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1;
  ctx.stroke();
  drawRing(ctx, n);
  const s = n.size * 0.52;
  drawGlyph(ctx, n.type, n.colour, n.x - s / 2, n.y - s / 2, s);
  if (n.crossCase) {
    const [bx, by] = [n.x + r * 0.78, n.y - r * 0.78];
    ctx.fillStyle = cross;
    circle(ctx, bx, by, 7);
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.2;
    ctx.stroke();
    haloText(ctx, String(n.caseCount), bx, by + 3, `bold 8.5px ${scene.fontFamily}`, '#ffffff', 0, 'center');
  }
  const weight = n.crossCase ? 'bold ' : '';
  haloText(ctx, n.label, n.x, n.y + r + 12, `${weight}10px ${scene.fontFamily}`, '#1f2933', 3, 'center');
}

function drawRing(ctx: Ctx, n: SvgNode) {
  const outer = n.size / 2;
  const width = outer * 0.26;
  const r = outer - width / 2;
  ctx.lineWidth = width;
  if (n.ring.length <= 1) {
    ctx.strokeStyle = n.ring[0]?.colour ?? '#adb5bd';
    circle(ctx, n.x, n.y, r);
    ctx.stroke();
    return;
  }
  let start = -Math.PI / 2;
  for (const slice of n.ring) {
    const end = start + (slice.size / 100) * 2 * Math.PI;
    ctx.strokeStyle = slice.colour;
    ctx.beginPath();
    ctx.arc(n.x, n.y, r, start, end);
    ctx.stroke();
    start = end;
  }
}

/** Each glyph's shapes (from the same 24×24 markup the SVG inlines), white cut-outs marked. */
const GLYPH_SHAPES = new Map<EntityType, { path: Path2D; white: boolean }[]>();

function glyphShapes(type: EntityType) {
  let shapes = GLYPH_SHAPES.get(type);
  if (shapes) return shapes;
  shapes = [...GLYPHS[type].matchAll(/<(path|circle|rect)([^>]*)\/>/g)].map(([, tag, attrs]) => {
    const a = Object.fromEntries([...attrs!.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const num = (k: string) => Number(a[k] ?? 0);
    let path: Path2D;
    if (tag === 'path') path = new Path2D(a.d);
    else {
      path = new Path2D();
      if (tag === 'circle') path.arc(num('cx'), num('cy'), num('r'), 0, 2 * Math.PI);
      else path.roundRect(num('x'), num('y'), num('width'), num('height'), num('rx'));
    }
    return { path, white: a.fill === '#fff' };
  });
  GLYPH_SHAPES.set(type, shapes);
  return shapes;
}

function drawGlyph(ctx: Ctx, type: EntityType, colour: string, x: number, y: number, size: number) {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / 24, size / 24);
  for (const shape of glyphShapes(type)) {
    ctx.fillStyle = shape.white ? '#ffffff' : colour;
    ctx.fill(shape.path);
  }
  ctx.restore();
}

function drawDecorations(ctx: Ctx, p: Picture) {
  const l = p.layout;
  const u = l.unit;
  const font = p.scene.fontFamily;
  for (const t of layoutText(p.decorations, l)) {
    haloText(ctx, t.text, t.x, t.y, `${t.bold ? 'bold ' : ''}${t.size}px ${font}`, t.fill, 0, t.align);
  }
  l.legendLines.forEach((line, i) => {
    const mid = l.legendY + (i + 0.5) * 1.8 * u;
    let x = l.margin;
    for (const item of line) {
      drawLegendMark(ctx, item, x, mid, u);
      const text = item.label;
      haloText(
        ctx,
        text,
        x + LEGEND_MARK_WIDTH[item.kind] * u,
        mid + 0.35 * u,
        `${u}px ${font}`,
        '#1f2933',
        0,
        'left',
      );
      x += item.width;
    }
  });
  if (p.decorations.caveat) {
    const h = 2.2 * u;
    ctx.fillStyle = CAVEAT_FILL;
    ctx.fillRect(0, 0, l.width, h);
    ctx.fillRect(0, l.height - h, l.width, h);
    for (const y of [0, l.height - h]) {
      haloText(
        ctx,
        p.decorations.caveat,
        l.width / 2,
        y + h / 2 + 0.38 * u,
        `bold ${1.1 * u}px ${font}`,
        '#ffffff',
        0,
        'center',
      );
    }
  }
}

function drawLegendMark(
  ctx: Ctx,
  item: Layout['legendLines'][number][number],
  x: number,
  mid: number,
  u: number,
) {
  const s = 1.1 * u;
  if (item.kind === 'type' && item.type) return drawGlyph(ctx, item.type, item.colour, x, mid - s / 2, s);
  if (item.kind === 'link') {
    const dash = item.line ? LEGEND_DASH[item.line] : null;
    ctx.setLineDash(dash ? dash.map((d) => d * u) : []);
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 0.2 * u;
    ctx.beginPath();
    ctx.moveTo(x, mid);
    ctx.lineTo(x + 1.9 * u, mid);
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  if (item.kind === 'cross') {
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 0.2 * u;
    circle(ctx, x + s / 2, mid, s / 2.4);
    ctx.stroke();
    return;
  }
  ctx.fillStyle = item.colour;
  ctx.beginPath();
  ctx.roundRect(x, mid - 0.4 * u, 0.8 * u, 0.8 * u, 0.15 * u);
  ctx.fill();
}
