// The workspace's estimated person weights through the contract: none before a run, stored
// by a matching run, shown by matching.estimate.get, and estimated again on request.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { runMatching } from '../../../db/matching/engine';
import { openWorkspace } from '../../../db/store/open-workspace';
import type { WeightEstimate } from '../../../shared/contract/matching-model';
import type { Result } from '../../../shared/contract/result';
import { loadFebrl } from '../../helpers/febrl';

describe('matching.estimate.get / matching.estimate.run', () => {
  it('stores the estimate per workspace, reuses it, and re-runs it on request', async () => {
    const db = openWorkspace(':memory:');
    loadFebrl(db, 'tests/fixtures/febrl/dataset1.csv');
    const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => undefined });
    const call = async (name: string) => {
      const res = (await dispatch(name, {})) as Result<WeightEstimate | null>;
      if (!res.ok) throw new Error(`${name}: ${res.error.code} ${res.error.message}`);
      return res.value;
    };
    expect(await call('matching.estimate.get')).toBeNull();

    const run = runMatching(db, { autoMerge: false });
    const stored = await call('matching.estimate.get');
    expect(stored?.people).toBe(1000);
    expect(stored?.estimatedAt).toBe(run.estimate?.estimatedAt);
    // Same date of birth is strong evidence, a differing one evidence against.
    const [mSame, uSame] = stored!.levels.dob!.exact!;
    const [mDiff, uDiff] = stored!.levels.dob!.differs!;
    expect(mSame / uSame).toBeGreaterThan(100);
    expect(mDiff / uDiff).toBeLessThan(1);

    const second = runMatching(db, { autoMerge: false });
    expect(second.estimate?.estimatedAt).toBe(stored?.estimatedAt); // the same people: reused

    await new Promise((r) => setTimeout(r, 5));
    const again = await call('matching.estimate.run');
    expect(again?.people).toBe(1000);
    expect(again!.estimatedAt > stored!.estimatedAt).toBe(true);
    expect((await call('matching.estimate.get'))?.estimatedAt).toBe(again?.estimatedAt);
    db.close();
  });
});
