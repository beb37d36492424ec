// The chart side of saved charts, on a headless Cytoscape: a chart put back holds every
// entity exactly where the document says (an entity the document does not place goes
// beside its placed neighbours) and takes the saved view; a drag is reported once, with
// where the entities were and where they went.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  exactPositions,
  restoreElements,
  viewportOf,
  watchMoves,
  type Move,
} from '../../../renderer/src/chart/saved-chart-placement';

const node = (id: number, label: string): ElementDefinition => ({
  group: 'nodes',
  data: { id: `n${id}`, entityId: id, label },
});
const edge = (a: number, b: number): ElementDefinition => ({
  group: 'edges',
  data: { id: `e${a}-${b}`, source: `n${a}`, target: `n${b}` },
});

describe('putting a chart back', () => {
  it('places each entity exactly as saved, the unplaced one beside its neighbours, and sets the view', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const saved = { '1': { x: 0.1 + 0.2, y: -17.123456789 }, '2': { x: 1e-9, y: 250.5 } };
    restoreElements(cy, [node(1, 'A'), node(2, 'B'), node(3, 'C'), edge(1, 3), edge(2, 3)], saved, {
      zoom: 1.75,
      pan: { x: -33.3, y: 12 },
    });
    const at = exactPositions(cy);
    expect(at['1']).toEqual(saved['1']);
    expect(at['2']).toEqual(saved['2']);
    // Beside the middle of its two placed neighbours, not at the origin.
    const mid = { x: (saved['1'].x + saved['2'].x) / 2, y: (saved['1'].y + saved['2'].y) / 2 };
    expect(Math.hypot(at['3']!.x - mid.x, at['3']!.y - mid.y)).toBeCloseTo(90, 6);
    cy.destroy();
  });
});

describe('watching drags', () => {
  it('reports one move per drag with the positions before and after, and nothing for a click', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add([node(1, 'Joe Hernandez'), node(2, 'B')]);
    cy.getElementById('n1').position({ x: 10, y: 20 });
    const moves: Move[] = [];
    const stop = watchMoves(cy, (m) => moves.push(m));
    const n1 = cy.getElementById('n1');
    n1.emit('grab');
    n1.emit('free'); // a click: nothing moved
    n1.emit('grab');
    n1.position({ x: 110, y: 70 });
    n1.emit('free');
    stop();
    expect(moves).toEqual([
      {
        ids: [1],
        labels: ['Joe Hernandez'],
        before: { '1': { x: 10, y: 20 } },
        after: { '1': { x: 110, y: 70 } },
      },
    ]);
    expect(viewportOf(cy)).toEqual({ zoom: 1, pan: { x: 0, y: 0 } });
    cy.destroy();
  });
});
