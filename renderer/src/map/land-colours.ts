// The muted palette of a briefing map: pale land, the neighbours paler still, grey state
// lines, and the U.S.–Mexico border drawn strong so the border region reads first.
export const LAND = {
  sea: '#dfe7ee',
  us: '#f4f1e8',
  mx: '#efe8da',
  neighbour: '#e9ebe6',
  coast: '#9aa7b3',
  stateBorder: '#b7b2a6',
  countryBorder: '#6b4a3a',
  label: '#8d8778',
};
