import { describe, expect, it } from 'vitest';
import { chainPositions, chainRank, rowsPerColumn } from '../../../renderer/src/chart/chain-layout';
import { LARGE_GRAPH, LAYOUTS, layoutById } from '../../../renderer/src/chart/layouts';
import { CHAIN } from './fixtures';

const layoutGraph = {
  nodes: CHAIN.nodes.map((n) => ({ id: `n${n.id}`, type: n.type, role: n.role ?? '' })),
  edges: CHAIN.links.map((l) => ({ source: `n${l.from}`, target: `n${l.to}` })),
};

describe('layout descriptors', () => {
  it('offer a force and a supply-chain layout, each with a unique id and a label', () => {
    const ids = LAYOUTS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['force', 'chain']));
    for (const l of LAYOUTS) expect(l.label.length).toBeGreaterThan(2);
    expect(layoutById('nonsense').id).toBe(LAYOUTS[0]!.id);
  });

  it('use fCoSE, with the cheap draft quality above the large-graph threshold', () => {
    const force = layoutById('force');
    const small = force.options({
      nodeCount: 50,
      incremental: false,
      graph: layoutGraph,
    }) as unknown as Record<string, unknown>;
    const large = force.options({
      nodeCount: LARGE_GRAPH + 1,
      incremental: false,
      graph: layoutGraph,
    }) as unknown as Record<string, unknown>;
    expect(small.name).toBe('fcose');
    expect(small.quality).toBe('default');
    expect(large.quality).toBe('draft');
    expect(large.animate).toBe(false);
  });

  it('keep the other nodes in place when the layout is incremental', () => {
    const opts = layoutById('force').options({
      nodeCount: 9,
      incremental: true,
      graph: layoutGraph,
    }) as unknown as Record<string, unknown>;
    expect(opts.randomize).toBe(false);
    expect(opts.fit).toBe(false);
  });
});

describe('supply-chain layout', () => {
  it('ranks people by their role along the chain', () => {
    expect(chainRank('person', 'straw purchaser')).toBeLessThan(chainRank('person', 'broker'));
    expect(chainRank('person', 'Broker')).toBeLessThan(chainRank('person', 'courier'));
    expect(chainRank('dealer', '')).toBeLessThan(chainRank('purchase', ''));
  });

  it('reads left to right: dealer → purchase → purchaser → broker → courier → crossing → recovery', () => {
    const pos = chainPositions(layoutGraph);
    const x = (id: number) => pos[`n${id}`]!.x;
    const order = [1, 2, 4, 5, 6, 7, 8]; // dealer, purchase, purchaser, broker, courier, crossing, recovery
    for (let i = 1; i < order.length; i++) expect(x(order[i]!)).toBeGreaterThan(x(order[i - 1]!));
  });

  it('places every entity, isolated ones included', () => {
    const graph = {
      nodes: [...layoutGraph.nodes, { id: 'n99', type: 'recovery' as const, role: '' }],
      edges: layoutGraph.edges,
    };
    const pos = chainPositions(graph);
    expect(Object.keys(pos)).toHaveLength(graph.nodes.length);
    expect(pos.n99!.x).toBeGreaterThan(pos.n1!.x);
  });

  it('wraps a tall column into side-by-side sub-columns so the chart keeps a readable shape', () => {
    const firearms = Array.from({ length: 90 }, (_, i) => ({
      id: `f${i}`,
      type: 'firearm' as const,
      role: '',
    }));
    const graph = {
      nodes: [
        { id: 'd', type: 'dealer' as const, role: '' },
        ...firearms,
        { id: 'r', type: 'recovery' as const, role: '' },
      ],
      edges: firearms.map((f) => ({ source: 'd', target: f.id })),
    };
    const pos = chainPositions(graph);
    const firearmXs = new Set(firearms.map((f) => pos[f.id]!.x));
    expect(firearmXs.size).toBeGreaterThan(1);
    for (const x of firearmXs) expect(x).toBeGreaterThan(pos.d!.x);
    for (const x of firearmXs) expect(x).toBeLessThan(pos.r!.x);
    const ys = Object.values(pos).map((p) => p.y);
    const xs = Object.values(pos).map((p) => p.x);
    const aspect = (Math.max(...ys) - Math.min(...ys)) / (Math.max(...xs) - Math.min(...xs));
    expect(aspect).toBeLessThan(2);
  });

  it('chooses rows per column from the wanted aspect', () => {
    expect(rowsPerColumn([3, 3, 3], 170, 62, 0.6)).toBe(3);
    const rows = rowsPerColumn([100], 170, 62, 1);
    expect(rows).toBeLessThan(100);
    expect(rows).toBeGreaterThan(6);
  });
});
