import { describe, expect, it } from 'vitest';
import {
  edgeKey,
  mergeGraphs,
  MAX_RING_SLICES,
  nodeKey,
  ringOf,
  toElements,
} from '../../../renderer/src/chart/elements';
import { caseColours, CASE_PALETTE, ENTITY_STYLE } from '../../../renderer/src/chart/style-tables';
import { CHAIN, link, node } from './fixtures';

const colours = caseColours([10, 11]);

describe('toElements', () => {
  it('makes one node per entity and one edge per drawn link, keyed by their ids', () => {
    const els = toElements(CHAIN, { caseColours: colours });
    const nodes = els.filter((e) => e.group === 'nodes');
    const edges = els.filter((e) => e.group === 'edges');
    expect(nodes.map((n) => n.data.id)).toEqual(CHAIN.nodes.map((n) => nodeKey(n.id)));
    expect(edges.map((e) => e.data.id)).toEqual(CHAIN.links.map((l) => edgeKey(l.id)));
    const sold = edges.find((e) => e.data.linkId === '2>sold_at>1')!;
    expect(sold.data.source).toBe(nodeKey(2));
    expect(sold.data.target).toBe(nodeKey(1));
  });

  it('colours and icons nodes by entity type and marks cross-case entities', () => {
    const els = toElements(CHAIN, { caseColours: colours });
    const phone = els.find((e) => e.data.entityId === 9)!;
    expect(phone.data.colour).toBe(ENTITY_STYLE.phone.colour);
    expect(String(phone.data.icon)).toMatch(/^data:image\/(svg\+xml|png)/);
    expect(phone.classes).toContain('cross-case');
    expect(phone.classes).toContain('type-phone');
    expect(String(phone.data.badge)).toMatch(/^data:image\/svg\+xml/);
    const dealer = els.find((e) => e.data.entityId === 1)!;
    expect(dealer.classes).not.toContain('cross-case');
    expect(dealer.data.badge).toBe('');
  });

  it('gives each case its own ring slice in the case colour', () => {
    const phone = toElements(CHAIN, { caseColours: colours }).find((e) => e.data.entityId === 9)!;
    expect(phone.data.ring).toEqual([
      { colour: colours.get(10), size: 50 },
      { colour: colours.get(11), size: 50 },
    ]);
    expect(colours.get(10)).not.toBe(colours.get(11));
  });

  it('labels a link backed by several source links with the count', () => {
    const edge = toElements(CHAIN, { caseColours: colours }).find((e) => e.data.linkId === '5>uses_phone>9')!;
    expect(edge.data.label).toBe('uses phone ×3');
    expect(edge.classes).toContain('cross-case-link');
    expect(edge.classes).toContain('family-contact');
  });

  it('drops links whose entities are not in the graph', () => {
    const graph = { nodes: [node(1, 'dealer', 'A', [1])], links: [link(1, 'sold', 99, [1])] };
    expect(toElements(graph, { caseColours: colours }).filter((e) => e.group === 'edges')).toHaveLength(0);
  });

  it('draws pending match candidates as dashed "possible" links', () => {
    const els = toElements(CHAIN, {
      caseColours: colours,
      possibleLinks: [
        { kind: 'possible', id: '7', from: 4, to: 6 },
        { kind: 'possible', id: '8', from: 4, to: 404 },
      ],
    });
    const possible = els.filter((e) => e.classes === 'possible');
    expect(possible).toHaveLength(1);
    expect(possible[0]!.data).toMatchObject({
      source: nodeKey(4),
      target: nodeKey(6),
      label: 'possible same',
    });
  });
});

describe('ringOf', () => {
  it('caps the ring at the number of slices Cytoscape draws and greys the overflow', () => {
    const many = Array.from({ length: 20 }, (_, i) => i + 1);
    const ring = ringOf(many, caseColours(many));
    expect(ring).toHaveLength(MAX_RING_SLICES);
    expect(ring.reduce((s, r) => s + r.size, 0)).toBeCloseTo(100);
    expect(ring[MAX_RING_SLICES - 1]!.colour).not.toBe(caseColours(many).get(MAX_RING_SLICES));
  });
});

describe('caseColours', () => {
  it('is stable by case id whatever order the cases come in, and cycles the palette', () => {
    const ids = Array.from({ length: CASE_PALETTE.length + 2 }, (_, i) => 100 - i);
    const a = caseColours(ids);
    const b = caseColours([...ids].reverse());
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    const sorted = [...ids].sort((x, y) => x - y);
    expect(a.get(sorted[CASE_PALETTE.length]!)).toBe(a.get(sorted[0]!));
  });
});

describe('mergeGraphs', () => {
  it('unions nodes and links and keeps the copy of a node that spans more cases', () => {
    const extra = {
      nodes: [node(1, 'dealer', 'Northwoods Sporting Goods', [10, 12]), node(20, 'person', 'New', [12])],
      links: [link(20, 'purchased', 2, [12]), CHAIN.links[0]!],
    };
    const merged = mergeGraphs(CHAIN, extra);
    expect(merged.nodes).toHaveLength(CHAIN.nodes.length + 1);
    expect(merged.links).toHaveLength(CHAIN.links.length + 1);
    expect(merged.nodes.find((n) => n.id === 1)!.caseIds).toEqual([10, 12]);
  });
});

describe('light drawing for big charts', () => {
  it('marks nodes and links light instead of detailed, keeping the cross-case mark', () => {
    const els = toElements(CHAIN, { caseColours: colours, light: true });
    const phone = els.find((e) => e.data.entityId === 9)!;
    expect(phone.classes).toContain('light');
    expect(phone.classes).not.toContain('detailed');
    expect(phone.classes).toContain('cross-case');
    for (const e of els.filter((x) => x.group === 'edges')) expect(e.classes).toContain('light');
    const normal = toElements(CHAIN, { caseColours: colours }).find((e) => e.data.entityId === 9)!;
    expect(normal.classes).toContain('detailed');
  });
});
