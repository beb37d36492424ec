// The case map's look: cases as coloured discs labelled with their number, connections as
// grey lines whose width and label carry how many entities the two cases share. Labels
// are dropped when they would be drawn too small to read (cheap at low zoom).
import type { StylesheetJson } from 'cytoscape';
import { FONT_STACK } from '../chart/stylesheet';
import { SELECTED_COLOUR } from '../chart/style-tables';

export function caseMapStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 11,
        'font-weight': 600,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node[apart = 1]', style: { 'border-style': 'dashed', 'border-color': '#66727f' } },
    // Linked only to cases not drawn: a double ring says "there is more beyond the map".
    {
      selector: 'node[offMap = 1]',
      style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#66727f' },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#8795a4',
        opacity: 0.75,
        'curve-style': 'haystack',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 10,
        color: '#3b4754',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.hover', style: { 'line-color': '#3b4754', opacity: 1, 'z-index': 5 } },
    { selector: 'node.hover', style: { 'border-color': '#3b4754' } },
    {
      selector: 'node:selected',
      style: { 'border-color': SELECTED_COLOUR, 'border-width': 4, 'border-style': 'solid' },
    },
    { selector: 'edge:selected', style: { 'line-color': SELECTED_COLOUR, opacity: 1, 'z-index': 9 } },
  ];
}
