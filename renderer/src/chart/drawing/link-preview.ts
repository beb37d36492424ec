// A big chart's links, previewed. While its links are added to Cytoscape out of sight (the
// entities' picture held on screen and the view held still: controller.addParked), each
// link costs Cytoscape about 0.1 ms (styling, geometry, boxes): over a second for 10,000
// links, during which the analyst saw entities without links. This draws the same links on
// a canvas under the chart's own, from the same positions and in the look the chart's own
// stylesheet gives each kind of link, in a few milliseconds; the canvas goes once Cytoscape
// has drawn the chart itself. Only links Cytoscape draws as straight lines (big charts'
// plain links) are previewed: a curved or labelled link would not look the same.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { Positions } from '../layout-compute';
import { chartCanvas, fitToChart } from './chart-canvas';

/** How the chart's stylesheet draws one kind of link. */
export interface LinkLook {
  shown: boolean;
  /** Drawn as a straight line from centre to centre (haystack or straight). */
  straight: boolean;
  colour: string;
  width: number;
  opacity: number;
  dash: number[];
  cap: CanvasLineCap;
  /** Drawn first, as wide as the line plus its width (as Cytoscape's drawEdge does). */
  outline: { width: number; colour: string } | null;
}

/** A kind of link: its classes and its width (mapped from its data by the stylesheet). */
export const lookKey = (el: ElementDefinition) => `${el.classes ?? ''}|${el.data.width ?? ''}`;

/**
 * The look of each kind of link (its classes and width), as the stylesheet styles it: each
 * kind is styled once on a headless chart, so the preview follows the stylesheet's rules
 * (families, possible links, cross-case outlines, the analyst's look) without a copy of them.
 */
export function linkLooks(stylesheet: StylesheetJson, links: ElementDefinition[]): Map<string, LinkLook> {
  const kinds = new Map<string, ElementDefinition>();
  for (const link of links) if (!kinds.has(lookKey(link))) kinds.set(lookKey(link), link);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Link rules only: entity rules map data a bare end does not carry.
    style: stylesheet.filter((rule) => 'selector' in rule && rule.selector.trimStart().startsWith('edge')),
    elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
  });
  try {
    const looks = new Map<string, LinkLook>();
    let i = 0;
    for (const [key, link] of kinds) {
      const edge = cy.add({
        group: 'edges',
        data: { label: '', width: 1, ...link.data, id: `k${i++}`, source: 'a', target: 'b' },
        classes: link.classes ?? '',
      });
      looks.set(key, lookOf(edge));
    }
    return looks;
  } finally {
    cy.destroy();
  }
}

function lookOf(edge: cytoscape.EdgeSingular): LinkLook {
  // pstyle: the parsed value (numbers, the dash pattern), which the typings leave out.
  const parsed = edge as unknown as { pstyle(name: string): { value: unknown; pfValue?: unknown } };
  const value = (name: string) => parsed.pstyle(name);
  const line = value('line-style').value as string;
  const outlineWidth = Number(value('line-outline-width').value ?? 0);
  return {
    shown: value('display').value !== 'none' && value('visibility').value !== 'hidden',
    straight: ['haystack', 'straight'].includes(value('curve-style').value as string),
    colour: edge.style('line-color') as string,
    width: Number(value('width').pfValue),
    opacity: Number(value('opacity').value) * Number(value('line-opacity').value),
    // As Cytoscape's canvas renderer dashes a line (drawEdgeLine).
    dash:
      line === 'dotted' ? [1, 1] : line === 'dashed' ? (value('line-dash-pattern').pfValue as number[]) : [],
    cap: value('line-cap').value as CanvasLineCap,
    outline:
      outlineWidth > 0 ? { width: outlineWidth, colour: edge.style('line-outline-color') as string } : null,
  };
}

export interface LinkPreview {
  /** Links drawn. */
  lines: number;
  /** Takes the preview away once Cytoscape has drawn the chart (its next frame), or now. */
  remove(now?: boolean): void;
}

export interface PreviewInput {
  links: ElementDefinition[];
  positions: Positions;
  view: { zoom: number; pan: { x: number; y: number } };
  stylesheet: StylesheetJson;
}

/**
 * Draws the links on a canvas under the chart's own; null when a link would not look the
 * same (see above) or there is nothing to draw.
 */
export function showLinkPreview(cy: Core, input: PreviewInput): LinkPreview | null {
  const container = cy.container();
  if (!container || input.links.length === 0) return null;
  const looks = linkLooks(input.stylesheet, input.links);
  if ([...looks.values()].some((look) => look.shown && !look.straight)) return null;
  const canvas = chartCanvas('link-preview');
  const ratio = fitToChart(canvas, container);
  const context = canvas.getContext('2d');
  if (!context) return null;
  const { zoom, pan } = input.view;
  context.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
  const lines = drawLines(context, input, looks);
  // Under Cytoscape's canvases (their container is positioned, z-index 0, after this one).
  container.insertBefore(canvas, container.firstChild);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    canvas.remove();
  };
  return {
    lines,
    remove(now = false) {
      if (now || cy.destroyed()) return remove();
      cy.one('render', remove);
      // A chart that draws nothing more (emptied meanwhile) still loses its preview.
      setTimeout(remove, 2000);
    },
  };
}

/**
 * Each kind's links as line coordinates (x1, y1, x2, y2, …), keyed by look: links hidden by
 * their look, or with an end not placed, are left out.
 */
export function linesByLook(
  links: ElementDefinition[],
  positions: Positions,
  looks: Map<string, LinkLook>,
): Map<string, number[]> {
  const byLook = new Map<string, number[]>();
  for (const link of links) {
    const from = positions[link.data.source as string];
    const to = positions[link.data.target as string];
    const key = lookKey(link);
    if (!from || !to || !looks.get(key)?.shown) continue;
    const coords = byLook.get(key) ?? [];
    coords.push(from.x, from.y, to.x, to.y);
    byLook.set(key, coords);
  }
  return byLook;
}

/** Each kind's links in one path (a stroke per kind, not per link); returns the links drawn. */
function drawLines(
  context: CanvasRenderingContext2D,
  input: PreviewInput,
  looks: Map<string, LinkLook>,
): number {
  let lines = 0;
  for (const [key, coords] of linesByLook(input.links, input.positions, looks)) {
    const look = looks.get(key)!;
    const path = new Path2D();
    for (let i = 0; i < coords.length; i += 4) {
      path.moveTo(coords[i]!, coords[i + 1]!);
      path.lineTo(coords[i + 2]!, coords[i + 3]!);
    }
    context.globalAlpha = look.opacity;
    context.lineCap = look.cap;
    if (look.outline) stroke(context, path, look.outline.colour, look.width + look.outline.width, look.dash);
    stroke(context, path, look.colour, look.width, look.dash);
    lines += coords.length / 4;
  }
  return lines;
}

function stroke(
  context: CanvasRenderingContext2D,
  path: Path2D,
  colour: string,
  width: number,
  dash: number[],
) {
  context.strokeStyle = colour;
  context.lineWidth = width;
  context.setLineDash(dash);
  context.stroke(path);
}
