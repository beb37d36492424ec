// The map's look: entities as small coloured discs with a white icon (named on hover or
// selection), place names in capitals above each place, and the flow of guns as curved
// dark-red arrows whose width grows with the number of guns. A map's symbols keep their
// size on screen as it zooms, so every size here is in screen pixels divided by the zoom.
import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { FONT_STACK } from '../chart/stylesheet';
import { SELECTED_COLOUR } from '../chart/style-tables';
import { LABEL_PX, PLACE_LABEL_PX } from './map-elements';

export const FLOW_COLOUR = '#9b1c2e';

export function mapStylesheet(zoom: number): StylesheetJson {
  const px = (v: number) => v / zoom;
  return [
    {
      selector: 'node',
      style: {
        width: (n: NodeSingular) => px(n.data('size') as number),
        height: (n: NodeSingular) => px(n.data('size') as number),
        'background-color': 'data(colour)',
        'background-image': 'data(icon)',
        'background-width': '62%',
        'background-height': '62%',
        'border-width': px(1.5),
        'border-color': '#ffffff',
        label: '',
        'font-family': FONT_STACK,
        'font-size': px(LABEL_PX),
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': px(2),
        'text-outline-color': '#ffffff',
        'text-outline-width': px(2),
      },
    },
    {
      selector: 'node.manual',
      style: { 'border-color': '#b86e0b', 'border-style': 'dashed', 'border-width': px(2) },
    },
    {
      selector: 'node.place-label',
      style: {
        'background-opacity': 0,
        'border-width': 0,
        label: 'data(label)',
        'font-size': px(PLACE_LABEL_PX),
        'font-weight': 700,
        color: '#36404a',
        'text-transform': 'uppercase',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-outline-width': px(2.5),
        events: 'no',
      },
    },
    { selector: 'node.place-label.crowded', style: { label: '' } },
    {
      selector: 'node:selected',
      style: {
        'border-color': SELECTED_COLOUR,
        'border-width': px(3.5),
        label: 'data(fullLabel)',
        'font-weight': 600,
        'z-index': 20,
      },
    },
    { selector: 'node.hover', style: { label: 'data(fullLabel)', 'z-index': 20 } },
    {
      selector: 'edge.flow',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(bow)',
        'control-point-weights': [0.5],
        width: (e: EdgeSingular) => px(e.data('width') as number),
        'line-color': FLOW_COLOUR,
        'line-opacity': 0.72,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': FLOW_COLOUR,
        // Arrowheads have a floor in model units: scaled down past zoom 1 so they stay small.
        'arrow-scale': zoom > 1 ? 0.9 / zoom : 0.9,
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': px(LABEL_PX - 1),
        color: FLOW_COLOUR,
        'text-outline-color': '#ffffff',
        'text-outline-width': px(2),
        'z-index': 5,
      },
    },
    { selector: 'edge.flow.dimmed', style: { 'line-opacity': 0.15, 'text-opacity': 0.2 } },
    { selector: 'edge.flow.lit', style: { 'line-opacity': 0.95, 'z-index': 30 } },
  ];
}
