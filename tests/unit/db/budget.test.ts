// Chart budgets on a generated workspace: graph.get and graph.neighbours keep the most
// connected entities and say exactly what they left out; connections come in pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { listConnections, pageConnections } from '../../../db/queries/connections';
import { graphOfCases, neighboursOf } from '../../../db/queries/graph';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { createScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { GRAPH_BUDGET, MAX_BUDGET } from '../../../shared/contract/budget';
import type { GraphData } from '../../../shared/contract/model';

let dir: string;
let db: Db;
let everything: GraphData;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-budget-'));
  const file = path.join(dir, 'generated.thorline');
  createScaledWorkspace(file, { records: 3000, seed: 7 });
  db = openWorkspace(file);
  everything = graphOfCases(db);
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Degree of each entity as the chart draws it: source links to other entities. */
function degrees(graph: GraphData): Map<number, number> {
  const d = new Map<number, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const l of graph.links) {
    d.set(l.from, d.get(l.from)! + l.recordLinkCount);
    d.set(l.to, d.get(l.to)! + l.recordLinkCount);
  }
  return d;
}

const linksWithin = (graph: GraphData, ids: Set<number>) =>
  graph.links.filter((l) => ids.has(l.from) && ids.has(l.to));

describe('chart budgets', () => {
  it('answers the whole scope when no limit is given (exports, analysis)', () => {
    const all = graphOfCases(db);
    expect(all.nodes.length).toBeGreaterThan(1000);
    expect(all.omitted).toEqual({ entities: 0, links: 0 });
    expect(all.totalEntities).toBe(all.nodes.length);
  });

  it('keeps the most connected part past the budget: hubs by degree with their neighbours', () => {
    const cut = graphOfCases(db, undefined, 100);
    const degree = degrees(everything);
    const ranked = [...degree.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
    const keptIds = new Set(cut.nodes.map((n) => n.id));
    expect(keptIds.size).toBe(100);
    // The entity of highest degree is there with every neighbour it has (fewer than 99 here).
    const top = ranked[0]!;
    const topNeighbours = everything.links.filter((l) => l.from === top || l.to === top);
    expect(topNeighbours.length).toBeLessThan(99);
    for (const l of topNeighbours) expect(keptIds.has(l.from === top ? l.to : l.from)).toBe(true);
    // Everything kept is a hub among the first hundred by degree, or linked to a kept one.
    const hubs = new Set(ranked.slice(0, 100));
    for (const id of keptIds) {
      expect(hubs.has(id) || cut.links.some((l) => l.from === id || l.to === id)).toBe(true);
    }
    // A picture of networks, not of unlinked dots.
    expect(cut.links.length).toBeGreaterThanOrEqual(90);
    expect(cut.budget).toBe(100);
    expect(cut.totalEntities).toBe(everything.nodes.length);
    expect(cut.omitted.entities).toBe(everything.nodes.length - 100);
    expect(cut.links.map((l) => l.id).sort()).toEqual(
      linksWithin(everything, keptIds)
        .map((l) => l.id)
        .sort(),
    );
    expect(cut.omitted.links).toBe(everything.links.length - cut.links.length);
  });

  it('leaves nothing out when the chosen cases fit the budget', () => {
    const caseIds = everything.nodes[0]!.caseIds;
    const full = graphOfCases(db, caseIds);
    const within = graphOfCases(db, caseIds, full.nodes.length);
    expect(within.omitted).toEqual({ entities: 0, links: 0 });
    expect(within.nodes).toEqual(full.nodes);
    const less = graphOfCases(db, caseIds, full.nodes.length - 1);
    expect(less.nodes).toHaveLength(full.nodes.length - 1);
    expect(less.omitted.entities).toBe(1);
  });

  it("caps an expansion at the entity's most strongly linked neighbours", () => {
    const degree = degrees(everything);
    const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const around = neighboursOf(db, hub, 10_000);
    const neighbours = around.nodes.length - 1;
    expect(neighbours).toBeGreaterThan(3);
    expect(around.omitted).toEqual({ entities: 0, links: 0 });
    const capped = neighboursOf(db, hub, 3);
    expect(capped.nodes).toHaveLength(4);
    expect(capped.nodes.some((n) => n.id === hub)).toBe(true);
    expect(capped.totalEntities).toBe(neighbours + 1);
    expect(capped.omitted.entities).toBe(neighbours - 3);
    expect(capped.omitted.links).toBe(around.links.length - capped.links.length);
    const strength = (id: number) =>
      around.links.filter((l) => l.from === id || l.to === id).reduce((s, l) => s + l.recordLinkCount, 0);
    const kept = capped.nodes.filter((n) => n.id !== hub).map((n) => strength(n.id));
    const left = around.nodes
      .filter((n) => !capped.nodes.some((c) => c.id === n.id))
      .map((n) => strength(n.id));
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...left));
  });

  it('answers the neighbours already on the chart outside the limit: the limit is what an expansion adds', () => {
    const degree = degrees(everything);
    const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const around = neighboursOf(db, hub, 10_000);
    const all = around.nodes.filter((n) => n.id !== hub).map((n) => n.id);
    // The two most strongly linked are drawn already, as is an entity that is no neighbour.
    const top = neighboursOf(db, hub, 2)
      .nodes.filter((n) => n.id !== hub)
      .map((n) => n.id);
    const stranger = everything.nodes.find((n) => n.id !== hub && !all.includes(n.id))!.id;
    const answer = neighboursOf(db, hub, 3, undefined, [...top, stranger]);
    const ids = answer.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([hub, ...top]));
    expect(ids).not.toContain(stranger);
    const added = ids.filter((id) => id !== hub && !top.includes(id));
    expect(added).toHaveLength(3);
    expect(answer.totalEntities).toBe(all.length + 1);
    expect(answer.omitted.entities).toBe(all.length - 2 - 3);
    // With no room at all: the entity and its drawn neighbours, with the links among them.
    const none = neighboursOf(db, hub, 0, undefined, top);
    expect(none.nodes.map((n) => n.id).sort((a, b) => a - b)).toEqual([hub, ...top].sort((a, b) => a - b));
    expect(none.links.length).toBeGreaterThanOrEqual(2);
    expect(none.omitted.entities).toBe(all.length - 2);
  });

  it('pages the connections, strongest case pairs first, with the total', () => {
    const all = listConnections(db);
    expect(all.length).toBeGreaterThan(20);
    const strengths = all.map((c) => c.evidence.length);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    const first = pageConnections(db, undefined, 10, 0);
    const second = pageConnections(db, undefined, 10, 10);
    expect(first.total).toBe(all.length);
    expect(second.total).toBe(all.length);
    expect([...first.connections, ...second.connections]).toEqual(all.slice(0, 20));
    expect(pageConnections(db, undefined, 10, all.length)).toEqual({ total: all.length, connections: [] });
  });
});

describe('budgets at the contract boundary', () => {
  const dispatch = () => createDispatch({ db, workspacePath: ':memory:', emit: () => {} });

  it('applies the default budget when the caller names none', async () => {
    const res = await dispatch()('graph.get', {});
    expect(res).toMatchObject({ ok: true, value: { budget: GRAPH_BUDGET } });
    if (res.ok)
      expect((res.value as GraphData).nodes.length).toBe(Math.min(GRAPH_BUDGET, everything.nodes.length));
  });

  it.each([
    ['graph.get', { limit: 0 }, 'limit'],
    ['graph.get', { limit: MAX_BUDGET + 1 }, 'limit'],
    ['graph.neighbours', { entityId: 1, limit: 1.5 }, 'limit'],
    ['graph.neighbours', { entityId: 1, limit: -1 }, 'limit'],
    ['graph.neighbours', { entityId: 1, onChart: [0] }, 'onChart.0'],
    ['connections.list', { offset: -1 }, 'offset'],
  ])('refuses %s with %j, naming the field', async (name, input, field) => {
    const res = await dispatch()(name, input);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!res.ok) expect(res.error.details).toMatchObject({ issues: [{ field }] });
  });
});
