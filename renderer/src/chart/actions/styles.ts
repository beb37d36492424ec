// How the chart actions look: hidden entities are not displayed (Cytoscape then hides their
// links too), nor are links hidden on their own; pinned entities carry a pin, groups are
// dashed boxes or one collapsed node.
import type { StylesheetJson } from 'cytoscape';

const svg = (body: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">${body}</svg>`)}`;

/** A dark disc with a white push-pin. */
export const PIN_ICON = svg(
  '<circle cx="8" cy="8" r="7.5" fill="#343a40"/>' +
    '<path d="M6 2.5h4l-.6 3.3L11.2 8H8.6L8 13.5 7.4 8H4.8l1.8-2.2z" fill="#ffffff"/>',
);
/** A box holding two dots (16×16 markup, also drawn by the SVG export). */
export const GROUP_GLYPH =
  '<rect x="1" y="3" width="14" height="10" rx="2" fill="none" stroke="#1864ab" stroke-width="1.4"/>' +
  '<circle cx="5.5" cy="8" r="2" fill="#1864ab"/><circle cx="10.5" cy="8" r="2" fill="#1864ab"/>';
const GROUP_ICON = svg(GROUP_GLYPH);

const pinAt = { width: '15px', x: '-6%', y: '-6%' };

export function actionStyles(): StylesheetJson {
  return [
    { selector: 'node.chart-hidden', style: { display: 'none' } },
    { selector: 'edge.chart-hidden', style: { display: 'none' } },
    // The analyst's own look for an entity wins over the type's (and over sizing by a measure).
    { selector: 'node.styled-colour', style: { 'background-color': 'data(styleColour)' } },
    { selector: 'node.styled-size', style: { width: 'data(styleSize)', height: 'data(styleSize)' } },
    {
      selector: 'node.pinned.detailed',
      style: {
        'background-image': (n: { data(k: string): string }) => [n.data('icon'), PIN_ICON],
        'background-width': ['52%', pinAt.width],
        'background-height': ['52%', pinAt.width],
        'background-position-x': ['50%', pinAt.x],
        'background-position-y': ['50%', pinAt.y],
        'background-image-containment': ['inside', 'over'],
        'background-clip': ['none', 'none'],
        'bounds-expansion': 8,
      },
    },
    {
      selector: 'node.pinned.cross-case.detailed',
      style: {
        'background-image': (n: { data(k: string): string }) => [n.data('icon'), n.data('badge'), PIN_ICON],
        'background-width': ['52%', '15px', pinAt.width],
        'background-height': ['52%', '15px', pinAt.width],
        'background-position-x': ['50%', '108%', pinAt.x],
        'background-position-y': ['50%', '-8%', pinAt.y],
        'background-image-containment': ['inside', 'over', 'over'],
        'background-clip': ['none', 'none', 'none'],
      },
    },
    {
      selector: 'node.pinned.light',
      style: {
        'background-image': PIN_ICON,
        'background-width': pinAt.width,
        'background-height': pinAt.width,
        'background-position-x': pinAt.x,
        'background-position-y': pinAt.y,
        'background-image-containment': 'over',
        'background-clip': 'none',
        'bounds-expansion': 8,
      },
    },
    {
      selector: 'node.chart-box',
      style: {
        shape: 'round-rectangle',
        'background-color': '#e7f5ff',
        'background-opacity': 0.45,
        'background-image': 'none',
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': '#1864ab',
        padding: '18px',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 13,
        'font-weight': 'bold',
        color: '#1864ab',
        'text-max-width': '400px',
        'text-wrap': 'none',
        'underlay-opacity': 0,
      },
    },
    {
      selector: 'node.chart-collapsed',
      style: {
        shape: 'round-rectangle',
        width: 66,
        height: 46,
        'background-color': '#e7f5ff',
        'background-image': GROUP_ICON,
        'background-width': '60%',
        'background-height': '60%',
        'border-width': 2,
        'border-style': 'solid',
        'border-color': '#1864ab',
        label: 'data(label)',
        'font-size': 12,
        'font-weight': 'bold',
        color: '#1864ab',
        'text-wrap': 'none',
        'z-index': 12,
      },
    },
    {
      selector: 'edge.chart-aggregate',
      style: {
        'line-color': '#1864ab',
        'target-arrow-shape': 'none',
        width: 'data(width)',
        label: 'data(label)',
        color: '#1864ab',
        'font-weight': 'bold',
      },
    },
  ] as unknown as StylesheetJson;
}
