// Review bookkeeping (issue 9 point 8): a split match shows as split and is decided again;
// the audit log names the records with a rounded probability.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import type { Db } from '../../../db/store/open-workspace';
import type { AuditEntry, MatchCandidate } from '../../../shared/contract/matching-model';
import type { Result } from '../../../shared/contract/result';
import { matchingWorkspace } from './fixture';

function setup() {
  const { db, ids } = matchingWorkspace();
  const dispatch = createDispatch({ db, workspacePath: ':memory:', emit: () => undefined });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const res = (await dispatch(name, input)) as Result<T>;
    if (!res.ok) throw new Error(`${name}: ${res.error.code} ${res.error.message}`);
    return res.value;
  };
  const list = async (status: string) =>
    (await call<{ candidates: MatchCandidate[] }>('candidates.list', { status })).candidates;
  return { db, ids, call, list };
}

const entityOf = (db: Db, recordId: number) =>
  db.prepare('SELECT entity_id FROM entity_members WHERE record_id = ?').pluck().get(recordId) as number;
const labelOf = (db: Db, recordId: number) =>
  db.prepare('SELECT label FROM records WHERE id = ?').pluck().get(recordId) as string;
const summaries = async (call: ReturnType<typeof setup>['call']) =>
  (await call<{ entries: AuditEntry[] }>('audit.list', {})).entries.map((e) => e.summary);

async function acceptedThenSplit() {
  const s = setup();
  await s.call('matching.start', {});
  const pair = [s.ids.memoA!, s.ids.memoB!].sort((a, b) => a - b);
  const target = (await s.list('pending')).find((c) => c.recordA.id === pair[0] && c.recordB.id === pair[1])!;
  await s.call('candidates.decide', { candidateId: target.id, decision: 'accepted' });
  await s.call('entities.unmerge', { recordId: s.ids.memoB });
  return { ...s, target };
}

describe('review bookkeeping', () => {
  it('shows a match split after its accept as split, not accepted', async () => {
    const { call, target } = await acceptedThenSplit();
    const decided = await call<{ candidates: MatchCandidate[] }>('candidates.list', { status: 'all' });
    expect(decided.candidates.find((c) => c.id === target.id)!.status).toBe('split');
    const accepted = await call<{ candidates: MatchCandidate[] }>('candidates.list', { status: 'accepted' });
    expect(accepted.candidates.find((c) => c.id === target.id)!.status).toBe('split');
  });

  it('lets a split match be decided again: accepting merges the records once more', async () => {
    const { db, ids, call, target } = await acceptedThenSplit();
    expect(entityOf(db, ids.memoA!)).not.toBe(entityOf(db, ids.memoB!));
    const again = await call<MatchCandidate>('candidates.decide', {
      candidateId: target.id,
      decision: 'accepted',
    });
    expect(again.status).toBe('accepted');
    expect(entityOf(db, ids.memoA!)).toBe(entityOf(db, ids.memoB!));
  });

  it('lets a split match be rejected, which leaves the records apart', async () => {
    const { db, ids, call, target } = await acceptedThenSplit();
    const rejected = await call<MatchCandidate>('candidates.decide', {
      candidateId: target.id,
      decision: 'rejected',
    });
    expect(rejected.status).toBe('rejected');
    expect(entityOf(db, ids.memoA!)).not.toBe(entityOf(db, ids.memoB!));
  });

  it('names the records and a rounded probability in the audit log, never "Match 7"', async () => {
    const { db, ids, call, target } = await acceptedThenSplit();
    const a = labelOf(db, target.recordA.id);
    const b = labelOf(db, target.recordB.id);
    const [split, accepted] = await summaries(call);
    expect(accepted).toMatch(
      new RegExp(`^${escape(a)} ↔ ${escape(b)} \\(person, (> )?\\d+(\\.\\d)? %\\) accepted \\(merged\\)$`),
    );
    expect(split).toBe(
      `"${labelOf(db, ids.memoB!)}" split out of "${labelOf(db, ids.memoA!)}"; matches between them can be decided again`,
    );
    for (const s of await summaries(call)) {
      expect(s).not.toMatch(/Match \d+/);
      expect(s).not.toMatch(/\d\.\d{3,}/);
    }
  });

  it('says when taking back an accept splits the records apart again', async () => {
    const { db, ids, call, list } = setup();
    await call('matching.start', {});
    const target = (await list('pending')).find((c) => [c.recordA.id, c.recordB.id].includes(ids.joseA!))!;
    await call('candidates.decide', { candidateId: target.id, decision: 'accepted' });
    await call('candidates.decide', { candidateId: target.id, decision: 'unsure' });
    expect((await summaries(call))[0]).toMatch(/ marked unsure, and split apart again$/);
    expect(entityOf(db, target.recordA.id)).not.toBe(entityOf(db, target.recordB.id));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
