// Past the budget the case map draws only the most connected cases: a drawn case whose links
// all go to cases left out is "linked to cases not shown", never "shares nothing" — in its
// element data, the layout's column, the key's counts and the tooltip.
import { describe, expect, it } from 'vitest';
import type { CaseMap } from '../../../shared/contract/casemap-model';
import { toCaseMapElements } from '../../../renderer/src/casemap/elements';
import { computeCaseMapPositions } from '../../../renderer/src/casemap/layout-compute';
import { layoutKeyOf, layoutRequestOf } from '../../../renderer/src/casemap/layout-request';
import { caseStandings, standingCounts, standingLine } from '../../../renderer/src/casemap/standing';

const base = { title: 'T', agency: 'ATF', state: 'Texas', recordCount: 20, network: 0 };
/** Drawn: 1–2–3 joined, 4 and 5 linked only to cases not drawn, 6 sharing nothing at all. */
const CUT: CaseMap = {
  cases: [
    { ...base, id: 1, number: 'A-1', sharedWeight: 9 },
    { ...base, id: 2, number: 'A-2', sharedWeight: 7 },
    { ...base, id: 3, number: 'A-3', sharedWeight: 6 },
    { ...base, id: 4, number: 'B-4', sharedWeight: 5 },
    { ...base, id: 5, number: 'B-5', sharedWeight: 2 },
    { ...base, id: 6, number: 'C-6', sharedWeight: 0, network: 3 },
  ],
  links: [
    { caseA: 1, caseB: 2, shared: 4, matched: 0 },
    { caseA: 2, caseB: 3, shared: 2, matched: 0 },
  ],
  summary: { cases: 900, networks: 40, largestNetwork: 700, apart: 120, links: 5000 },
  budget: 6,
  omitted: { cases: 894, links: 4998 },
};

describe('where a drawn case stands', () => {
  it('tells cases linked only to cases not drawn from cases that share nothing', () => {
    const standing = caseStandings(CUT);
    expect([1, 2, 3].map((id) => standing.get(id))).toEqual(['linked', 'linked', 'linked']);
    expect(standing.get(4)).toBe('offMap');
    expect(standing.get(5)).toBe('offMap');
    expect(standing.get(6)).toBe('apart');
    expect(standingCounts(CUT)).toEqual({ linked: 3, offMap: 2, apart: 1 });
  });

  it('marks them apart in the elements, so they are styled differently', () => {
    const nodes = toCaseMapElements(CUT, 'agency').filter((e) => e.group === 'nodes');
    const data = (id: number) => nodes.find((n) => n.data.caseId === id)!.data;
    expect(data(4)).toMatchObject({ apart: 0, offMap: 1 });
    expect(data(6)).toMatchObject({ apart: 1, offMap: 0 });
    expect(data(1)).toMatchObject({ apart: 0, offMap: 0 });
  });

  it('lays them out in their own column right of the networks, those sharing nothing on the left', () => {
    const request = layoutRequestOf(toCaseMapElements(CUT, 'agency'));
    const at = computeCaseMapPositions(request);
    const joined = ['c1', 'c2', 'c3'].map((id) => at[id]!.x);
    expect(at.c4!.x).toBeGreaterThan(Math.max(...joined));
    expect(at.c5!.x).toBeGreaterThan(Math.max(...joined));
    expect(at.c6!.x).toBeLessThan(Math.min(...joined));
    // The same cases without the distinction are another layout question.
    const plain = { ...request, nodes: request.nodes.map(({ id, size }) => ({ id, size })) };
    expect(layoutKeyOf(plain)).not.toBe(layoutKeyOf(request));
  });

  it('says in the tooltip that the links go to cases not shown', () => {
    const [one, , , four, , six] = CUT.cases;
    expect(standingLine(four!, 'offMap', 0)).toBe(
      'Shares 5 entities, all with cases not shown on this map (it draws the most connected).',
    );
    expect(standingLine(six!, 'apart', 0)).toBe('Shares nothing with any other case.');
    expect(standingLine(one!, 'linked', 1)).toBe('Shares 9 entities with 1 case on the map.');
  });
});
