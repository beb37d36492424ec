// Expand by link type on the training scenario: entities.linkCounts counts an entity's links
// and neighbours by type, and graph.neighbours with linkTypes adds only that type's neighbours.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { graphOfCases } from '../../../db/queries/graph';
import { searchEntities } from '../../../db/queries/search';
import { createScenarioWorkspace } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type { EntityLinkCounts, GraphData } from '../../../shared/contract/model';

let dir: string;
let db: Db;
let everything: GraphData;
let phone: number;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-link-counts-'));
  const file = path.join(dir, 'training.thorline');
  createScenarioWorkspace(file);
  db = openWorkspace(file);
  everything = graphOfCases(db);
  phone = searchEntities(db, '5550100177', 5).find((h) => h.label === '(555) 010-0177')!.entityId;
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = async (name: string, input: unknown) => {
  const res = await createDispatch({ db, workspacePath: ':memory:', emit: () => {} })(
    name as never,
    input as never,
  );
  return res;
};

/** The neighbours of an entity by link type, counted independently from the whole graph. */
function expected(entityId: number): Map<string, Set<number>> {
  const byType = new Map<string, Set<number>>();
  for (const l of everything.links) {
    if (l.from !== entityId && l.to !== entityId) continue;
    const other = l.from === entityId ? l.to : l.from;
    byType.set(l.type, (byType.get(l.type) ?? new Set()).add(other));
  }
  return byType;
}

describe('entities.linkCounts', () => {
  it("counts the shared phone's neighbours by link type, as the whole graph has them", async () => {
    const res = await call('entities.linkCounts', { entityId: phone });
    expect(res.ok).toBe(true);
    const counts = (res as { value: EntityLinkCounts }).value;
    const want = expected(phone);
    expect(counts.types.length).toBe(want.size);
    for (const t of counts.types) expect(t.neighbours).toBe(want.get(t.type)!.size);
    const all = new Set([...want.values()].flatMap((s) => [...s]));
    expect(counts.neighbours).toBe(all.size);
    expect(counts.neighbours).toBeGreaterThan(1);
  });

  it('answers NOT_FOUND naming the field for an entity that does not exist', async () => {
    const res = await call('entities.linkCounts', { entityId: 999_999 });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('graph.neighbours with linkTypes', () => {
  it('adds only the neighbours joined by the chosen type, with only those links', async () => {
    const hub = [...new Set(everything.links.map((l) => l.from))]
      .map((id) => ({ id, types: expected(id) }))
      .find((e) => e.types.size >= 2)!;
    const [type, reached] = [...hub.types.entries()][0]!;
    const res = await call('graph.neighbours', { entityId: hub.id, linkTypes: [type] });
    const graph = (res as { value: GraphData }).value;
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(new Set([hub.id, ...reached]));
    expect(graph.links.every((l) => l.type === type)).toBe(true);
  });

  it('refuses a link type that does not exist, naming it', async () => {
    const res = await call('graph.neighbours', { entityId: phone, linkTypes: ['teleports_to'] });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
