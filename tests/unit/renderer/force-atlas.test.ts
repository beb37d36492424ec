// The force layout of big charts (ForceAtlas2 + overlap removal), on generated charts small
// enough for a unit test: the function does not depend on the size, only the settings do.
import { describe, expect, it } from 'vitest';
import { generatedLayoutRequest } from '../helpers/headless-chart';
import { forceAtlasPositions } from '../../../renderer/src/chart/force-atlas';
import {
  computePositions,
  type LayoutRequest,
  type Positions,
} from '../../../renderer/src/chart/layout-compute';
import { FORCE_ATLAS_FROM } from '../../../renderer/src/chart/layouts';

const SIZE = 30;

const generated = (n: number, seed = 3): LayoutRequest => generatedLayoutRequest(n, seed, SIZE);

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function overlapping(positions: Positions): number {
  const points = Object.values(positions).sort((a, b) => a.x - b.x);
  let pairs = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length && points[j]!.x - points[i]!.x < SIZE; j++) {
      if (distance(points[i]!, points[j]!) < SIZE) pairs++;
    }
  }
  return pairs;
}

describe('ForceAtlas2 layout of big charts', () => {
  const request = generated(400);
  const { positions, fit } = forceAtlasPositions(request);

  it('places every entity at a finite point, with no two drawn over each other', () => {
    expect(Object.keys(positions).sort()).toEqual(request.nodes.map((n) => n.id).sort());
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(overlapping(positions)).toBe(0);
    expect(fit).toBe(true);
  });

  it('puts linked entities nearer each other than entities on average', () => {
    const linked = request.edges.map((e) => distance(positions[e.source]!, positions[e.target]!));
    const ids = request.nodes.map((n) => n.id);
    const all = ids.flatMap((a, i) =>
      ids.slice(i + 1, i + 40).map((b) => distance(positions[a]!, positions[b]!)),
    );
    expect(mean(linked)).toBeLessThan(0.7 * mean(all));
  });

  it('lays the same chart out the same way every time (seeded start)', () => {
    expect(forceAtlasPositions(generated(400)).positions).toEqual(positions);
    // Another chart (other links) comes out differently.
    expect(forceAtlasPositions(generated(400, 5)).positions).not.toEqual(positions);
  });

  it('keeps a pinned entity where the analyst left it, with its neighbours around it', () => {
    const pin = { x: 5000, y: -4000 };
    const pinned: LayoutRequest = {
      ...request,
      nodes: request.nodes.map((n) => (n.id === 'n7' ? { ...n, pinned: true, position: pin } : n)),
    };
    const out = forceAtlasPositions(pinned).positions;
    expect(out.n7).toEqual(pin);
    const neighbours = request.edges
      .filter((e) => e.source === 'n7' || e.target === 'n7')
      .map((e) => out[e.source === 'n7' ? e.target : e.source]!);
    const centre = {
      x: mean(Object.values(out).map((p) => p.x)),
      y: mean(Object.values(out).map((p) => p.y)),
    };
    for (const p of neighbours) expect(distance(p, pin)).toBeLessThan(distance(centre, pin));
  });

  it('keeps the members of a group box together', () => {
    const members = ['n10', 'n200', 'n390'];
    const grouped: LayoutRequest = {
      ...request,
      nodes: request.nodes.map((n) => (members.includes(n.id) ? { ...n, parent: 'gbox:g1' } : n)),
    };
    const out = forceAtlasPositions(grouped).positions;
    expect(out['gbox:g1']).toBeUndefined();
    const spread = (p: Positions) => distance(p.n10!, p.n200!) + distance(p.n200!, p.n390!);
    expect(spread(out)).toBeLessThan(spread(positions) / 2);
  });

  it('an incremental run starts from the chart as drawn and keeps the view', () => {
    // The same chart drawn once as laid out and once mirrored: the mirror image stays mirrored.
    const startAt = (sign: number): LayoutRequest => ({
      ...request,
      incremental: true,
      nodes: request.nodes.map((n) => ({
        ...n,
        position: { x: sign * positions[n.id]!.x, y: positions[n.id]!.y },
      })),
    });
    const forward = forceAtlasPositions(startAt(1));
    const mirrored = forceAtlasPositions(startAt(-1));
    expect(forward.fit).toBe(false);
    const far = [...request.nodes].sort((a, b) => positions[a.id]!.x - positions[b.id]!.x);
    const [left, right] = [far[0]!.id, far.at(-1)!.id];
    expect(forward.positions[left]!.x).toBeLessThan(forward.positions[right]!.x);
    expect(mirrored.positions[left]!.x).toBeGreaterThan(mirrored.positions[right]!.x);
  });

  it('stops at its time cap and reports progress up to the end', () => {
    // A clock that moves a minute each time it is read: the cap is past before the first step,
    // and the seeded start comes back, scaled to the chart, as the result.
    let t = 0;
    const progress: number[] = [];
    const capped = forceAtlasPositions(request, {
      now: () => (t += 60_000),
      onProgress: (f) => progress.push(f),
    });
    expect(progress.length).toBeLessThan(3);
    expect(progress.at(-1)).toBe(1);
    for (const p of Object.values(capped.positions))
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const full: number[] = [];
    forceAtlasPositions(request, { onProgress: (f) => full.push(f) });
    expect(full.length).toBeGreaterThan(10);
    expect(full).toEqual([...full].sort((a, b) => a - b));
  });
});

describe('which force layout a chart gets', () => {
  it('ForceAtlas2 (with progress) above FORCE_ATLAS_FROM entities, fCoSE below', () => {
    const progress: number[] = [];
    computePositions(generated(60), (f) => progress.push(f));
    expect(progress).toEqual([]);
    const big = computePositions(generated(FORCE_ATLAS_FROM + 1), (f) => progress.push(f));
    expect(progress.at(-1)).toBe(1);
    expect(Object.keys(big.positions)).toHaveLength(FORCE_ATLAS_FROM + 1);
  }, 120_000);
});
