// Where a drawn case stands on the case map, pure so it can be unit-tested. Past the budget
// the map draws only the most connected cases, so a drawn case can share entities with
// other cases and still have no line on the map: its partners were all left out. That case
// is not one that "shares nothing", and it must not be drawn or counted as one.
import type { CaseMap, CaseMapCase } from '../../../shared/contract/casemap-model';

/**
 * 'linked': at least one line on the map; 'offMap': shares entities, but only with cases
 * not drawn; 'apart': shares nothing with any case at all.
 */
export type CaseStanding = 'linked' | 'offMap' | 'apart';

export function caseStandings(map: Pick<CaseMap, 'cases' | 'links'>): Map<number, CaseStanding> {
  const drawnLink = new Set<number>();
  for (const l of map.links) {
    drawnLink.add(l.caseA);
    drawnLink.add(l.caseB);
  }
  return new Map(map.cases.map((c) => [c.id, standingOf(c, drawnLink.has(c.id))]));
}

function standingOf(c: CaseMapCase, hasDrawnLink: boolean): CaseStanding {
  if (hasDrawnLink) return 'linked';
  return c.sharedWeight > 0 ? 'offMap' : 'apart';
}

/** How many drawn cases stand each way (for the key). */
export function standingCounts(map: Pick<CaseMap, 'cases' | 'links'>): Record<CaseStanding, number> {
  const counts: Record<CaseStanding, number> = { linked: 0, offMap: 0, apart: 0 };
  for (const s of caseStandings(map).values()) counts[s]++;
  return counts;
}

/** What the tooltip says of how a case is joined. */
export function standingLine(c: CaseMapCase, standing: CaseStanding, partnersOnMap: number): string {
  if (standing === 'apart') return 'Shares nothing with any other case.';
  if (standing === 'offMap')
    return `Shares ${c.sharedWeight} entities, all with cases not shown on this map (it draws the most connected).`;
  return `Shares ${c.sharedWeight} entities with ${partnersOnMap} ${partnersOnMap === 1 ? 'case' : 'cases'} on the map.`;
}
