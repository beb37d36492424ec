// Matching runs: a cancelled run leaves the workspace as it was; a run on a workspace file
// goes through a worker thread; the training scenario reaches the accuracy target.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { runMatching, RunCancelled } from '../../../db/matching/engine';
import { evaluateMatching, truthFromWorkspace } from '../../../db/matching/evaluate';
import { createScenarioWorkspace, seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type { JobStatus } from '../../../shared/contract/matching-model';
import { matchingWorkspace } from './fixture';

const candidateRows = (db: Db) =>
  db.prepare('SELECT id, record_a, record_b, score, status FROM match_candidates ORDER BY id').all();

describe('cancelling a run', () => {
  it('removes the rows it had written and keeps the earlier run as it was', () => {
    const { db } = matchingWorkspace();
    runMatching(db, { floor: 0.01, autoMerge: false });
    const before = candidateRows(db);
    const entitiesBefore = db
      .prepare('SELECT record_id, entity_id FROM entity_members ORDER BY record_id')
      .all();
    expect(before.length).toBeGreaterThan(0);
    let checks = 0;
    let rowsWrittenBeforeCancel = 0;
    expect(() =>
      runMatching(db, {
        floor: 0.01,
        batchSize: 1,
        isCancelled: () => {
          rowsWrittenBeforeCancel = (
            db
              .prepare(
                `SELECT count(*) AS n FROM match_candidates WHERE run_id = (SELECT max(id) FROM match_runs)`,
              )
              .get() as {
              n: number;
            }
          ).n;
          return ++checks >= 3; // after reading, after blocking, then after the first record's pairs
        },
      }),
    ).toThrow(RunCancelled);
    expect(rowsWrittenBeforeCancel).toBeGreaterThan(0);
    expect(candidateRows(db)).toEqual(before);
    expect(db.prepare('SELECT record_id, entity_id FROM entity_members ORDER BY record_id').all()).toEqual(
      entitiesBefore,
    );
    expect(db.prepare('SELECT state FROM match_runs ORDER BY id DESC LIMIT 1').get()).toEqual({
      state: 'cancelled',
    });
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('a run on a workspace file', () => {
  it('runs in a worker thread, reports progress and fills the review queue', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-match-'));
    dirs.push(dir);
    const file = path.join(dir, 'w.thorline');
    createScenarioWorkspace(file);
    const db = openWorkspace(file);
    const events: JobStatus[] = [];
    const dispatch = createDispatch({
      db,
      workspacePath: file,
      emit: (e, p) => e === 'job.progress' && events.push(p as JobStatus),
    });
    const started = await dispatch('matching.start', {});
    if (!started.ok) throw new Error(started.error.message);
    const job = started.value as JobStatus;
    expect(job.state).toBe('running');
    let status = job;
    for (let i = 0; i < 300 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const res = await dispatch('jobs.status', { jobId: job.jobId });
      if (res.ok) status = res.value as JobStatus;
    }
    expect(status.state).toBe('done');
    expect(status.candidatesFound).toBeGreaterThan(0);
    expect(events.at(-1)?.state).toBe('done');
    const queue = await dispatch('candidates.list', {});
    expect(queue.ok && (queue.value as { total: number }).total).toBe(status.candidatesFound);
    db.close();
  });
});

describe('the training scenario', () => {
  it('reaches pairwise F1 >= 0.95 with no decoy merged', () => {
    const db = openWorkspace(':memory:');
    seedScenario(db);
    const evaluation = evaluateMatching(db, truthFromWorkspace(db));
    expect(evaluation.records).toBeGreaterThan(100);
    expect(evaluation.f1).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.decoysMerged).toBe(0);
    expect(evaluation.sweep.length).toBeGreaterThan(3);
  });
});
