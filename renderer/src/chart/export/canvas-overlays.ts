// Group boxes, collapsed groups and notes drawn with Canvas 2D for the PNG, in step with their
// SVG (overlays.ts): same boxes, sizes and colours.
import {
  boxLabelY,
  collapsedLabelY,
  GROUP_COLOUR,
  GROUP_FILL,
  leaderLine,
  NOTE,
  noteBox,
  type SvgGroup,
  type SvgNote,
} from './overlays';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function label(ctx: Ctx, text: string, x: number, y: number, size: number, font: string) {
  ctx.font = `bold ${size}px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = GROUP_COLOUR;
  ctx.fillText(text, x, y);
}

function roundRect(ctx: Ctx, b: { x: number; y: number; w: number; h: number }, r: number) {
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.w, b.h, r);
}

export function drawBoxes(ctx: Ctx, groups: SvgGroup[], font: string) {
  for (const g of groups.filter((x) => !x.collapsed)) {
    roundRect(ctx, g, 8);
    ctx.globalAlpha = 0.45;
    ctx.fillStyle = GROUP_FILL;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash([6, 4]);
    ctx.strokeStyle = GROUP_COLOUR;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.setLineDash([]);
    label(ctx, g.label, g.x + g.w / 2, boxLabelY(g), 13, font);
  }
}

export function drawCollapsed(ctx: Ctx, groups: SvgGroup[], font: string) {
  for (const g of groups.filter((x) => x.collapsed)) {
    roundRect(ctx, g, 8);
    ctx.fillStyle = GROUP_FILL;
    ctx.fill();
    ctx.strokeStyle = GROUP_COLOUR;
    ctx.lineWidth = 2;
    ctx.stroke();
    // The icon: a box holding two dots (GROUP_GLYPH, 16 units square).
    const s = (Math.min(g.w, g.h) * 0.6) / 16;
    const [ox, oy] = [g.x + g.w / 2 - 8 * s, g.y + g.h / 2 - 8 * s];
    roundRect(ctx, { x: ox + s, y: oy + 3 * s, w: 14 * s, h: 10 * s }, 2 * s);
    ctx.lineWidth = 1.4 * s;
    ctx.stroke();
    ctx.fillStyle = GROUP_COLOUR;
    for (const cx of [5.5, 10.5]) {
      ctx.beginPath();
      ctx.arc(ox + cx * s, oy + 8 * s, 2 * s, 0, 2 * Math.PI);
      ctx.fill();
    }
    label(ctx, g.label, g.x + g.w / 2, collapsedLabelY(g), 12, font);
  }
}

export function drawNotes(ctx: Ctx, notes: SvgNote[], font: string) {
  for (const n of notes) {
    const b = noteBox(n);
    const leader = n.to && leaderLine(b, n.to);
    if (leader) {
      ctx.strokeStyle = NOTE.stroke;
      ctx.lineWidth = 1.2;
      ctx.beginPath();
      ctx.moveTo(leader.x1, leader.y1);
      ctx.lineTo(leader.x2, leader.y2);
      ctx.stroke();
    }
    roundRect(ctx, b, 3);
    ctx.fillStyle = NOTE.fill;
    ctx.fill();
    ctx.strokeStyle = NOTE.stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.font = `${NOTE.font}px ${font}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = NOTE.text;
    b.lines.forEach((line, i) =>
      ctx.fillText(line, b.x + NOTE.pad, b.y + NOTE.pad + NOTE.font + i * NOTE.line),
    );
  }
}
