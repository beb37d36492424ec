// One event per change: every call that writes is marked so in the contract and says what
// it changes; dispatch sends exactly one workspace.changed per committed write, after the
// commit, with those kinds; failed or empty writes and reads send none; jobs send theirs.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../db/api/dispatch';
import type { HandlerContext } from '../../db/api/context';
import type { Db } from '../../db/store/open-workspace';
import { CALL_CHANGES, JOB_CHANGES } from '../../shared/contract/call-changes';
import { CALL_NAMES, CALLS } from '../../shared/contract/calls';
import type { MatchCandidate } from '../../shared/contract/matching-model';
import { twoCaseWorkspace } from '../unit/db/fixture-two-cases';
import { fixture, sampleSpec, upload } from '../unit/import/helpers';
import { matchingWorkspace } from '../unit/matching/fixture';

interface Sent {
  event: string;
  payload: unknown;
  /** Whether the connection was still inside a transaction when the event went out. */
  inTransaction: boolean;
}

function recording(db: Db) {
  const sent: Sent[] = [];
  const ctx: HandlerContext = {
    db,
    workspacePath: ':memory:',
    emit: (event, payload) => sent.push({ event, payload, inTransaction: db.inTransaction }),
  };
  const changes = () => sent.filter((s) => s.event === 'workspace.changed');
  return { dispatch: createDispatch(ctx), changes, sent };
}

describe('the contract marks every writing call', () => {
  it('lists what each writing call changes, and only writing calls', () => {
    const writing = CALL_NAMES.filter((n) => CALLS[n].writes).sort();
    expect(Object.keys(CALL_CHANGES).sort()).toEqual(writing);
    for (const name of writing) expect(CALL_CHANGES[name]!.length, name).toBeGreaterThan(0);
  });

  it('marks import.run as writing, and the calls that only start or stop a job as not', () => {
    expect(CALLS['import.run'].writes).toBe(true);
    for (const name of ['matching.start', 'import.start', 'jobs.cancel'] as const) {
      expect(CALLS[name].writes, name).toBe(false);
    }
  });
});

describe('workspace.changed', () => {
  it('is sent once, after the commit, when a record is split out', async () => {
    const { db, ids } = twoCaseWorkspace();
    const { dispatch, changes } = recording(db);
    const res = await dispatch('entities.unmerge', { recordId: ids.phoneB! });
    expect(res.ok).toBe(true);
    expect(changes()).toEqual([
      {
        event: 'workspace.changed',
        payload: { reason: 'entities.unmerge', changes: ['entities', 'matches'] },
        inTransaction: false,
      },
    ]);
  });

  it('is sent once with the decision kinds when a suggestion is accepted', async () => {
    const { db } = matchingWorkspace();
    const { dispatch, changes } = recording(db);
    await dispatch('matching.start', {});
    const list = await dispatch('candidates.list', { status: 'pending' });
    if (!list.ok) throw new Error(list.error.message);
    const first = (list.value as { candidates: MatchCandidate[] }).candidates[0]!;
    const before = changes().length;
    expect((await dispatch('candidates.decide', { candidateId: first.id, decision: 'accepted' })).ok).toBe(
      true,
    );
    expect(changes().slice(before)).toEqual([
      {
        event: 'workspace.changed',
        payload: { reason: 'candidates.decide', changes: ['matches', 'entities'] },
        inTransaction: false,
      },
    ]);
  });

  it('is sent once by a matching run when it commits, not by the call that started it', async () => {
    const { db } = matchingWorkspace();
    const { dispatch, changes } = recording(db);
    // A :memory: workspace runs matching in-process: the job is done when the call answers.
    expect((await dispatch('matching.start', {})).ok).toBe(true);
    expect(changes()).toEqual([
      {
        event: 'workspace.changed',
        payload: { reason: 'matching', changes: [...JOB_CHANGES.matching] },
        inTransaction: false,
      },
    ]);
  });

  it('is sent once by import.run after its own transaction commits', async () => {
    const { db } = twoCaseWorkspace();
    const { dispatch, changes } = recording(db);
    const res = await dispatch('import.run', {
      file: upload('purchases.csv', fixture('purchases.csv')),
      spec: sampleSpec(),
      case: { number: 'TEST-IMPORT-1' },
      match: false,
    });
    expect(res.ok).toBe(true);
    expect(changes()).toEqual([
      {
        event: 'workspace.changed',
        payload: { reason: 'import.run', changes: ['cases', 'records', 'entities'] },
        inTransaction: false,
      },
    ]);
  });

  it('is not sent for a read, a failed write or a write that changed nothing', async () => {
    const { db } = twoCaseWorkspace();
    const { dispatch, sent } = recording(db);
    await dispatch('cases.list', {});
    await dispatch('graph.get', {});
    const missing = await dispatch('entities.unmerge', { recordId: 999_999 });
    expect(missing.ok).toBe(false);
    const refused = await dispatch('exchange.import', { file: upload('broken.graphml', '<graphml') });
    expect(refused.ok && (refused.value as { written: boolean }).written).toBe(false);
    expect(sent).toEqual([]);
  });
});
