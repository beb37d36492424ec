// What the analyst laid over the entities, for the SVG export: group boxes (expanded groups,
// a dashed box with its name above), collapsed groups (one counted node) and notes (a box of
// text, with a leader line to the entity it is a callout on). Sizes and colours follow the
// chart's own styles (actions/styles.ts); canvas.ts draws the same for the PNG.
import { GROUP_GLYPH } from '../actions/styles';
import { escapeXml, haloText } from './svg-text';

export interface SvgGroup {
  /** One node standing for the members (collapsed) or a box around them. */
  collapsed: boolean;
  /** Model box of the box or node (top-left corner and size). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** In full, as the chart shows it ("Anchorage crew" or "Anchorage crew (3)"). */
  label: string;
}

export interface SvgNote {
  text: string;
  /** Model position of the note's top-left corner. */
  x: number;
  y: number;
  /** The centre of the entity the note is a callout on, and its drawn radius (the leader stops there). */
  to?: { x: number; y: number; r?: number };
}

export const GROUP_COLOUR = '#1864ab';
export const GROUP_FILL = '#e7f5ff';
export const NOTE = {
  fill: '#fff9db',
  stroke: '#e67700',
  text: '#1f2933',
  font: 10,
  line: 13,
  pad: 6,
  /** Characters per line before a note wraps. */
  wrap: 36,
  /** Average glyph width as a share of the font size (to size the box). */
  charWidth: 0.58,
} as const;

/** Baseline of a box's name above it, and of a collapsed group's name below it. */
export const boxLabelY = (g: SvgGroup) => g.y - 6;
export const collapsedLabelY = (g: SvgGroup) => g.y + g.h + 15;

const f = (n: number) => (Math.round(n * 100) / 100).toString();

/** Expanded groups' boxes, drawn under the links and entities. */
export function boxesSvg(groups: SvgGroup[], separateHalos: boolean): string {
  return groups
    .filter((g) => !g.collapsed)
    .map(
      (g) =>
        `<g class="group-box"><rect x="${f(g.x)}" y="${f(g.y)}" width="${f(g.w)}" height="${f(g.h)}" rx="8" fill="${GROUP_FILL}" fill-opacity="0.45" stroke="${GROUP_COLOUR}" stroke-width="1.5" stroke-dasharray="6 4"/>` +
        haloText(
          `x="${f(g.x + g.w / 2)}" y="${f(boxLabelY(g))}" font-size="13" font-weight="bold" fill="${GROUP_COLOUR}" text-anchor="middle"`,
          g.label,
          3,
          separateHalos,
        ) +
        '</g>',
    )
    .join('');
}

/** Collapsed groups' nodes, drawn over the entities. */
export function collapsedSvg(groups: SvgGroup[], separateHalos: boolean): string {
  return groups
    .filter((g) => g.collapsed)
    .map((g) => {
      const icon = Math.min(g.w, g.h) * 0.6;
      return (
        `<g class="group-node"><rect x="${f(g.x)}" y="${f(g.y)}" width="${f(g.w)}" height="${f(g.h)}" rx="8" fill="${GROUP_FILL}" stroke="${GROUP_COLOUR}" stroke-width="2"/>` +
        `<svg x="${f(g.x + (g.w - icon) / 2)}" y="${f(g.y + (g.h - icon) / 2)}" width="${f(icon)}" height="${f(icon)}" viewBox="0 0 16 16">${GROUP_GLYPH}</svg>` +
        haloText(
          `x="${f(g.x + g.w / 2)}" y="${f(collapsedLabelY(g))}" font-size="12" font-weight="bold" fill="${GROUP_COLOUR}" text-anchor="middle"`,
          g.label,
          3,
          separateHalos,
        ) +
        '</g>'
      );
    })
    .join('');
}

/** A note's lines: its own line breaks kept, long lines wrapped at word boundaries, never cut. */
export function noteLines(text: string): string[] {
  return text.split(/\r?\n/).flatMap((para) => {
    const lines: string[] = [];
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > NOTE.wrap) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines;
  });
}

/** A note's model box from its lines. */
export function noteBox(n: SvgNote) {
  const lines = noteLines(n.text);
  const longest = Math.max(1, ...lines.map((l) => l.length));
  return {
    x: n.x,
    y: n.y,
    w: longest * NOTE.charWidth * NOTE.font + 2 * NOTE.pad,
    h: lines.length * NOTE.line + 2 * NOTE.pad - (NOTE.line - NOTE.font) + 2,
    lines,
  };
}

/** Where a callout's leader line meets its note: the nearest point of the box. */
export function leaderStart(
  box: { x: number; y: number; w: number; h: number },
  to: { x: number; y: number },
) {
  return {
    x: Math.min(Math.max(to.x, box.x), box.x + box.w),
    y: Math.min(Math.max(to.y, box.y), box.y + box.h),
  };
}

/**
 * A callout's leader line: from the note's nearest point to the entity's border (its disc at
 * the drawn radius), pointing at its centre. Null when the note reaches over the entity.
 */
export function leaderLine(
  box: { x: number; y: number; w: number; h: number },
  to: { x: number; y: number; r?: number },
): { x1: number; y1: number; x2: number; y2: number } | null {
  const from = leaderStart(box, to);
  const [dx, dy] = [from.x - to.x, from.y - to.y];
  const d = Math.hypot(dx, dy);
  const r = to.r ?? 0;
  if (d <= r) return null;
  return { x1: from.x, y1: from.y, x2: to.x + (dx * r) / d, y2: to.y + (dy * r) / d };
}

export function notesSvg(notes: SvgNote[]): string {
  return notes
    .map((n) => {
      const b = noteBox(n);
      const leader = n.to ? leaderLine(b, n.to) : null;
      const text = b.lines
        .map(
          (line, i) =>
            `<text x="${f(b.x + NOTE.pad)}" y="${f(b.y + NOTE.pad + NOTE.font + i * NOTE.line)}" font-size="${NOTE.font}" fill="${NOTE.text}">${escapeXml(line)}</text>`,
        )
        .join('');
      return (
        '<g class="chart-note">' +
        (leader
          ? `<line x1="${f(leader.x1)}" y1="${f(leader.y1)}" x2="${f(leader.x2)}" y2="${f(leader.y2)}" stroke="${NOTE.stroke}" stroke-width="1.2"/>`
          : '') +
        `<rect x="${f(b.x)}" y="${f(b.y)}" width="${f(b.w)}" height="${f(b.h)}" rx="3" fill="${NOTE.fill}" stroke="${NOTE.stroke}" stroke-width="1"/>` +
        `${text}</g>`
      );
    })
    .join('');
}
