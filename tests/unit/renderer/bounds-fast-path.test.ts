// The bounding-box fast path (renderer/src/chart/drawing/bounds-fast-path.ts) must answer
// exactly what Cytoscape measures afresh: a headless chart with the real stylesheet (every
// entity and link type, plain and detailed drawing, a group box) has every box read until the
// fast path holds them, then goes through changes that move or reshape boxes (a move, a
// link's far end moving, a restyle, a new label, a member moved inside its group, an element
// removed and put back); after each, every element's box read through the fast path must
// equal a fresh measure. A box kept past a change would differ.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../shared/contract/model';
import { ENTITY_TYPES } from '../../../shared/domain/entity-types';
import { LINK_TYPES } from '../../../shared/domain/link-types';
import {
  boundsFastPathHits,
  installBoundsFastPath,
} from '../../../renderer/src/chart/drawing/bounds-fast-path';
import { headlessChart } from '../helpers/headless-chart';
import { link, node } from './fixtures';

const n = ENTITY_TYPES.length;
const GRAPH: GraphData = {
  nodes: ENTITY_TYPES.map((type, i) => node(i + 1, type, `${type} ${i + 1}`, i % 3 ? [10] : [10, 11])),
  links: LINK_TYPES.map((type, i) => link((i % n) + 1, type, ((i + 1) % n) + 1, [10], 1 + (i % 3))),
};

type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
const numbers = (b: Box) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, w: b.w, h: b.h });

/** Reads every box twice: Cytoscape confirms its kept box, then the fast path holds it. */
function readAll(cy: Core) {
  cy.elements().forEach((el) => {
    el.boundingBox();
    el.boundingBox();
  });
}

/** Every element's box through the fast path, against a fresh measure. */
function expectFresh(cy: Core, step: string) {
  cy.elements().forEach((el) => {
    const kept = numbers(el.boundingBox() as Box);
    const fresh = numbers(el.boundingBox({ useCache: false } as never) as Box);
    expect({ step, id: el.id(), ...kept }).toEqual({ step, id: el.id(), ...fresh });
  });
}

function chart(light: boolean): Core {
  const cy = headlessChart(GRAPH, {
    cases: [10, 11],
    light,
    at: (i) => ({ x: (i % 5) * 90, y: Math.floor(i / 5) * 70 }),
  });
  installBoundsFastPath(cy);
  // A group box as the chart's actions make one (actions/apply.ts).
  cy.add({
    group: 'nodes',
    data: { id: 'box', groupId: 1, label: 'Group', size: 1 },
    classes: 'chart-synthetic chart-box',
  });
  cy.getElementById('1').move({ parent: 'box' });
  cy.getElementById('2').move({ parent: 'box' });
  return cy;
}

describe.each([false, true])('bounding boxes through the fast path (plain drawing: %s)', (light) => {
  it('equal a fresh measure after every change, and the fast path is taken', () => {
    const cy = chart(light);
    const steps: [string, () => void][] = [
      ['as drawn', () => undefined],
      ['an entity moved', () => void cy.getElementById('3').position({ x: 700, y: -40 })],
      ['a link end moved', () => void cy.getElementById('4').shift({ x: 0.4, y: 0 })],
      ['restyled by a class', () => void cy.getElementById('5').addClass('on-path')],
      ['a new label', () => void cy.getElementById('6').data('label', 'A much longer label than before')],
      ['sized by a measure', () => void cy.getElementById('7').data('measureSize', 90).addClass('sized')],
      ['a member moved in its group', () => void cy.getElementById('1').position({ x: -300, y: 400 })],
      ['removed and put back', () => void cy.getElementById('8').remove().restore()],
    ];
    for (const [step, change] of steps) {
      readAll(cy);
      const before = boundsFastPathHits();
      change();
      expectFresh(cy, step);
      // Elements the change did not touch were answered by the fast path.
      expect(boundsFastPathHits(), step).toBeGreaterThan(before);
    }
  });
});
