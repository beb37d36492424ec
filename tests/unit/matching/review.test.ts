// Review and merges through the contract: decisions persist, a rejected pair is never
// suggested again, a re-run never undoes an accept, unmerge splits, the audit log records all.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import type { Db } from '../../../db/store/open-workspace';
import type { AuditEntry, JobStatus, MatchCandidate } from '../../../shared/contract/matching-model';
import type { Result } from '../../../shared/contract/result';
import { matchingWorkspace } from './fixture';

function setup() {
  const { db, ids } = matchingWorkspace();
  const events: string[] = [];
  const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: (e) => events.push(e) });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const res = (await dispatch(name, input)) as Result<T>;
    if (!res.ok) throw new Error(`${name}: ${res.error.code} ${res.error.message}`);
    return res.value;
  };
  const queue = async (status = 'pending') =>
    (await call<{ total: number; candidates: MatchCandidate[] }>('candidates.list', { status })).candidates;
  const pairOf = (c: MatchCandidate) => [c.recordA.id, c.recordB.id].sort((x, y) => x - y).join('-');
  const pair = (a: number, b: number) => [a, b].sort((x, y) => x - y).join('-');
  return { db, ids, call, queue, pairOf, pair, events };
}

const entityOf = (db: Db, recordId: number) =>
  (db.prepare('SELECT entity_id AS e FROM entity_members WHERE record_id = ?').get(recordId) as { e: number })
    .e;

describe('review through the contract', () => {
  it('runs matching in-process for :memory: and fills the queue highest first', async () => {
    const { call, queue, events } = setup();
    const job = await call<JobStatus>('matching.start', {});
    expect(job.state).toBe('done');
    expect(job.candidatesFound).toBeGreaterThan(0);
    const q = await queue();
    expect(q.length).toBeGreaterThan(0);
    for (let i = 1; i < q.length; i++) expect(q[i - 1]!.score).toBeGreaterThanOrEqual(q[i]!.score);
    expect(q[0]!.evidence.length).toBeGreaterThan(0);
    expect(q[0]!.caseA.number).not.toBe('');
    expect(events).toContain('job.progress');
    expect((await call<JobStatus>('jobs.status', { jobId: job.jobId })).state).toBe('done');
  });

  it('accept merges the two entities, is audited with the analyst name, and survives a re-run', async () => {
    const { db, ids, call, queue, pairOf, pair } = setup();
    await call('matching.settings.set', { analyst: 'Analyst Rivera' });
    await call('matching.start', {});
    const target = (await queue()).find((c) => pairOf(c) === pair(ids.joseA!, ids.joseB!));
    expect(target).toBeDefined();
    expect(entityOf(db, ids.joseA!)).not.toBe(entityOf(db, ids.joseB!));
    const decided = await call<MatchCandidate>('candidates.decide', {
      candidateId: target!.id,
      decision: 'accepted',
    });
    expect(decided.status).toBe('accepted');
    expect(decided.decidedBy).toBe('Analyst Rivera');
    expect(entityOf(db, ids.joseA!)).toBe(entityOf(db, ids.joseB!));
    const audit = await call<{ entries: AuditEntry[] }>('audit.list', {});
    expect(audit.entries[0]!.analyst).toBe('Analyst Rivera');
    expect(audit.entries[0]!.action).toBe('candidate.accepted');
    expect(JSON.stringify(audit.entries[0]!.details)).toContain('day and month swapped');

    await call('matching.start', {});
    expect(entityOf(db, ids.joseA!)).toBe(entityOf(db, ids.joseB!));
    const accepted = await queue('accepted');
    expect(accepted.map(pairOf)).toContain(pair(ids.joseA!, ids.joseB!));
    expect((await queue()).map(pairOf)).not.toContain(pair(ids.joseA!, ids.joseB!));
  });

  it('a rejected pair is never suggested again, however often matching re-runs', async () => {
    const { ids, call, queue, pairOf, pair } = setup();
    await call('matching.start', {});
    const target = (await queue()).find((c) => pairOf(c) === pair(ids.memoA!, ids.memoB!));
    expect(target).toBeDefined();
    await call('candidates.decide', { candidateId: target!.id, decision: 'rejected', note: 'different men' });
    for (let run = 0; run < 2; run++) {
      await call('matching.start', {});
      expect((await queue()).map(pairOf)).not.toContain(pair(ids.memoA!, ids.memoB!));
    }
    const rejected = await queue('rejected');
    expect(rejected.map(pairOf)).toEqual([pair(ids.memoA!, ids.memoB!)]);
  });

  it('unsure keeps the pair out of the pending queue but listed as unsure', async () => {
    const { call, queue } = setup();
    await call('matching.start', {});
    const first = (await queue())[0]!;
    await call('candidates.decide', { candidateId: first.id, decision: 'unsure' });
    await call('matching.start', {});
    expect((await queue('unsure')).map((c) => c.id)).toEqual([first.id]);
  });

  it('unmerge splits a record out, is audited, and the pair is not merged again', async () => {
    const { db, ids, call, queue, pairOf, pair } = setup();
    await call('matching.start', {});
    const target = (await queue()).find((c) => pairOf(c) === pair(ids.memoA!, ids.memoB!))!;
    await call('candidates.decide', { candidateId: target.id, decision: 'accepted' });
    expect(entityOf(db, ids.memoA!)).toBe(entityOf(db, ids.memoB!));
    const res = await call<{ oldEntityId: number; newEntityId: number }>('entities.unmerge', {
      recordId: ids.memoB,
    });
    expect(res.newEntityId).not.toBe(res.oldEntityId);
    expect(entityOf(db, ids.memoA!)).not.toBe(entityOf(db, ids.memoB!));
    const audit = await call<{ entries: AuditEntry[] }>('audit.list', {});
    expect(audit.entries[0]!.action).toBe('entity.unmerge');
    await call('matching.start', {});
    expect(entityOf(db, ids.memoA!)).not.toBe(entityOf(db, ids.memoB!));
    expect((await queue()).map(pairOf)).not.toContain(pair(ids.memoA!, ids.memoB!));
  });

  it('auto-merges above the per-type threshold as analyst "auto", never persons by default', async () => {
    const { db, ids, call } = setup();
    const settings = await call<{ autoMergeThresholds: Record<string, number | null> }>(
      'matching.settings.get',
      {},
    );
    expect(settings.autoMergeThresholds.person).toBeNull();
    await call('matching.settings.set', { autoMergeThresholds: { firearm: 0.9, address: null } });
    await call('matching.start', {});
    expect(entityOf(db, ids.gunA!)).toBe(entityOf(db, ids.gunB!));
    expect(entityOf(db, ids.memoA!)).not.toBe(entityOf(db, ids.memoB!));
    expect(entityOf(db, ids.addrA!)).not.toBe(entityOf(db, ids.addrB!));
    const audit = await call<{ entries: AuditEntry[] }>('audit.list', {});
    expect(audit.entries.some((e) => e.analyst === 'auto' && e.action === 'candidate.auto-merged')).toBe(
      true,
    );
  });

  it('refuses a decision on an unknown candidate with NOT_FOUND', async () => {
    const { db } = setup();
    const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => {} });
    const res = await dispatch('candidates.decide', { candidateId: 999, decision: 'accepted' });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('NOT_FOUND');
  });
});
