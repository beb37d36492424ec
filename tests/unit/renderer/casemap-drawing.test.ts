// The case map's drawing plan: where the view is fitted before anything is drawn, the
// elements placed with their laid-out positions, and the layout's own questions (kept
// answers are found again by the same cases and connections; the warm-up map is laid out
// like a real one).
import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { placedElements, viewportFor } from '../../../renderer/src/casemap/drawing';
import { computeCaseMapPositions, warmUpRequest } from '../../../renderer/src/casemap/layout-compute';
import { layoutKeyOf, layoutRequestOf } from '../../../renderer/src/casemap/layout-request';

const ELEMENTS: ElementDefinition[] = [
  { group: 'edges', data: { id: 'p1-2', source: 'c1', target: 'c2', shared: 3 } },
  { group: 'nodes', data: { id: 'c1', size: 40 } },
  { group: 'nodes', data: { id: 'c2', size: 100 } },
];
const POSITIONS = { c1: { x: 0, y: 0 }, c2: { x: 1000, y: 500 } };

describe('placedElements', () => {
  it('puts the nodes first, each at its laid-out place, then the edges', () => {
    const placed = placedElements(ELEMENTS, POSITIONS);
    expect(placed.map((e) => e.data.id)).toEqual(['c1', 'c2', 'p1-2']);
    expect(placed[1]!.position).toEqual({ x: 1000, y: 500 });
    expect(placed[2]!.position).toBeUndefined();
  });
});

describe('viewportFor', () => {
  it('fits every disc and its label inside the padded view, centred', () => {
    const placed = placedElements(ELEMENTS, POSITIONS);
    const view = viewportFor(placed, 1000, 600, 40)!;
    const toScreen = (x: number, y: number) => ({
      x: x * view.zoom + view.pan.x,
      y: y * view.zoom + view.pan.y,
    });
    // The small case's label (wider than its disc) and the big case's disc and label.
    const left = toScreen(-45, -20);
    const right = toScreen(1050, 550 + 18);
    expect(left.x).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(left.y).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(right.x).toBeLessThanOrEqual(960 + 1e-6);
    expect(right.y).toBeLessThanOrEqual(560 + 1e-6);
    // Tight on the constraining side, centred on the other.
    expect(Math.min(left.x - 40, 960 - right.x, left.y - 40, 560 - right.y)).toBeCloseTo(0, 6);
    expect(left.x - 40).toBeCloseTo(960 - right.x, 6);
  });

  it('gives no viewport for a view with no room or a map with no cases', () => {
    expect(viewportFor(placedElements(ELEMENTS, POSITIONS), 60, 600, 40)).toBeUndefined();
    expect(viewportFor([], 1000, 600, 40)).toBeUndefined();
  });
});

describe('layout requests', () => {
  it('are keyed by their cases and connections, so a kept answer is found again', () => {
    const request = layoutRequestOf(ELEMENTS);
    expect(layoutKeyOf(request)).toBe(layoutKeyOf(layoutRequestOf([...ELEMENTS])));
    const heavier = layoutRequestOf(
      ELEMENTS.map((e) => (e.data.id === 'p1-2' ? { ...e, data: { ...e.data, shared: 4 } } : e)),
    );
    expect(layoutKeyOf(heavier)).not.toBe(layoutKeyOf(request));
  });

  it('warm-up map is laid out like a real one: every case placed, lone cases left of the rest', () => {
    const request = warmUpRequest();
    const positions = computeCaseMapPositions(request);
    expect(Object.keys(positions).sort()).toEqual(request.nodes.map((n) => n.id).sort());
    const linked = new Set(request.edges.flatMap((e) => [e.source, e.target]));
    const alone = request.nodes.filter((n) => !linked.has(n.id)).map((n) => positions[n.id]!.x);
    const joined = request.nodes.filter((n) => linked.has(n.id)).map((n) => positions[n.id]!.x);
    expect(alone).toHaveLength(2);
    expect(Math.max(...alone)).toBeLessThan(Math.min(...joined));
  });
});
