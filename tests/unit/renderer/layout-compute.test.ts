import { describe, expect, it } from 'vitest';
import { toElements } from '../../../renderer/src/chart/elements';
import { computePositions, layoutRequest } from '../../../renderer/src/chart/layout-compute';
import { CANCELLED, LayoutRunner } from '../../../renderer/src/chart/layout-runner';
import { LAYOUTS } from '../../../renderer/src/chart/layouts';
import { CHAIN } from './fixtures';

const elements = toElements(CHAIN, {
  caseColours: new Map([
    [10, '#f00'],
    [11, '#00f'],
  ]),
});
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('layout request', () => {
  it('carries the entities with their type, role and size, and the links between them', () => {
    const request = layoutRequest('force', false, elements);
    expect(request.nodes.map((n) => n.id).sort()).toEqual(CHAIN.nodes.map((n) => `n${n.id}`).sort());
    expect(request.edges).toHaveLength(CHAIN.links.length);
    const broker = request.nodes.find((n) => n.id === 'n5')!;
    expect(broker).toMatchObject({ type: 'person', role: 'broker' });
    expect(broker.size).toBeGreaterThan(0);
  });
});

describe('layout positions computed on a headless chart', () => {
  it.each(LAYOUTS.map((l) => l.id))('%s places every entity at a distinct, finite point', (id) => {
    const { positions } = computePositions(layoutRequest(id, false, elements));
    const points = CHAIN.nodes.map((n) => positions[`n${n.id}`]!);
    for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(points.length);
  });

  it('force layout puts linked entities nearer each other than entities on average', () => {
    const { positions, fit } = computePositions(layoutRequest('force', false, elements));
    const linked = CHAIN.links.map((l) => distance(positions[`n${l.from}`]!, positions[`n${l.to}`]!));
    const all = CHAIN.nodes.flatMap((a) =>
      CHAIN.nodes
        .filter((b) => b.id > a.id)
        .map((b) => distance(positions[`n${a.id}`]!, positions[`n${b.id}`]!)),
    );
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all));
    expect(fit).toBe(true);
  });

  it('supply chain reads left to right: dealer → purchase → purchaser → broker → courier → crossing → recovery', () => {
    const { positions } = computePositions(layoutRequest('chain', false, elements));
    const order = [1, 2, 4, 5, 6, 7, 8];
    for (let i = 1; i < order.length; i++) {
      expect(positions[`n${order[i]}`]!.x).toBeGreaterThan(positions[`n${order[i - 1]}`]!.x);
    }
  });

  it('an incremental force layout starts from the current positions and keeps the view', () => {
    // Entities start on a line in chain order, once left to right and once mirrored.
    const chainOrder = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) => `n${id}`);
    const startAt = (sign: number) =>
      elements.map((el) =>
        el.group === 'nodes'
          ? { ...el, position: { x: sign * 200 * chainOrder.indexOf(String(el.data.id)), y: 0 } }
          : el,
      );
    const forward = computePositions(layoutRequest('force', true, startAt(1)));
    const mirrored = computePositions(layoutRequest('force', true, startAt(-1)));
    expect(forward.fit).toBe(false);
    expect(forward.positions.n1!.x).toBeLessThan(forward.positions.n7!.x);
    expect(mirrored.positions.n1!.x).toBeGreaterThan(mirrored.positions.n7!.x);
  });

  it('an empty chart needs no positions', () => {
    expect(computePositions(layoutRequest('force', false, [])).positions).toEqual({});
  });
});

describe('layout runner without Worker (Node)', () => {
  it('computes on this thread, and a newer request cancels the one before', async () => {
    const runner = new LayoutRunner();
    const first = runner.compute(layoutRequest('force', false, elements));
    const second = runner.compute(layoutRequest('chain', false, elements));
    expect(await first).toBe(CANCELLED);
    const result = await second;
    expect(result).not.toBe(CANCELLED);
    if (result === CANCELLED) return;
    expect(result.positions).toEqual(computePositions(layoutRequest('chain', false, elements)).positions);
  });
});
