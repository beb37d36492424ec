import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { splitRecord } from '../../../db/linking/merge';
import { caseMap } from '../../../db/queries/casemap';
import { listConnections } from '../../../db/queries/connections';
import { graphOfConnection } from '../../../db/queries/graph';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace } from '../../../db/store/open-workspace';
import { CASEMAP_BUDGET } from '../../../shared/contract/casemap-model';

function scenario() {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  return db;
}

const APART = ['MPD-2022-0417', 'EPPD-2019-1123'];

describe('the case map', () => {
  it('shows the training scenario as one supernetwork of twelve cases and two cases apart', () => {
    const map = caseMap(scenario(), 400);
    expect(map.cases).toHaveLength(14);
    expect(map.summary).toMatchObject({ cases: 14, networks: 3, largestNetwork: 12, apart: 2 });
    const apart = map.cases.filter((c) => APART.includes(c.number));
    expect(apart.map((c) => c.sharedWeight)).toEqual([0, 0]);
    expect(new Set(apart.map((c) => c.network)).size).toBe(2);
    expect(apart.some((c) => c.network === 0)).toBe(false);
    const linked = new Set(map.links.flatMap((l) => [l.caseA, l.caseB]));
    expect(apart.some((c) => linked.has(c.id))).toBe(false);
  });

  it('weighs each case pair by the entities the connections list shows as its evidence', () => {
    const db = scenario();
    const map = caseMap(db, 400);
    const expected = listConnections(db).map((c) => ({
      caseA: c.caseA.id,
      caseB: c.caseB.id,
      shared: c.evidence.length,
    }));
    const actual = map.links.map(({ caseA, caseB, shared }) => ({ caseA, caseB, shared }));
    const order = (a: { caseA: number; caseB: number }, b: { caseA: number; caseB: number }) =>
      a.caseA - b.caseA || a.caseB - b.caseB;
    expect(actual.sort(order)).toEqual(expected.sort(order));
    expect(map.summary.links).toBe(expected.length);
  });

  it('keeps the most connected cases past its budget, with only the links among them', () => {
    const map = caseMap(scenario(), 5);
    expect(map.cases).toHaveLength(5);
    expect(map.omitted.cases).toBe(9);
    const kept = new Set(map.cases.map((c) => c.id));
    expect(map.links.every((l) => kept.has(l.caseA) && kept.has(l.caseB))).toBe(true);
    const weights = map.cases.map((c) => c.sharedWeight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(map.summary.cases).toBe(14);
  });

  it('answers again after a change, not from the kept answer', () => {
    const db = scenario();
    const before = caseMap(db, 400);
    const strongest = [...before.links].sort((a, b) => b.shared - a.shared)[0]!;
    const [entity] = listConnections(db, [strongest.caseA]).find(
      (c) => c.caseB.id === strongest.caseB || c.caseA.id === strongest.caseB,
    )!.evidence;
    const recordInB = db
      .prepare(
        'SELECT m.record_id AS id FROM entity_members m JOIN records r ON r.id = m.record_id WHERE m.entity_id = ? AND r.case_id = ?',
      )
      .all(entity!.entityId, strongest.caseB) as { id: number }[];
    for (const r of recordInB) splitRecord(db, r.id);
    const after = caseMap(db, 400).links.find(
      (l) => l.caseA === strongest.caseA && l.caseB === strongest.caseB,
    );
    expect(after?.shared ?? 0).toBe(strongest.shared - 1);
  });

  it('opens one connection as the shared entities and their neighbours in the two cases', () => {
    const db = scenario();
    const strongest = [...caseMap(db, 400).links].sort((a, b) => b.shared - a.shared)[0]!;
    const graph = graphOfConnection(db, strongest.caseA, strongest.caseB, 1500);
    const both = graph.nodes.filter(
      (n) => n.caseIds.includes(strongest.caseA) && n.caseIds.includes(strongest.caseB),
    );
    expect(both).toHaveLength(strongest.shared);
    const sharedIds = new Set(both.map((n) => n.id));
    for (const node of graph.nodes.filter((n) => !sharedIds.has(n.id))) {
      expect(
        graph.links.some(
          (l) => (l.from === node.id || l.to === node.id) && (sharedIds.has(l.from) || sharedIds.has(l.to)),
        ),
      ).toBe(true);
    }
    expect(graph.omitted.entities).toBe(0);
  });

  it('answers a connection of a case that is not there with NOT_FOUND', async () => {
    const db = scenario();
    const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => {} });
    const res = await dispatch('casemap.connection', { caseA: 1, caseB: 99_999 });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!res.ok) expect(res.error.message).toContain('99999');
    const ok = await dispatch('casemap.get', {});
    expect(ok).toMatchObject({ ok: true, value: { budget: CASEMAP_BUDGET } });
  });
});
