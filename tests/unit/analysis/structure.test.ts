import { describe, expect, it } from 'vitest';
import { networkOf } from '../../../db/analysis/network';
import { EXACT_LIMIT, networkStructure, PIVOTS, structureOf } from '../../../db/analysis/structure';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace } from '../../../db/store/open-workspace';
import { twoTrianglesAndAPair } from './small-graphs';

const CASES = new Map([
  [1, 'CASE-1'],
  [2, 'CASE-2'],
]);

describe('structure of a small graph with known answers', () => {
  const s = structureOf(networkOf(twoTrianglesAndAPair()), CASES);
  const byId = new Map(s.entities.map((e) => [e.id, e]));

  it('finds the two separate networks, largest first, with their cases', () => {
    expect(s.networks.map((n) => [n.entityIds.sort(), n.caseNumbers])).toEqual([
      [[1, 2, 3, 4, 5, 6], ['CASE-1']],
      [[7, 8], ['CASE-2']],
    ]);
    expect(byId.get(7)!.component).toBe(1);
  });

  it('finds the bridges and the articulation points', () => {
    const bridges = s.bridges.map((b) => [b.from.id, b.to.id].sort().join('-')).sort();
    expect(bridges).toEqual(['3-4', '7-8']);
    expect(s.entities.filter((e) => e.articulation).map((e) => e.id)).toEqual([3, 4]);
  });

  it('ranks the two ends of the bridge first by betweenness and gives degrees', () => {
    const ranked = [...s.entities].sort((a, b) => b.betweenness - a.betweenness);
    expect(
      ranked
        .slice(0, 2)
        .map((e) => e.id)
        .sort(),
    ).toEqual([3, 4]);
    expect(byId.get(1)!.betweenness).toBe(0);
    expect([1, 3, 7].map((id) => byId.get(id)!.degree)).toEqual([2, 3, 1]);
    expect(byId.get(3)!.closeness).toBeGreaterThan(byId.get(1)!.closeness);
    expect(byId.get(3)!.pagerank).toBeGreaterThan(byId.get(1)!.pagerank);
  });

  it('puts each triangle in a community of its own', () => {
    const community = (id: number) => byId.get(id)!.community;
    expect(new Set([1, 2, 3].map(community)).size).toBe(1);
    expect(new Set([4, 5, 6].map(community)).size).toBe(1);
    expect(community(1)).not.toBe(community(4));
    expect(community(7)).not.toBe(community(1));
  });
});

describe('structure of an empty network', () => {
  it('answers with nothing in it (a new case holds no entity yet) instead of failing', () => {
    const s = structureOf(networkOf({ nodes: [], links: [] }), CASES);
    expect(s).toMatchObject({ entities: [], networks: [], bridges: [], caseCount: 0, communityCount: 0 });
  });
});

describe('structure of a large network', () => {
  it('estimates betweenness and closeness above the limit, says so, and still finds the rest', () => {
    const n = EXACT_LIMIT + 1;
    const ids = Array.from({ length: n }, (_, i) => i + 1);
    const data = twoTrianglesAndAPair();
    const chain = {
      nodes: ids.map((id) => ({ ...data.nodes[0]!, id, label: `E${id}` })),
      links: ids
        .slice(1)
        .map((id) => ({ ...data.links[0]!, id: `${id - 1}>associate_of>${id}`, from: id - 1, to: id })),
    };
    const steps: number[] = [];
    const s = structureOf(networkOf(chain), CASES, (p) => steps.push(p.done / p.total));
    expect(s.estimated).toEqual(['betweenness', 'closeness']);
    expect(s.pivots).toBe(PIVOTS);
    // A chain: its middle carries the most shortest paths, its ends none.
    const byId = new Map(s.entities.map((e) => [e.id, e]));
    const middle = byId.get(Math.ceil(n / 2))!;
    expect(middle.betweenness).toBeGreaterThan(byId.get(10)!.betweenness);
    expect(byId.get(1)!.betweenness).toBe(0);
    expect(middle.closeness).toBeGreaterThan(byId.get(1)!.closeness);
    // Every inner entity splits it, every link is a bridge.
    expect(s.entities.filter((e) => e.articulation)).toHaveLength(n - 2);
    expect(s.bridges).toHaveLength(n - 1);
    // Progress climbs step by step (one per pivot search) to the end.
    expect(steps.length).toBeGreaterThan(PIVOTS);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(1);
    const small = structureOf(networkOf(twoTrianglesAndAPair()), CASES);
    expect([small.estimated, small.pivots]).toEqual([[], 0]);
  });
});

describe('structure of the training scenario', () => {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  const s = networkStructure(db);

  it('joins twelve cases in one network and keeps the two unrelated cases apart', () => {
    expect(s.caseCount).toBe(14);
    expect(s.networks[0]!.caseNumbers).toHaveLength(12);
    const apart = s.networks
      .slice(1)
      .filter((n) => !n.caseNumbers.some((c) => s.networks[0]!.caseNumbers.includes(c)));
    const apartCases = new Set(apart.flatMap((n) => n.caseNumbers));
    expect([...apartCases].sort()).toEqual(['EPPD-2019-1123', 'MPD-2022-0417']);
    expect(s.networks[0]!.caseNumbers).not.toContain('EPPD-2019-1123');
    expect(s.networks[0]!.caseNumbers).not.toContain('MPD-2022-0417');
  });

  it('ranks the brokers who bridge the crews first among people by betweenness', () => {
    const people = s.entities.filter((e) => e.type === 'person');
    const top = [...people].sort((a, b) => b.betweenness - a.betweenness).slice(0, 4);
    const brokers = new Set(
      (
        db
          .prepare(
            `SELECT DISTINCT m.entity_id AS id FROM records r JOIN entity_members m ON m.record_id = r.id
             WHERE r.type = 'person' AND json_extract(r.fields, '$.role') = 'broker'`,
          )
          .all() as { id: number }[]
      ).map((b) => b.id),
    );
    expect(top.every((e) => brokers.has(e.id))).toBe(true);
    const labels = top.map((e) => e.label).join(' | ');
    // The three brokers (Mendoza under two spellings until the analyst merges them).
    expect(labels).toMatch(/Quintero/);
    expect(labels).toMatch(/Hernández/);
    expect(labels).toMatch(/Mendoza/);
  });
});
