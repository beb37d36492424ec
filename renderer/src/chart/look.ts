// The chart's looks for the dark theme and for presenter view, as stylesheet rules laid over
// the normal ones (later rules win). Presenter view is for projectors: larger, high-contrast
// labels on white and heavier links, readable from the back of a briefing room.
import type { StylesheetJson } from 'cytoscape';

export interface ChartLook {
  theme: 'light' | 'dark';
  presenting: boolean;
}

export const NORMAL_LOOK: ChartLook = { theme: 'light', presenting: false };

const DARK_BG = '#141c24';

const dark: StylesheetJson = [
  {
    selector: 'node',
    style: { color: '#e9eef3', 'text-background-color': DARK_BG, 'border-color': DARK_BG },
  },
  { selector: 'edge', style: { color: '#b8c2cc', 'text-background-color': DARK_BG } },
];

const presenting: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'font-size': 17,
      'font-weight': 'bold',
      color: '#000000',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-max-width': '240px',
      // Seen whole, only the cross-case entities (larger) keep their names; zoom in for the rest.
      'min-zoomed-font-size': 11,
    },
  },
  { selector: 'node.cross-case', style: { 'font-size': 20 } },
  { selector: 'edge', style: { width: 2.5, 'font-size': 13, color: '#111111', 'min-zoomed-font-size': 11 } },
];

export function lookRules(look: ChartLook): StylesheetJson {
  // Presenter view is always high-contrast on white, whatever the theme.
  if (look.presenting) return presenting;
  return look.theme === 'dark' ? dark : [];
}
