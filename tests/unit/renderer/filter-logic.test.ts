// The chart's filters (issue 11, point 5) on a small hand-made chart: each kind, kinds
// combined (AND) and values of one kind (OR), the date range with undated participants,
// and the counts each option shows.
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  NO_FILTERS,
  optionCounts,
  type FilterData,
  type Filters,
} from '../../../renderer/src/components/filters/filter-logic';
import { filterData } from '../../../renderer/src/components/filters/filter-data';
import type { GraphData } from '../../../shared/contract/model';

// Two cases: 1 (ATF, Wisconsin) and 2 (HSI, Arizona). Buyer 1 bought at store 3 in purchase 4
// (2020-03-02) and uses phone 2, which also called phone 5 (2021-02-26), used by broker 6 of case 2.
// Phone 2 is in both cases.
const graph: GraphData = {
  nodes: [
    { id: 1, type: 'person', label: 'Buyer', caseIds: [1], recordCount: 1, crossCase: false },
    { id: 2, type: 'phone', label: '555-0101', caseIds: [1, 2], recordCount: 2, crossCase: true },
    { id: 3, type: 'dealer', label: 'Store', caseIds: [1], recordCount: 1, crossCase: false },
    {
      id: 4,
      type: 'purchase',
      label: 'Purchase',
      caseIds: [1],
      recordCount: 1,
      crossCase: false,
      dates: ['2020-03-02'],
    },
    { id: 5, type: 'phone', label: '555-0102', caseIds: [2], recordCount: 1, crossCase: false },
    { id: 6, type: 'person', label: 'Broker', caseIds: [2], recordCount: 1, crossCase: false },
  ],
  links: [
    link(1, 'uses_phone', 2, [1]),
    link(3, 'sold', 4, [1], ['2020-03-02']),
    link(4, 'purchased', 1, [1], ['2020-03-02']),
    link(2, 'called', 5, [2], ['2021-02-26']),
    link(6, 'uses_phone', 5, [2]),
  ],
};

function link(
  from: number,
  type: 'uses_phone' | 'sold' | 'purchased' | 'called',
  to: number,
  caseIds: number[],
  dates?: string[],
) {
  return {
    id: `${from}>${type}>${to}`,
    from,
    to,
    type,
    label: type,
    caseIds,
    recordLinkCount: 1,
    ...(dates ? { dates } : {}),
  };
}

const cases = [
  { id: 1, agency: 'ATF', jurisdiction: 'Wisconsin' },
  { id: 2, agency: 'HSI', jurisdiction: 'Arizona' },
];
const measures = graph.nodes.map((n) => ({
  id: n.id,
  type: n.type,
  label: n.label,
  caseIds: n.caseIds,
  degree: 0,
  betweenness: n.id === 2 ? 0.8 : n.id === 1 ? 0.3 : 0,
  closeness: 0,
  pagerank: 0,
  eigenvector: 0,
  component: 0,
  community: 0,
  articulation: false,
}));
const data: FilterData = filterData(graph, cases, measures);

const shown = (filters: Partial<Filters>) => {
  const out = applyFilters(data, { ...NO_FILTERS, ...filters });
  return {
    nodes: data.nodes.map((n) => n.id).filter((id) => !out.nodes.has(id)),
    links: data.links.map((l) => l.id).filter((id) => !out.links.has(id)),
  };
};

describe('chart filters', () => {
  it('lets everything through without a filter', () => {
    expect(shown({})).toEqual({ nodes: [1, 2, 3, 4, 5, 6], links: data.links.map((l) => l.id) });
  });

  it('hides an entity type and every link touching it', () => {
    const s = shown({ hidden: { entityType: ['phone'] } });
    expect(s.nodes).toEqual([1, 3, 4, 6]);
    expect(s.links).toEqual(['3>sold>4', '4>purchased>1']);
  });

  it('hides a link type and keeps its ends', () => {
    const s = shown({ hidden: { linkType: ['called'] } });
    expect(s.nodes).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s.links).not.toContain('2>called>5');
    expect(s.links).toHaveLength(4);
  });

  it('keeps an entity of two cases while one of them is shown (OR within a kind)', () => {
    expect(shown({ hidden: { case: ['2'] } }).nodes).toEqual([1, 2, 3, 4]);
    expect(shown({ hidden: { case: ['1', '2'] } }).nodes).toEqual([]);
    expect(shown({ hidden: { agency: ['ATF'] } }).nodes).toEqual([2, 5, 6]);
    expect(shown({ hidden: { state: ['Arizona'] } }).nodes).toEqual([1, 2, 3, 4]);
  });

  it('combines kinds with AND', () => {
    const s = shown({ hidden: { case: ['2'], entityType: ['phone'] } });
    expect(s.nodes).toEqual([1, 3, 4]);
  });

  it('shows what took part in a period: dated entities and links in it, and who was involved', () => {
    // March 2020: the purchase, its buyer and store; not the phones (their call was in 2021).
    expect(shown({ dates: { from: '2020-03-01', to: '2020-03-31' } }).nodes).toEqual([1, 3, 4]);
    // February 2021: the call's two phones only.
    const feb = shown({ dates: { from: '2021-02-01', to: '2021-02-28' } });
    expect(feb.nodes).toEqual([2, 5]);
    expect(feb.links).toEqual(['2>called>5']);
    expect(shown({ dates: { from: '2019-01-01', to: '2019-12-31' } }).nodes).toEqual([]);
  });

  it('filters by degree and by a key-player measure', () => {
    // Degree: distinct neighbours over the drawn links (the shared phone: buyer and the other phone).
    expect(data.nodes.find((n) => n.id === 2)!.degree).toBe(2);
    expect(shown({ degree: { min: 2, max: null } }).nodes).toEqual([1, 2, 4, 5]);
    expect(shown({ degree: { min: 1, max: 1 } }).nodes).toEqual([3, 6]);
    expect(shown({ measure: { measure: 'betweenness', min: 0.5 } }).nodes).toEqual([2]);
  });

  it('counts each option among what the other kinds let through', () => {
    expect(Object.fromEntries(optionCounts(data, NO_FILTERS, 'entityType'))).toEqual({
      person: 2,
      phone: 2,
      dealer: 1,
      purchase: 1,
    });
    const noCase2: Filters = { ...NO_FILTERS, hidden: { case: ['2'] } };
    // A kind's own hidden values still count, so the option says what showing it would add.
    expect(Object.fromEntries(optionCounts(data, noCase2, 'case'))).toEqual({ '1': 4, '2': 3 });
    expect(Object.fromEntries(optionCounts(data, noCase2, 'entityType'))).toEqual({
      person: 1,
      phone: 1,
      dealer: 1,
      purchase: 1,
    });
    const noPhones: Filters = { ...NO_FILTERS, hidden: { entityType: ['phone'] } };
    expect(Object.fromEntries(optionCounts(data, noPhones, 'linkType'))).toEqual({ sold: 1, purchased: 1 });
  });
});
