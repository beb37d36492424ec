import { describe, expect, it } from 'vitest';
import type { CaseMap } from '../../../shared/contract/casemap-model';
import {
  caseSize,
  colourTable,
  linkSummary,
  linkWidth,
  toCaseMapElements,
  LABELLED_LINKS,
} from '../../../renderer/src/casemap/elements';
import { omittedLine, summaryLine } from '../../../renderer/src/casemap/summary';

const base = { title: 'T', sharedWeight: 1, network: 0 };
const MAP: CaseMap = {
  cases: [
    { ...base, id: 1, number: 'A-1', agency: 'ATF', state: 'Texas', recordCount: 100 },
    { ...base, id: 2, number: 'B-2', agency: 'DEA', state: 'Texas', recordCount: 4 },
    {
      ...base,
      id: 3,
      number: 'C-3',
      agency: 'ATF',
      state: 'Arizona',
      recordCount: 0,
      sharedWeight: 0,
      network: 1,
    },
  ],
  links: [{ caseA: 1, caseB: 2, shared: 5, matched: 2 }],
  summary: { cases: 3, networks: 2, largestNetwork: 2, apart: 1, links: 1 },
  budget: 400,
  omitted: { cases: 0, links: 0 },
};

describe('the case map elements', () => {
  it('sizes cases by records (area) and lines by shared entities (logarithm)', () => {
    expect(caseSize(0)).toBe(24);
    expect(caseSize(100)).toBeGreaterThan(caseSize(4));
    // Area reads as size: four times the records, twice the growth in diameter.
    expect(caseSize(400) - 24).toBe(2 * (caseSize(100) - 24));
    expect(linkWidth(1)).toBe(1.5);
    expect(linkWidth(8)).toBeGreaterThan(linkWidth(2));
  });

  it('colours by agency or by state, the same key the same colour', () => {
    const byAgency = toCaseMapElements(MAP, 'agency').filter((e) => e.group === 'nodes');
    expect(byAgency[0]!.data.colour).toBe(byAgency[2]!.data.colour);
    expect(byAgency[0]!.data.colour).not.toBe(byAgency[1]!.data.colour);
    const byState = toCaseMapElements(MAP, 'state').filter((e) => e.group === 'nodes');
    expect(byState[0]!.data.colour).toBe(byState[1]!.data.colour);
    expect([...colourTable(MAP.cases, 'state').keys()]).toEqual(['Arizona', 'Texas']);
    expect(byAgency[2]!.data.apart).toBe(1);
  });

  it('labels a connection with its weight and says how it was made', () => {
    const edge = toCaseMapElements(MAP, 'agency').find((e) => e.group === 'edges')!;
    expect(edge.data).toMatchObject({ source: 'c1', target: 'c2', label: '5' });
    expect(linkSummary(MAP.links[0]!)).toBe('5 shared entities (3 by identifier, 2 by accepted match)');
    expect(linkSummary({ shared: 1, matched: 0 })).toBe('1 shared entity (1 by identifier)');
    const many = { ...MAP, links: Array.from({ length: LABELLED_LINKS + 1 }, () => MAP.links[0]!) };
    expect(toCaseMapElements(many, 'agency').find((e) => e.group === 'edges')!.data.label).toBe('');
  });

  it('summarises how many cases form how many networks, and what the budget left out', () => {
    expect(summaryLine(MAP)).toBe(
      '3 cases form 2 separate networks · the largest joins 2 cases · 1 case shares nothing with any other',
    );
    expect(omittedLine(MAP)).toBeNull();
    const cut = { ...MAP, summary: { ...MAP.summary, cases: 2818 }, omitted: { cases: 2815, links: 9 } };
    expect(omittedLine(cut)).toContain('Showing the 3 most connected of 2,818 cases');
  });
});
