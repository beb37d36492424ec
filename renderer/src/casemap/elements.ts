// The case map's elements from a casemap.get answer: one node per case (its diameter grows
// with the square root of its records, so area reads as size), one edge per case pair (its
// width and label from how many entities the two share). Pure data, unit-testable.
import type { ElementDefinition } from 'cytoscape';
import type { CaseMap, CaseMapCase, CaseMapLink } from '../../../shared/contract/casemap-model';
import { CASE_PALETTE } from '../chart/style-tables';
import { caseStandings } from './standing';

export type ColourBy = 'agency' | 'state';

export const caseKey = (id: number) => `c${id}`;
export const pairKey = (a: number, b: number) => `p${Math.min(a, b)}-${Math.max(a, b)}`;

/** Diameter in model units: 24 for an empty case, about 90 for 200 records. */
export function caseSize(recordCount: number): number {
  return Math.round(24 + 4.6 * Math.sqrt(Math.max(0, recordCount)));
}

/** Line width: 1.5 for one shared entity, growing with the logarithm of the count. */
export function linkWidth(shared: number): number {
  return Math.round((1.5 + 2.2 * Math.log2(Math.max(1, shared))) * 10) / 10;
}

export const colourKey = (c: Pick<CaseMapCase, 'agency' | 'state'>, by: ColourBy) =>
  (by === 'agency' ? c.agency : c.state) || 'not given';

/** Each agency (or state) a palette colour, in alphabetical order so the key is stable. */
export function colourTable(cases: readonly CaseMapCase[], by: ColourBy): Map<string, string> {
  const keys = [...new Set(cases.map((c) => colourKey(c, by)))].sort((a, b) => a.localeCompare(b));
  return new Map(keys.map((k, i) => [k, CASE_PALETTE[i % CASE_PALETTE.length]!]));
}

/** What the tooltip and the inspector say about a connection's weight. */
export function linkSummary(link: Pick<CaseMapLink, 'shared' | 'matched'>): string {
  const entities = `${link.shared} shared ${link.shared === 1 ? 'entity' : 'entities'}`;
  const byIdentifier = link.shared - link.matched;
  const parts = [`${byIdentifier} by identifier`];
  if (link.matched > 0) parts.push(`${link.matched} by accepted match`);
  return `${entities} (${parts.join(', ')})`;
}

/** Above this many connections the lines carry their weight by width alone (and in the tooltip). */
export const LABELLED_LINKS = 300;

export function toCaseMapElements(map: CaseMap, by: ColourBy): ElementDefinition[] {
  const colours = colourTable(map.cases, by);
  const labelled = map.links.length <= LABELLED_LINKS;
  const standing = caseStandings(map);
  const nodes: ElementDefinition[] = map.cases.map((c) => ({
    group: 'nodes',
    data: {
      id: caseKey(c.id),
      caseId: c.id,
      label: c.number,
      size: caseSize(c.recordCount),
      colour: colours.get(colourKey(c, by)),
      apart: standing.get(c.id) === 'apart' ? 1 : 0,
      // Linked only to cases the budget left out: drawn in a place and a look of its own.
      offMap: standing.get(c.id) === 'offMap' ? 1 : 0,
    },
  }));
  const edges: ElementDefinition[] = map.links.map((l) => ({
    group: 'edges',
    data: {
      id: pairKey(l.caseA, l.caseB),
      source: caseKey(l.caseA),
      target: caseKey(l.caseB),
      caseA: l.caseA,
      caseB: l.caseB,
      shared: l.shared,
      matched: l.matched,
      width: linkWidth(l.shared),
      label: labelled ? String(l.shared) : '',
    },
  }));
  return [...nodes, ...edges];
}
