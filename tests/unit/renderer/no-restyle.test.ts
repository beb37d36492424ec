// Re-applying what the chart already shows must restyle nothing. Cytoscape marks an element's
// style dirty on every class or data write, even one that changes nothing, and the next
// frame restyles every dirty element: on 5,000 entities and 10,000 links that was a frame of
// about 460 ms after every load. On a headless chart with the real stylesheet, each pass
// (chart actions, emphasis, flags, sizing, filter) is applied once, then again: the second
// time no element may be restyled.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { headlessChart } from '../helpers/headless-chart';
import type { GraphData } from '../../../shared/contract/model';
import { applyChartActions } from '../../../renderer/src/chart/actions/apply';
import { applyChartFilter, type ChartFilter } from '../../../renderer/src/chart/filter-apply';
import { applyEmphasis, flagEntities, sizeByMeasure } from '../../../renderer/src/chart/highlight';
import { EMPTY_CHART_ACTIONS, type ChartActionsData } from '../../../renderer/src/state/chart-actions-store';
import { link, node } from './fixtures';

/** Buyers 1-3 paid by a broker (4) whose phone (5) a courier (6) also uses; 7 and 8 stand apart. */
const CREW: GraphData = {
  nodes: [
    node(1, 'person', 'Buyer A', [10]),
    node(2, 'person', 'Buyer B', [10]),
    node(3, 'person', 'Buyer C', [10]),
    node(4, 'person', 'Broker', [10, 11]),
    node(5, 'phone', '(555) 010-0177', [10, 11]),
    node(6, 'person', 'Courier', [11]),
    node(7, 'firearm', 'TRN-SMP-0007', [11]),
    node(8, 'address', '12 Sample Street', [11]),
  ],
  links: [
    link(4, 'paid', 1, [10]),
    link(4, 'paid', 2, [10], 2),
    link(4, 'paid', 3, [10]),
    link(4, 'uses_phone', 5, [10, 11], 3),
    link(6, 'uses_phone', 5, [11]),
    link(6, 'associate_of', 7, [11]),
    link(7, 'associate_of', 8, [11]),
  ],
};

const ACTIONS: ChartActionsData = {
  ...EMPTY_CHART_ACTIONS,
  hidden: [3],
  hiddenLinks: ['6>uses_phone>5'],
  pinned: [4],
  groups: [{ id: 'g1', label: 'Crew', members: [1, 2], collapsed: false }],
  styles: { '5': { colour: '#aa3300', size: 1.5 }, '6': { size: 2 } },
};

function chart(): Core {
  return headlessChart(CREW, { cases: [10, 11], at: (i) => ({ x: i * 50, y: 0 }) });
}

/** Ids of the elements restyled while `act` runs. */
function restyled(cy: Core, act: () => void): string[] {
  const ids = new Set<string>();
  const seen = (e: { target: { id(): string } }) => void ids.add(e.target.id());
  cy.on('style', seen);
  act();
  cy.off('style', seen);
  return [...ids].sort();
}

/** Each pass, with what the chart shows before it (a pass that undoes something needs it done first). */
const passes: Record<string, { before?: (cy: Core) => void; apply: (cy: Core) => void }> = {
  'chart actions': { apply: (cy) => applyChartActions(cy, ACTIONS) },
  'a selection and its neighbours': { apply: (cy) => applyEmphasis(cy, null, [4]) },
  'a path': {
    apply: (cy) => applyEmphasis(cy, { entityIds: [6, 7, 8], linkIds: ['6>associate_of>7'] }, []),
  },
  'no selection after one': {
    before: (cy) => applyEmphasis(cy, null, [4]),
    apply: (cy) => applyEmphasis(cy, null, []),
  },
  flags: { apply: (cy) => flagEntities(cy, new Set([6, 7])) },
  'sizing by a measure': { apply: (cy) => sizeByMeasure(cy, MEASURE) },
  'sizing back to their own': {
    before: (cy) => sizeByMeasure(cy, MEASURE),
    apply: (cy) => sizeByMeasure(cy, null),
  },
  'a filter that dims': { apply: (cy) => applyChartFilter(cy, filterOf('dim')) },
  'a filter that hides': { apply: (cy) => applyChartFilter(cy, filterOf('hide')) },
  'no filter after one': {
    before: (cy) => applyChartFilter(cy, filterOf('hide')),
    apply: (cy) => applyChartFilter(cy, null),
  },
};
const MEASURE = new Map([
  [4, 3],
  [5, 1],
]);

function filterOf(look: ChartFilter['look']): ChartFilter {
  return { outcome: { nodes: new Set([8]), links: new Set(['4>paid>1']) }, look };
}

describe('re-applying what the chart shows restyles nothing', () => {
  for (const [name, { before, apply }] of Object.entries(passes)) {
    it(name, () => {
      const cy = chart();
      before?.(cy);
      // The first pass changes what it must (so the check below is not empty for nothing)…
      expect(restyled(cy, () => apply(cy)).length).toBeGreaterThan(0);
      // …and the same pass again changes nothing.
      expect(restyled(cy, () => apply(cy))).toEqual([]);
    });
  }

  it('a change restyles only the elements it changes', () => {
    const cy = chart();
    applyEmphasis(cy, null, [4]);
    flagEntities(cy, new Set([6]));
    // Flagging 7 as well: only 7 changes.
    expect(restyled(cy, () => flagEntities(cy, new Set([6, 7])))).toEqual(['n7']);
  });

  it('a filter switched from dimming to hiding changes the look of what it filtered', () => {
    const cy = chart();
    applyChartFilter(cy, filterOf('dim'));
    applyChartFilter(cy, filterOf('hide'));
    expect(cy.getElementById('n8').style('display')).toBe('none');
    applyChartFilter(cy, null);
    expect(cy.getElementById('n8').style('display')).toBe('element');
    expect(cy.elements('.filtered').length).toBe(0);
  });
});
