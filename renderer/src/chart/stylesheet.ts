// The Cytoscape stylesheet, built from the style tables. Node face: a light tint with the
// type's icon; ring: the colour keys of the node's cases; cross-case entities get an
// orange outline, a halo and a badge with the number of cases.
import type { StylesheetJson, NodeSingular } from 'cytoscape';
import {
  CREDIBILITY_LINE,
  CROSS_CASE_COLOUR,
  LINK_FAMILY_STYLE,
  POSSIBLE_LINK_STYLE,
  SELECTED_COLOUR,
  type LinkFamily,
} from './style-tables';
import { MAX_RING_SLICES } from './elements';
import { actionStyles } from './actions/styles';
import { MIN_LABEL_PX } from './drawing/lod';

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

type Ring = { colour: string; size: number }[];
const ringOf = (n: NodeSingular) => (n.data('ring') as Ring | undefined) ?? [];

function ringStyle(): Record<string, unknown> {
  const style: Record<string, unknown> = { 'pie-size': '100%', 'pie-hole': '74%' };
  for (let i = 0; i < MAX_RING_SLICES; i++) {
    style[`pie-${i + 1}-background-color`] = (n: NodeSingular) => ringOf(n)[i]?.colour ?? '#ffffff';
    style[`pie-${i + 1}-background-size`] = (n: NodeSingular) => ringOf(n)[i]?.size ?? 0;
  }
  return style;
}

function familyStyles(): StylesheetJson {
  return (Object.keys(LINK_FAMILY_STYLE) as LinkFamily[]).map((family) => ({
    selector: `edge.family-${family}`,
    style: {
      'line-color': LINK_FAMILY_STYLE[family].colour,
      'target-arrow-color': LINK_FAMILY_STYLE[family].colour,
      'line-style': LINK_FAMILY_STYLE[family].line,
    },
  }));
}

/** A big chart's link drawn in full (selected, hovered, on a path) shows its own line again. */
function lightLinkLines(): StylesheetJson {
  const shown = (cls: string) =>
    [':selected', '.hover', '.on-path'].map((s) => `edge.light.${cls}${s}`).join(', ');
  return [
    ...(Object.keys(LINK_FAMILY_STYLE) as LinkFamily[]).map((family) => ({
      selector: shown(`family-${family}`),
      style: { 'line-style': LINK_FAMILY_STYLE[family].line },
    })),
    ...CREDIBILITY_LINE.map((c) => ({
      selector: shown(`graded-${c.line}`),
      style: { 'line-style': c.line },
    })),
  ];
}

export function buildStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(tint)',
        'border-width': 1,
        'border-color': '#ffffff',
        'background-image': 'data(icon)',
        'background-width': '52%',
        'background-height': '52%',
        'background-fit': 'none',
        'background-clip': 'none',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 10,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_LABEL_PX.small,
        'overlay-opacity': 0,
        'underlay-shape': 'ellipse',
      },
    },
    { selector: 'node.detailed', style: ringStyle() as never },
    {
      selector: 'node.light',
      style: {
        'background-image': 'none',
        'background-color': 'data(colour)',
        'border-width': 2.5,
        'border-color': 'data(ringColour)',
        // Level of detail: labels vanish sooner when zooming out, and are cut short instead of
        // measured to fit (text-wrap ellipsis measures each label character by character).
        'min-zoomed-font-size': MIN_LABEL_PX.large,
        label: 'data(shortLabel)',
        'text-wrap': 'none',
      },
    } as unknown as StylesheetJson[number],
    {
      selector: 'node.cross-case.detailed',
      style: {
        'outline-width': 3,
        'outline-color': CROSS_CASE_COLOUR,
        'outline-offset': 1,
        'underlay-color': CROSS_CASE_COLOUR,
        'underlay-opacity': 0.14,
        'underlay-padding': 9,
        'underlay-shape': 'ellipse',
        'background-image': (n: NodeSingular) => [n.data('icon'), n.data('badge')],
        'background-width': ['52%', '15px'],
        'background-height': ['52%', '15px'],
        'background-position-x': ['50%', '108%'],
        'background-position-y': ['50%', '-8%'],
        'background-image-containment': ['inside', 'over'],
        'background-clip': ['none', 'none'],
        'bounds-expansion': 8,
        'font-weight': 'bold',
        // Cross-case entities are the point of the chart: their names stay readable longest when zooming out.
        'font-size': 11,
        'min-zoomed-font-size': 6,
        'z-index': 5,
      },
    } as unknown as StylesheetJson[number],
    // Zoomed out to the whole workspace, where other labels are too small to draw, the names
    // of cross-case entities are drawn larger so that the overview still says who is who.
    // Not on big (plain) charts: there, hundreds of enlarged names would cover the picture
    // and drawing them costs every frame (level of detail, drawing/lod.ts).
    { selector: 'node.cross-case.detailed.overview', style: { 'font-size': 16 } },
    {
      selector: 'node.cross-case.light',
      style: { 'border-width': 4, 'border-color': CROSS_CASE_COLOUR, 'font-weight': 'bold', 'z-index': 5 },
    },
    {
      selector: 'node.hover',
      style: { 'underlay-color': SELECTED_COLOUR, 'underlay-opacity': 0.12, 'underlay-padding': 6 },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 3,
        'border-color': SELECTED_COLOUR,
        'underlay-color': SELECTED_COLOUR,
        'underlay-opacity': 0.3,
        'underlay-padding': 12,
        'z-index': 10,
      },
    },
    {
      selector: 'node.focused',
      style: { 'underlay-color': '#fab005', 'underlay-opacity': 0.55, 'underlay-padding': 14 },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'line-color': '#8a96a3',
        'target-arrow-color': '#8a96a3',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 8,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        'overlay-opacity': 0,
      },
    },
    ...familyStyles(),
    // A graded link is drawn by its credibility, over its kind's line.
    ...CREDIBILITY_LINE.map((c) => ({ selector: `edge.graded-${c.line}`, style: { 'line-style': c.line } })),
    // Big charts: plain lines without labels or arrows (haystack) draw several times faster
    // than labelled curves; a selected or hovered link shows its direction and label again.
    // Dashed and dotted lines cost several times a solid one to draw: big charts draw solid
    // lines (the colour still tells the kind); a selected or hovered link shows its own line.
    {
      selector: 'edge.light',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, label: '', 'line-style': 'solid' },
    },
    {
      selector: 'edge.light:selected, edge.light.hover, edge.light.on-path',
      style: { 'curve-style': 'straight', 'arrow-scale': 0.6, label: 'data(label)' },
    },
    ...lightLinkLines(),
    { selector: 'edge.cross-case-link', style: { 'line-outline-width': 1, 'line-outline-color': '#ffd8a8' } },
    {
      selector: 'edge.possible',
      style: {
        'line-color': POSSIBLE_LINK_STYLE.colour,
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
        'target-arrow-shape': 'none',
        color: POSSIBLE_LINK_STYLE.colour,
      },
    },
    {
      selector: 'edge.hover',
      style: {
        'line-color': SELECTED_COLOUR,
        'target-arrow-color': SELECTED_COLOUR,
        color: '#1f2933',
        'z-index': 5,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        'line-color': SELECTED_COLOUR,
        'target-arrow-color': SELECTED_COLOUR,
        width: (e: { data(k: string): number }) => e.data('width') + 1.5,
        color: SELECTED_COLOUR,
        'font-weight': 'bold',
        'z-index': 10,
      },
    } as unknown as StylesheetJson[number],
    ...emphasisStyles(),
    ...actionStyles(),
  ];
}

/** Path, neighbourhood and measure emphasis (highlight.ts sets the classes). */
function emphasisStyles(): StylesheetJson {
  return [
    { selector: 'node.sized', style: { width: 'data(measureSize)', height: 'data(measureSize)' } },
    {
      selector: 'node.flagged',
      style: {
        'outline-width': 3,
        'outline-color': FLAG_COLOUR,
        'outline-offset': 3,
        'outline-opacity': 0.9,
      },
    } as never,
    { selector: 'node.dimmed', style: { opacity: 0.15 } },
    // Emphasised and hovered entities show their whole name on one line, above their neighbours.
    {
      selector: 'node.on-path, node.neighbour, node:selected, node.hover',
      style: {
        'text-wrap': 'none',
        'text-background-opacity': 0.95,
        'z-index': 15,
      },
    },
    { selector: 'edge.dimmed', style: { opacity: 0.08 } },
    { selector: 'node.neighbour', style: { 'z-index': 8 } },
    {
      selector: 'node.on-path',
      style: {
        'border-width': 4,
        'border-color': PATH_COLOUR,
        'underlay-color': PATH_COLOUR,
        'underlay-opacity': 0.35,
        'underlay-padding': 10,
        'z-index': 20,
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 5,
        'line-color': PATH_COLOUR,
        'target-arrow-color': PATH_COLOUR,
        color: '#1f2933',
        'font-weight': 'bold',
        'font-size': 10,
        'z-index': 20,
      },
    },
  ];
}

const PATH_COLOUR = '#e8590c';
const FLAG_COLOUR = '#c2255c';
