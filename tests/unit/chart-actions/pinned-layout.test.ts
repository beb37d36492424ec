// A pinned entity is fixed for the force layout: the layout arranges the others around the
// place where the analyst left it, instead of drawing them over it.
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../renderer/src/chart/elements';
import { computePositions, layoutRequest } from '../../../renderer/src/chart/layout-compute';
import { CHAIN } from '../renderer/fixtures';

const PIN = { x: 900, y: -700 };
const elements = toElements(CHAIN, { caseColours: new Map([[10, '#f00']]) }).map((el) =>
  el.data.id === 'n5' ? { ...el, data: { ...el.data, pinned: true }, position: PIN } : el,
);

describe('pinned entities in layouts', () => {
  it('asks the layout to keep a pinned entity where it stands', () => {
    const request = layoutRequest('force', false, elements);
    expect(request.nodes.find((n) => n.id === 'n5')).toMatchObject({ pinned: true, position: PIN });
    expect(request.nodes.filter((n) => n.pinned)).toHaveLength(1);
  });

  it('the force layout leaves it there and places its neighbours near it', () => {
    const { positions } = computePositions(layoutRequest('force', false, elements));
    expect(positions.n5!.x).toBeCloseTo(PIN.x, 0);
    expect(positions.n5!.y).toBeCloseTo(PIN.y, 0);
    const free = computePositions(
      layoutRequest(
        'force',
        false,
        elements.map((el) => ({ ...el, position: undefined })),
      ),
    );
    // Without the pin the broker lands near the middle of the chart, far from the pinned place.
    expect(Math.hypot(free.positions.n5!.x - PIN.x, free.positions.n5!.y - PIN.y)).toBeGreaterThan(300);
    const near = CHAIN.links
      .filter((l) => l.from === 5 || l.to === 5)
      .map((l) => positions[`n${l.from === 5 ? l.to : l.from}`]!)
      .map((p) => Math.hypot(p.x - PIN.x, p.y - PIN.y));
    expect(Math.max(...near)).toBeLessThan(400);
  });

  it('keeps the members of a group box together under the force layout', () => {
    const grouped = toElements(CHAIN, { caseColours: new Map([[10, '#f00']]) }).map((el) =>
      ['n1', 'n9'].includes(String(el.data.id)) ? { ...el, data: { ...el.data, parent: 'gbox:g1' } } : el,
    );
    const request = layoutRequest('force', false, grouped);
    expect(
      request.nodes
        .filter((n) => n.parent === 'gbox:g1')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['n1', 'n9']);
    const { positions } = computePositions(request);
    expect(positions['gbox:g1']).toBeUndefined();
    const apart = (p: typeof positions) => Math.hypot(p.n1!.x - p.n9!.x, p.n1!.y - p.n9!.y);
    const free = computePositions(layoutRequest('force', false, elements)).positions;
    expect(apart(positions)).toBeLessThan(apart(free));
  });
});
