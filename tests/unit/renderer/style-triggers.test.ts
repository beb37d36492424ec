// Styling with Cytoscape's per-property triggers run once per element
// (renderer/src/chart/drawing/style-triggers.ts) must look and measure exactly as without:
// two headless charts with the real stylesheet, one coalesced, go through the same steps
// (drawn, then chart actions with a collapsed group, a selection, a path, flags, a filter,
// sizing, a move); after each step every element's whole computed style and bounding box
// must be the same on both, plain (big-chart) and detailed drawing, every entity type and
// link type. A box left stale by a missing trigger would differ.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../shared/contract/model';
import { ENTITY_TYPES } from '../../../shared/domain/entity-types';
import { LINK_TYPES } from '../../../shared/domain/link-types';
import { applyChartActions } from '../../../renderer/src/chart/actions/apply';
import { coalesceStyleTriggers } from '../../../renderer/src/chart/drawing/style-triggers';
import { toElements } from '../../../renderer/src/chart/elements';
import { applyChartFilter } from '../../../renderer/src/chart/filter-apply';
import { applyEmphasis, flagEntities, sizeByMeasure } from '../../../renderer/src/chart/highlight';
import { registerExtensions } from '../../../renderer/src/chart/register';
import { buildStylesheet } from '../../../renderer/src/chart/stylesheet';
import { caseColours } from '../../../renderer/src/chart/style-tables';
import { EMPTY_CHART_ACTIONS } from '../../../renderer/src/state/chart-actions-store';
import { link, node } from './fixtures';

/** One entity of each type (every third in two cases), in a ring of links of every type. */
const ALL: GraphData = {
  nodes: ENTITY_TYPES.map((type, i) => node(i + 1, type, `${type} ${i + 1}`, i % 3 ? [10] : [10, 11])),
  links: LINK_TYPES.map((type, i) => ({
    ...link((i % ENTITY_TYPES.length) + 1, type, ((i + 1) % ENTITY_TYPES.length) + 1, [10], 1 + (i % 3)),
    ...(i % 4 === 0 ? {} : { credibility: (i % 6) + 1 }),
  })),
};
const n = ENTITY_TYPES.length;
const linkId = (i: number) => ALL.links[i]!.id;

function chart(light: boolean, coalesced: boolean): Core {
  const cy = registerExtensions()({ headless: true, styleEnabled: true, style: buildStylesheet() });
  if (coalesced) coalesceStyleTriggers(cy);
  cy.add(
    toElements(ALL, { caseColours: caseColours([10, 11]), light }).map((el, i) => ({
      ...el,
      position: { x: (i % 5) * 80, y: Math.floor(i / 5) * 80 },
    })),
  );
  return cy;
}

const steps: [string, (cy: Core) => void][] = [
  ['drawn', () => undefined],
  [
    'chart actions',
    (cy) =>
      applyChartActions(cy, {
        ...EMPTY_CHART_ACTIONS,
        hidden: [3],
        hiddenLinks: [linkId(5)],
        pinned: [1, 4],
        groups: [
          { id: 'g1', label: 'Crew', members: [6, 7], collapsed: false },
          { id: 'g2', label: 'Cell', members: [9, 10], collapsed: true },
        ],
        styles: { '5': { colour: '#aa3300', size: 1.5 }, '8': { size: 2 } },
      }),
  ],
  ['a selection', (cy) => void cy.getElementById('n2').select()],
  ['its neighbours emphasised', (cy) => applyEmphasis(cy, null, [2])],
  ['a link selected', (cy) => void cy.getElementById(`e${linkId(1)}`).select()],
  ['a path', (cy) => applyEmphasis(cy, { entityIds: [1, 2, 3], linkIds: [linkId(0), linkId(1)] }, [])],
  ['flags', (cy) => flagEntities(cy, new Set([2, n]))],
  ['sizing by a measure', (cy) => sizeByMeasure(cy, new Map([[2, 3]]))],
  ['hovered', (cy) => void cy.getElementById('n1').addClass('hover').connectedEdges().addClass('hover')],
  [
    'a filter that dims',
    (cy) => applyChartFilter(cy, { outcome: { nodes: new Set([n - 1]), links: new Set() }, look: 'dim' }),
  ],
  ['moved', (cy) => void cy.getElementById('n2').position({ x: 500, y: 500 })],
  [
    'all undone',
    (cy) => {
      applyChartFilter(cy, null);
      applyEmphasis(cy, null, []);
      flagEntities(cy, null);
      sizeByMeasure(cy, null);
      cy.elements().unselect().removeClass('hover');
      applyChartActions(cy, EMPTY_CHART_ACTIONS);
    },
  ],
];

/** Every element's whole computed style and bounding box. */
function looks(cy: Core) {
  return cy
    .elements()
    .map((el) => ({ id: el.id(), style: el.style() as Record<string, string>, box: el.boundingBox() }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('style triggers run once per element', () => {
  for (const light of [true, false]) {
    it(`look and measure the same after every step (${light ? 'plain' : 'detailed'} drawing)`, () => {
      const plain = chart(light, false);
      const coalesced = chart(light, true);
      const seen = new Set<string>();
      for (const [name, step] of steps) {
        step(plain);
        step(coalesced);
        expect({ step: name, looks: looks(coalesced) }).toEqual({ step: name, looks: looks(plain) });
        seen.add(JSON.stringify(looks(plain)));
      }
      // Each step changed the look (the comparison is not of two untouched charts).
      expect(seen.size).toBe(steps.length);
    });
  }

  it("runs no property's triggers one by one while styling", () => {
    const cy = chart(true, true);
    const proto = Object.getPrototypeOf(cy.style()) as { checkTriggers(...args: unknown[]): void };
    const original = proto.checkTriggers;
    let calls = 0;
    proto.checkTriggers = function (...args) {
      calls++;
      original.apply(this, args);
    };
    try {
      cy.elements().forEach((el) => void el.style('width'));
      applyEmphasis(cy, null, [2]);
      cy.elements().forEach((el) => void el.style('width'));
    } finally {
      proto.checkTriggers = original;
    }
    expect(calls).toBe(0);
  });
});
