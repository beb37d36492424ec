import { describe, expect, it } from 'vitest';
import { chainPositions, chainRank } from '../../../renderer/src/chart/chain-layout';
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
});
