import { describe, expect, it } from 'vitest';
import { networkOf } from '../../../db/analysis/network';
import { findPaths, pathsIn } from '../../../db/analysis/paths';
import { createDispatch } from '../../../db/api/dispatch';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace } from '../../../db/store/open-workspace';
import { squareWithPhone } from './small-graphs';

const base = { from: 1, mode: 'shortest' as const, maxLength: 6, limit: 20 };
const ids = (paths: string[][]) => paths.map((p) => p.join('-'));

describe('paths on a small graph with known answers', () => {
  it('finds one shortest path of two steps, and all three with mode all', () => {
    const graph = networkOf(squareWithPhone());
    expect(pathsIn(graph, { ...base, to: 3 })[0]).toHaveLength(3);
    expect(ids(pathsIn(graph, { ...base, to: 3, mode: 'all', maxLength: 2 }))).toEqual([
      '1-2-3',
      '1-4-3',
      '1-5-3',
    ]);
    // No simple path of three steps exists; one step is not enough to reach 3.
    expect(pathsIn(graph, { ...base, to: 3, mode: 'all', maxLength: 3 })).toHaveLength(3);
    expect(pathsIn(graph, { ...base, to: 3, mode: 'all', maxLength: 1 })).toEqual([]);
  });

  it('skips chosen types and cases', () => {
    const graph = networkOf(squareWithPhone(), { skipTypes: ['phone'] });
    expect(ids(pathsIn(graph, { ...base, to: 3, mode: 'all' }))).toEqual(['1-2-3', '1-4-3']);
    const withoutCase2 = networkOf(squareWithPhone(), { skipCaseIds: [2] });
    expect(withoutCase2.hasNode('6')).toBe(false);
  });

  it('finds the nearest entities of a type', () => {
    const graph = networkOf(squareWithPhone());
    expect(ids(pathsIn(graph, { ...base, toType: 'dealer' }))).toEqual(['1-2-3-6']);
    expect(ids(pathsIn(graph, { ...base, toType: 'phone' }))).toEqual(['1-5']);
    expect(pathsIn(graph, { ...base, toType: 'dealer', maxLength: 2 })).toEqual([]);
  });
});

describe('paths on the training scenario', () => {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  const entity = (label: string) =>
    (db.prepare('SELECT id FROM entities WHERE label = ?').get(label) as { id: number }).id;
  const zapopan = entity('Recovery Calle Ejemplo 418, Zapopan, Jalisco, 2021-10-14');
  const gun = entity('FN Herstal Five-seveN MK3 TRN-SMP-004201');

  it('leads from a gun recovered in Zapopan to its Milwaukee purchaser, with the records behind each step', () => {
    const result = findPaths(db, { ...base, from: gun, toType: 'person' });
    const path = result.paths[0]!;
    expect(path.entities.map((e) => e.label)).toEqual([
      'FN Herstal Five-seveN MK3 TRN-SMP-004201',
      'Purchase 2019-11-04, 3 firearm(s)',
      'Kayla Marie Voss',
    ]);
    expect(path.steps.map((s) => s.caseNumbers)).toEqual([['WI-2020-017'], ['WI-2020-017']]);
    const firstLink = path.steps[0]!.links[0]!;
    expect(firstLink.recordLinks[0]!.fromRecord.caseNumber).toBe('WI-2020-017');
    expect(path.linkIds).toHaveLength(2);
  });

  it('leads from the Zapopan recovery through the gun to the Milwaukee store', () => {
    const result = findPaths(db, { ...base, from: zapopan, to: gun, mode: 'shortest' });
    expect(result.paths[0]!.steps[0]!.caseNumbers).toEqual(['FGR-JAL-2021-0233']);
    const toStore = findPaths(db, { ...base, from: zapopan, toType: 'dealer', mode: 'all', maxLength: 2 });
    const stores = new Set(toStore.paths.map((p) => p.entities.at(-1)!.label));
    expect(stores).toContain('Badger Sporting Goods');
    const viaGun = toStore.paths.find((p) => p.entities[1]!.id === gun)!;
    expect(viaGun.entities.at(-1)!.label).toBe('Badger Sporting Goods');
  });

  it('answers coded errors through dispatch for a missing entity or a missing target', async () => {
    const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => {} });
    const missing = await dispatch('analysis.paths', { from: 999_999, to: gun });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const noTarget = await dispatch('analysis.paths', { from: gun });
    expect(noTarget).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const ok = await dispatch('analysis.paths', { from: gun, toType: 'dealer' });
    expect(ok).toMatchObject({ ok: true });
  });
});
