// Key players a page at a time (analysis.structure answers a summary, analysis.keyPlayers the
// measures), through the contract's dispatch, on the training scenario: the pages join up to
// the whole ranking measured in place, the chart's entities are answered by id, a measuring
// the backend no longer keeps is measured again, and bad input is refused with its field named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../db/api/dispatch';
import { networkStructure } from '../../../db/analysis/structure';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type {
  EntityMeasures,
  KeyPlayersPage,
  StructureSummary,
} from '../../../shared/contract/analysis-model';
import type { Result } from '../../../shared/contract/result';

let db: Db;
let dispatch: Dispatch;
let summary: StructureSummary;
let whole: EntityMeasures[];

async function value<T>(name: string, input: unknown): Promise<T> {
  const result = (await dispatch(name, input)) as Result<T>;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  db = openWorkspace(':memory:');
  seedScenario(db);
  dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => {} });
  summary = await value<StructureSummary>('analysis.structure', {});
  whole = networkStructure(db).entities;
});
afterAll(() => db.close());

describe('the structure summary', () => {
  it('counts what the whole measuring holds, without every entity', () => {
    const s = networkStructure(db);
    const joined = s.networks.filter((n) => n.entityIds.length > 1);
    expect(summary).toMatchObject({
      entityCount: s.entities.length,
      networkCount: s.networks.length,
      joinedNetworkCount: joined.length,
      largestNetworkCaseCount: joined[0]!.caseNumbers.length,
      communityCount: s.communityCount,
      bridgeCount: s.bridges.length,
      caseCount: s.caseCount,
    });
    expect(summary).not.toHaveProperty('entities');
    expect(summary.joiners.length).toBeGreaterThan(0);
    for (const j of summary.joiners) {
      const e = whole.find((w) => w.id === j.id)!;
      expect(e.articulation && e.caseIds.length > 1).toBe(true);
    }
  });
});

describe('analysis.keyPlayers', () => {
  const page = (input: object) =>
    value<KeyPlayersPage>('analysis.keyPlayers', { measured: summary.measured, ...input });

  it('pages people by betweenness: the pages join up to the whole ranking', async () => {
    const people = whole
      .filter((e) => e.type === 'person')
      .sort((a, b) => b.betweenness - a.betweenness || a.label.localeCompare(b.label));
    const first = await page({ type: 'person', sort: 'betweenness', limit: 10 });
    const second = await page({ type: 'person', sort: 'betweenness', offset: 10, limit: 10 });
    expect(first.total).toBe(people.length);
    expect(first.entities).toHaveLength(10);
    const paged = [...first.entities, ...second.entities].map((e) => e.betweenness);
    expect(paged).toEqual(people.slice(0, paged.length).map((e) => e.betweenness));
    expect(second.entities[0]!.id).not.toBe(first.entities[0]!.id);
  });

  it('sorts by name, either way, and answers past the end with no rows', async () => {
    const up = await page({ sort: 'label', desc: false, limit: 5 });
    const labels = up.entities.map((e) => e.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    expect(up.total).toBe(whole.length);
    const down = await page({ sort: 'label', desc: true, limit: 1 });
    expect(down.entities[0]!.label.localeCompare(labels[0]!)).toBeGreaterThan(0);
    expect((await page({ offset: whole.length })).entities).toEqual([]);
  });

  it('answers the entities named by id with their measures, and skips unknown ids', async () => {
    const ids = whole.slice(0, 3).map((e) => e.id);
    const answer = await page({ ids: [...ids, 999_999] });
    expect(answer.entities.map((e) => e.id)).toEqual(ids);
    expect(answer.entities[0]).toEqual(whole[0]);
  });

  it('measures again a measuring it no longer keeps, under the name asked for', async () => {
    const answer = await value<KeyPlayersPage>('analysis.keyPlayers', { measured: 'm-gone-1', limit: 3 });
    expect(answer.total).toBe(whole.length);
    expect(answer.entities.map((e) => e.betweenness)).toEqual(
      [...whole]
        .sort((a, b) => b.betweenness - a.betweenness)
        .slice(0, 3)
        .map((e) => e.betweenness),
    );
  });

  it('refuses a page too large or a bad measure, naming the field', async () => {
    for (const [input, field] of [
      [{ limit: 2001 }, 'limit'],
      [{ sort: 'fame' }, 'sort'],
      [{ offset: -1 }, 'offset'],
    ] as const) {
      const result = await dispatch('analysis.keyPlayers', { measured: summary.measured, ...input });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect([result.error.code, result.error.message]).toEqual([
          'INVALID_INPUT',
          expect.stringContaining(field),
        ]);
    }
  });
});
