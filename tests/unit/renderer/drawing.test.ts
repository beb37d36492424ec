import { beforeEach, describe, expect, it } from 'vitest';
import {
  HIDE_LINKS_WHILE_MOVING_FROM,
  levelOfDetail,
  nextSliceSize,
  PLAIN_DRAWING_FROM,
  PLAIN_LABEL_CHARS,
  plainLabel,
  SLICE_BUDGET_MS,
  SLICE_LIMITS,
  TEXTURE_WHILE_MOVING_FROM,
} from '../../../renderer/src/chart/drawing/lod';
import { gridPositions, placeNew, PLACEMENT_SPACING } from '../../../renderer/src/chart/drawing/place-new';
import {
  clearPositions,
  getPositions,
  POSITION_CACHE_SCOPES,
  putPositions,
  scopeKey,
} from '../../../renderer/src/chart/drawing/position-cache';
import {
  chooseRenderer,
  isSoftwareRenderer,
  WEBGL_FROM,
} from '../../../renderer/src/chart/drawing/renderer-choice';
import { fitViewport } from '../../../renderer/src/chart/drawing/viewport';
import { forceSettings, HUGE_GRAPH, LARGE_GRAPH } from '../../../renderer/src/chart/layouts';

const GPU = { available: true, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)' };
const SWIFTSHADER = {
  available: true,
  renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
};
const LLVMPIPE = { available: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' };
const NONE = { available: false, renderer: null };

describe('renderer choice', () => {
  it('recognises software WebGL (SwiftShader, llvmpipe) and not real graphics processors', () => {
    expect(isSoftwareRenderer(SWIFTSHADER.renderer)).toBe(true);
    expect(isSoftwareRenderer(LLVMPIPE.renderer)).toBe(true);
    expect(isSoftwareRenderer('Microsoft Basic Render Driver')).toBe(true);
    expect(isSoftwareRenderer(GPU.renderer)).toBe(false);
    expect(isSoftwareRenderer('Mesa Intel(R) UHD Graphics 620 (KBL GT2)')).toBe(false);
    expect(isSoftwareRenderer(null)).toBe(false);
  });

  it('picks WebGL for a large chart on a graphics processor, canvas for a small one', () => {
    expect(chooseRenderer(WEBGL_FROM, GPU)).toMatchObject({ name: 'webgl', software: false });
    const small = chooseRenderer(WEBGL_FROM - 1, GPU);
    expect(small.name).toBe('canvas');
    expect(small.reason).toContain('draw fast enough');
  });

  it('never picks software WebGL, nor WebGL where there is none, and says why', () => {
    const soft = chooseRenderer(5000, SWIFTSHADER);
    expect(soft).toMatchObject({ name: 'canvas', software: true });
    expect(soft.reason).toContain('software');
    expect(chooseRenderer(5000, LLVMPIPE).name).toBe('canvas');
    const none = chooseRenderer(5000, NONE);
    expect(none.name).toBe('canvas');
    expect(none.reason).toContain('no WebGL');
  });

  it('follows the analyst’s override, warning when WebGL runs in software', () => {
    expect(chooseRenderer(5000, GPU, 'canvas').name).toBe('canvas');
    expect(chooseRenderer(10, GPU, 'webgl').name).toBe('webgl');
    const forced = chooseRenderer(10, SWIFTSHADER, 'webgl');
    expect(forced.name).toBe('webgl');
    expect(forced.reason).toContain('may be slow');
    // Without WebGL the override cannot apply.
    expect(chooseRenderer(10, NONE, 'webgl').name).toBe('canvas');
  });
});

describe('level of detail by chart size', () => {
  it('draws small charts in full and simplifies big ones step by step', () => {
    expect(levelOfDetail(100)).toEqual({
      plain: false,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      hoverHighlight: true,
      minLabelPx: 6,
      pixelRatio: null,
    });
    expect(levelOfDetail(PLAIN_DRAWING_FROM + 1).pixelRatio).toBe(1);
    expect(levelOfDetail(PLAIN_DRAWING_FROM + 1).plain).toBe(true);
    expect(levelOfDetail(PLAIN_DRAWING_FROM + 1).minLabelPx).toBeGreaterThan(levelOfDetail(100).minLabelPx);
    expect(levelOfDetail(TEXTURE_WHILE_MOVING_FROM).textureOnViewport).toBe(true);
    expect(levelOfDetail(HIDE_LINKS_WHILE_MOVING_FROM - 1).hideEdgesOnViewport).toBe(false);
    expect(levelOfDetail(HIDE_LINKS_WHILE_MOVING_FROM).hideEdgesOnViewport).toBe(true);
    expect(levelOfDetail(TEXTURE_WHILE_MOVING_FROM - 1).hoverHighlight).toBe(true);
    expect(levelOfDetail(TEXTURE_WHILE_MOVING_FROM).hoverHighlight).toBe(false);
  });

  it('sizes the next drawing slice towards the frame budget, at most doubling or halving, within limits', () => {
    expect(nextSliceSize(1200, SLICE_BUDGET_MS)).toBe(1200);
    expect(nextSliceSize(1200, SLICE_BUDGET_MS / 10)).toBe(2400);
    expect(nextSliceSize(1200, SLICE_BUDGET_MS * 10)).toBe(600);
    expect(nextSliceSize(1200, SLICE_BUDGET_MS * 1.5)).toBe(800);
    expect(nextSliceSize(SLICE_LIMITS.min, SLICE_BUDGET_MS * 10)).toBe(SLICE_LIMITS.min);
    expect(nextSliceSize(SLICE_LIMITS.max, 0)).toBe(SLICE_LIMITS.max);
  });

  it('cuts long labels of plain entities, keeps short ones whole', () => {
    expect(plainLabel('Ramón Quintero')).toBe('Ramón Quintero');
    const long = plainLabel('Francisco Javier Mendoza Ibarra (El Paso)');
    expect(long.length).toBe(PLAIN_LABEL_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('force layout settings by size', () => {
  it('uses full quality on small charts and the draft pass on large ones, fewer iterations on huge ones', () => {
    expect(forceSettings(200, false)).toMatchObject({ quality: 'default', randomize: true, fit: true });
    expect(forceSettings(LARGE_GRAPH + 1, false).quality).toBe('draft');
    expect(forceSettings(HUGE_GRAPH + 1, false).numIter).toBeLessThan(
      forceSettings(LARGE_GRAPH + 1, false).numIter,
    );
    expect(forceSettings(LARGE_GRAPH + 1, false).animate).toBe(false);
  });

  it('starts an incremental run from the current positions (fCoSE needs proof quality for that)', () => {
    expect(forceSettings(5000, true)).toMatchObject({ quality: 'proof', randomize: false, fit: false });
  });
});

describe('position cache', () => {
  beforeEach(() => clearPositions());

  it('keys a scope by layout and entity set, whatever the order', () => {
    expect(scopeKey('force', ['n1', 'n2', 'n3'])).toBe(scopeKey('force', ['n3', 'n1', 'n2']));
    expect(scopeKey('force', ['n1', 'n2'])).not.toBe(scopeKey('force', ['n1', 'n3']));
    expect(scopeKey('force', ['n1', 'n2'])).not.toBe(scopeKey('chain', ['n1', 'n2']));
  });

  it('gives back the positions put, only when every wanted entity has one', () => {
    const key = scopeKey('force', ['n1', 'n2']);
    putPositions(key, { n1: { x: 1, y: 2 }, n2: { x: 3, y: 4 } });
    expect(getPositions(key, ['n1', 'n2'])).toEqual({ n1: { x: 1, y: 2 }, n2: { x: 3, y: 4 } });
    expect(getPositions(key, ['n1', 'n9'])).toBeNull();
    expect(getPositions(scopeKey('force', ['n5']))).toBeNull();
  });

  it('keeps its own copy: moving the points given or taken does not change what is cached', () => {
    const key = scopeKey('force', ['n1']);
    const given = { n1: { x: 1, y: 2 } };
    putPositions(key, given);
    given.n1.x = 99;
    getPositions(key)!.n1!.y = 99;
    expect(getPositions(key)).toEqual({ n1: { x: 1, y: 2 } });
  });

  it('forgets the least recently used scope first', () => {
    const keys = Array.from({ length: POSITION_CACHE_SCOPES }, (_, i) => scopeKey('force', [`n${i}`]));
    keys.forEach((k, i) => putPositions(k, { [`n${i}`]: { x: i, y: 0 } }));
    expect(getPositions(keys[0]!)).not.toBeNull(); // used again: now the most recent
    putPositions(scopeKey('force', ['extra']), { extra: { x: 0, y: 0 } });
    expect(getPositions(keys[0]!)).not.toBeNull();
    expect(getPositions(keys[1]!)).toBeNull();
  });
});

describe('placing new entities', () => {
  const placed = { a: { x: 0, y: 0 }, b: { x: 500, y: 0 }, c: { x: 0, y: 500 } };

  it('puts each new entity next to what it links to, on a free spot, and moves nothing else', () => {
    const out = placeNew({
      fresh: ['x', 'y', 'z'],
      links: [
        { source: 'x', target: 'b' },
        { source: 'b', target: 'y' },
        { source: 'z', target: 'x' },
      ],
      placed,
      anchor: null,
    });
    expect(Object.keys(out).sort()).toEqual(['x', 'y', 'z']);
    const d = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    expect(d(out.x!, placed.b)).toBeLessThanOrEqual(2 * PLACEMENT_SPACING);
    expect(d(out.y!, placed.b)).toBeLessThanOrEqual(2 * PLACEMENT_SPACING);
    // z links only to x, itself new: placed next to x.
    expect(d(out.z!, out.x!)).toBeLessThanOrEqual(3 * PLACEMENT_SPACING);
    const all = [...Object.values(placed), ...Object.values(out)];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(d(all[i]!, all[j]!)).toBeGreaterThanOrEqual(PLACEMENT_SPACING - 1e-6);
  });

  it('puts unlinked new entities around the anchor', () => {
    const out = placeNew({ fresh: ['q'], links: [], placed, anchor: { x: 0, y: 500 } });
    expect(Math.hypot(out.q!.x - 0, out.q!.y - 500)).toBeLessThanOrEqual(2 * PLACEMENT_SPACING);
  });

  it('lays a stopped layout out on a square grid', () => {
    const grid = gridPositions(['a', 'b', 'c', 'd', 'e']);
    expect(new Set(Object.values(grid).map((p) => `${p.x},${p.y}`)).size).toBe(5);
    expect(Math.max(...Object.values(grid).map((p) => p.x))).toBe(2 * PLACEMENT_SPACING);
  });
});

describe('fitting the view from positions', () => {
  it('shows every position inside the view, centred', () => {
    const points = [
      { x: -1000, y: 0 },
      { x: 1000, y: 400 },
    ];
    const view = { width: 1000, height: 800 };
    const vp = fitViewport(points, view, { padding: 40, nodeSize: 60, minZoom: 0.05, maxZoom: 4 })!;
    for (const p of points) {
      const sx = p.x * vp.zoom + vp.pan.x;
      const sy = p.y * vp.zoom + vp.pan.y;
      expect(sx).toBeGreaterThanOrEqual(40);
      expect(sx).toBeLessThanOrEqual(960);
      expect(sy).toBeGreaterThanOrEqual(40);
      expect(sy).toBeLessThanOrEqual(760);
    }
    expect(fitViewport([], view, { padding: 40, nodeSize: 60, minZoom: 0.05, maxZoom: 4 })).toBeNull();
  });
});
