// Applying a layout's result to a big chart a slice per frame
// (renderer/src/chart/drawing/move-in-slices.ts), on a headless Cytoscape: every entity ends
// where the layout put it, with progress per slice; pinned entities stay; a cancel between
// slices puts the entities moved so far back, so no half-applied layout is left.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { moveInSlices, moveMessage } from '../../../renderer/src/chart/drawing/move-in-slices';
import { FIRST_SLICE } from '../../../renderer/src/chart/drawing/lod';
import type { Positions } from '../../../renderer/src/chart/layout-compute';

function chart(n: number) {
  const cy = cytoscape({ headless: true });
  // Added after creation: elements given to a headless constructor lose their positions.
  cy.add(Array.from({ length: n }, (_, i) => ({ data: { id: `n${i}` }, position: { x: i, y: 0 } })));
  return cy;
}

const target = (n: number): Positions =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, { x: i, y: 100 + i }]));
const quickFrames = { nextFrame: async () => undefined, now: () => 0 };

describe('moving a big chart to a layout in slices', () => {
  it('moves every entity, a slice per frame, reporting progress', async () => {
    const cy = chart(3000);
    const seen: string[] = [];
    const prepared: string[] = [];
    const result = await moveInSlices(cy, target(3000), {
      current: () => true,
      onProgress: (moved, total) => seen.push(moveMessage(moved, total)),
      afterSlice: (moved) => prepared.push(...moved.map((n) => n.id())),
      ...quickFrames,
    });
    // Each slice, once its frame is drawn, is handed over to be prepared for drawing (measured).
    expect(prepared).toHaveLength(3000);
    expect(new Set(prepared).size).toBe(3000);
    expect(result.complete).toBe(true);
    expect(result.slices).toBeGreaterThan(1);
    expect(seen[0]).toBe(`Placing entities: ${FIRST_SLICE.toLocaleString('en-US')} of 3,000…`);
    expect(seen.at(-1)).toBe('Placing entities: 3,000 of 3,000…');
    expect(cy.getElementById('n2999').position()).toEqual({ x: 2999, y: 3099 });
  });

  it('leaves pinned entities and those already in place alone', async () => {
    const cy = chart(2000);
    cy.getElementById('n5').lock();
    const positions = { ...target(2000), n7: { x: 7, y: 0 } };
    let total = 0;
    await moveInSlices(cy, positions, {
      current: () => true,
      onProgress: (_, t) => (total = t),
      ...quickFrames,
    });
    expect(cy.getElementById('n5').position()).toEqual({ x: 5, y: 0 });
    expect(total).toBe(1998);
  });

  it('stopped between slices, puts the entities moved so far back', async () => {
    const cy = chart(3000);
    let slices = 0;
    const result = await moveInSlices(cy, target(3000), {
      current: () => slices < 1,
      onProgress: () => slices++,
      ...quickFrames,
    });
    expect(result).toEqual({ complete: false, slices: 1 });
    expect(cy.nodes().filter((n) => n.position('y') !== 0).length).toBe(0);
  });
});
