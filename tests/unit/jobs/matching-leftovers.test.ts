// A matching run that never gets to its own final transaction nor to its own undo leaves
// nothing behind: a thread that ignores the stop is terminated after the grace, one that
// crashes just ends, a workspace is closed under a stuck run, a process is killed mid-run;
// each time the run's rows are removed and the run is marked by the host at once (not by the
// next run), the file stays sound, and a reader of the file never sees any of the run.
// The stuck runs are the real engine made to hang or crash once it has written rows
// (stuck/stuck-run.ts), started through the THORLINE_MATCHING_WORKER seam of start-worker.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STOP_GRACE_MS, workersAlive } from '../../../db/jobs/worker-run';
import { runMatching } from '../../../db/matching/engine';
import { CLEAR_SLICE_ROWS } from '../../../db/matching/run-cleanup';
import { createScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { openWorkbench, type OpenWorkbench } from '../../../electron/workspace/open-workbench';
import type { JobStatus } from '../../../shared/contract/matching-model';
import type { Result } from '../../../shared/contract/result';
import { until } from '../analysis/switchable-host';
import { snapshot } from '../import/helpers';
import { LEFT_ROWS } from './stuck/stuck-run';

const STUCK_WORKER = path.join(import.meta.dirname, 'stuck/stuck-matching-worker.mjs');
const KILLED_RUN = path.join(import.meta.dirname, 'stuck/killed-run.ts');

let dir: string;
let matched: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-leftovers-'));
  matched = path.join(dir, 'matched.thorline');
  createScaledWorkspace(matched, { records: 8000, seed: 7 });
  // An earlier run whose suggestions are in the review queue: they must stay as they are.
  const db = openWorkspace(matched);
  runMatching(db);
  db.close();
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.THORLINE_MATCHING_WORKER;
  delete process.env.THORLINE_TEST_STUCK;
});

/** A copy of the matched workspace for one test. */
function copy(name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(matched, file);
  return file;
}

/**
 * Reads the file on its own connection about every millisecond, as another window or program
 * would: what it sees of the review queue (visible suggestions), and the stuck run's rows.
 */
function watchFile(file: string) {
  const db = openWorkspace(file, { readOnly: true });
  const visible = db
    .prepare(
      `SELECT count(*) || ':' || total(id) FROM match_candidates
       WHERE run_id IN (SELECT id FROM match_runs WHERE state = 'done')`,
    )
    .pluck();
  const stuckRows = db
    .prepare(
      `SELECT count(*) FROM match_candidates WHERE run_id > (SELECT max(id) FROM match_runs WHERE state = 'done')`,
    )
    .pluck();
  const queue = new Set<string>();
  const rowCounts: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  const read = () => {
    queue.add(visible.get() as string);
    const n = Number(stuckRows.get());
    if (n !== rowCounts.at(-1)) rowCounts.push(n);
    timer = setTimeout(read, 1);
  };
  read();
  return {
    /** The review queue as last seen: its size and the sum of its ids. */
    queue: () => visible.get() as string,
    /** Every different review queue seen, and the stuck run's row counts in the order seen. */
    stop() {
      clearTimeout(timer);
      read();
      clearTimeout(timer);
      db.close();
      return { queues: [...queue], rowCounts };
    },
  };
}

function fileState(file: string) {
  const db = openWorkspace(file, { readOnly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      runs: db.prepare('SELECT state, message FROM match_runs ORDER BY id').all() as {
        state: string;
        message: string;
      }[],
      tables: withoutRuns(snapshot(db)),
    };
  } finally {
    db.close();
  }
}

/** Every table but the list of runs (and the person weights a run may store: a cache). */
function withoutRuns(tables: Record<string, string>) {
  const { match_runs: _runs, workspace_meta: _meta, ...rest } = tables;
  return rest;
}

const rowsOf = (db: Db, state: string) =>
  Number(
    db
      .prepare(
        `SELECT count(*) FROM match_candidates WHERE run_id IN (SELECT id FROM match_runs WHERE state = ?)`,
      )
      .pluck()
      .get(state),
  );

/** The run's rows, seen falling to none through counts in between: cleared in slices, with reads between. */
function expectClearedInSlices(rowCounts: number[]) {
  const peak = Math.max(...rowCounts);
  const falling = rowCounts.slice(rowCounts.indexOf(peak));
  console.log(`stuck run: ${peak} rows, seen falling through ${falling.join(' → ')}`);
  expect(peak).toBe(LEFT_ROWS);
  expect(LEFT_ROWS).toBeGreaterThan(2 * CLEAR_SLICE_ROWS);
  expect(falling.at(-1)).toBe(0);
  expect(falling.some((n) => n > 0 && n < peak)).toBe(true);
}

type OnEvent = (status: JobStatus, workbench: OpenWorkbench) => void;

/** A workbench on `file` whose matching runs in the stuck worker; the started job. */
async function startStuck(file: string, way: 'hang' | 'crash', onEvent?: OnEvent) {
  process.env.THORLINE_MATCHING_WORKER = STUCK_WORKER;
  process.env.THORLINE_TEST_STUCK = way;
  const workbench: OpenWorkbench = await openWorkbench({
    workspacePath: file,
    emit: (event, payload) => event === 'job.progress' && onEvent?.(payload as JobStatus, workbench),
  });
  const started = await workbench.dispatch('matching.start', {});
  if (!started.ok) throw new Error(started.error.message);
  const probe = openWorkspace(file, { readOnly: true });
  // The thread has written rows of its run (committed, invisible) before it gets stuck.
  await until(() => rowsOf(probe, 'running') > 0);
  probe.close();
  return { workbench, job: started.value as JobStatus };
}

describe('a matching thread that ignores the stop', () => {
  it('is terminated after the grace; its rows are cleared at once and its run marked cancelled', async () => {
    const file = copy('hang.thorline');
    const before = fileState(file);
    const watch = watchFile(file);
    const queueBefore = watch.queue();
    const { workbench, job } = await startStuck(file, 'hang');

    const asked = Date.now();
    const cancelled = await workbench.dispatch('jobs.cancel', { jobId: job.jobId });
    const waited = Date.now() - asked;
    const seen = watch.stop();
    workbench.close();

    // It did not stop by itself: it was ended after the grace (not by a next run).
    expect(waited).toBeGreaterThanOrEqual(STOP_GRACE_MS);
    expect(workersAlive('matching-worker')).toBe(0);
    expect(cancelled.ok && (cancelled.value as JobStatus).state).toBe('cancelled');
    const after = fileState(file);
    expect(after.integrity).toBe('ok');
    expect(after.tables).toEqual(before.tables);
    expect(after.runs.map((r) => r.state)).toEqual(['done', 'cancelled']);
    // A reader saw the same review queue throughout, and the run's rows go in several slices.
    expect(queueBefore).not.toMatch(/^0:/);
    expect(seen.queues).toEqual([queueBefore]);
    expectClearedInSlices(seen.rowCounts);
  }, 120_000);
});

describe('a matching thread that crashes', () => {
  it('leaves no rows: its host clears them as soon as the thread is gone and marks the run failed', async () => {
    const file = copy('crash.thorline');
    const before = fileState(file);
    const watch = watchFile(file);
    const queueBefore = watch.queue();
    // Asked again the moment the run is said to have failed, while its rows are being cleared.
    let again: Promise<Result<unknown>> | undefined;
    const { workbench, job } = await startStuck(file, 'crash', (status, host) => {
      if (status.state === 'failed') again ??= host.dispatch('matching.start', {});
    });

    const ended = await waitForJob(workbench, job.jobId);
    await until(() => rowsOfFile(file) === 0);
    const refused = await again!;
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('still being cleared') as unknown,
    });
    const seen = watch.stop();
    workbench.close();

    expect(ended.state).toBe('failed');
    expect(ended.message).toBe('The matching worker stopped unexpectedly.');
    const after = fileState(file);
    expect(after.integrity).toBe('ok');
    expect(after.tables).toEqual(before.tables);
    expect(after.runs).toEqual([before.runs[0], { state: 'failed', message: ended.message }]);
    expect(seen.queues).toEqual([queueBefore]);
    expectClearedInSlices(seen.rowCounts);
  }, 120_000);
});

describe('a workspace closed while its matching thread is stuck', () => {
  it('ends the thread after the grace and clears its rows through a connection of its own', async () => {
    const file = copy('closed.thorline');
    const before = fileState(file);
    const watch = watchFile(file);
    const queueBefore = watch.queue();
    const { workbench } = await startStuck(file, 'hang');

    workbench.close();
    await workbench.runsEnded();
    const seen = watch.stop();

    expect(workersAlive('matching-worker')).toBe(0);
    const after = fileState(file);
    expect(after.integrity).toBe('ok');
    expect(after.tables).toEqual(before.tables);
    expect(after.runs.map((r) => r.state)).toEqual(['done', 'cancelled']);
    expect(after.runs[1]!.message).toContain('workspace was closed');
    expect(seen.queues).toEqual([queueBefore]);
    expectClearedInSlices(seen.rowCounts);
  }, 120_000);
});

describe('a workspace whose matching process was killed mid-run', () => {
  it('is cleared when a host opens it: the run marked failed at once, its rows removed', async () => {
    const file = copy('killed.thorline');
    const before = fileState(file);
    await killStuckProcess(file);
    const probe = openWorkspace(file, { readOnly: true });
    const left = rowsOf(probe, 'running');
    probe.close();
    expect(left).toBe(LEFT_ROWS);

    const watch = watchFile(file);
    const queueBefore = watch.queue();
    const workbench = await openWorkbench({ workspacePath: file, emit: () => {} });
    // Marked by the time the host answers its first call; the rows go in slices meanwhile.
    const runs = workbench.db.prepare('SELECT state FROM match_runs ORDER BY id').pluck().all();
    await until(() => rowsOfFile(file) === 0);
    const seen = watch.stop();
    workbench.close();

    expect(runs).toEqual(['done', 'failed']);
    const after = fileState(file);
    expect(after.integrity).toBe('ok');
    expect(after.tables).toEqual(before.tables);
    expect(after.runs[1]!.message).toMatch(/^Interrupted/);
    expect(seen.queues).toEqual([queueBefore]);
    expectClearedInSlices(seen.rowCounts);
  }, 120_000);
});

/** The suggestion rows of runs that are not done, as a fresh connection reads them. */
function rowsOfFile(file: string): number {
  const db = openWorkspace(file, { readOnly: true });
  try {
    return rowsOf(db, 'running') + rowsOf(db, 'cancelled') + rowsOf(db, 'failed');
  } finally {
    db.close();
  }
}

async function waitForJob(workbench: OpenWorkbench, jobId: string): Promise<JobStatus> {
  for (;;) {
    const r = await workbench.dispatch('jobs.status', { jobId });
    if (!r.ok) throw new Error(r.error.message);
    const status = r.value as JobStatus;
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs stuck/killed-run.ts on the file in a process of its own and kills it once it is stuck. */
async function killStuckProcess(file: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', KILLED_RUN, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('stuck') && resolve());
    child.once('exit', (code) => reject(new Error(`killed-run.ts ended by itself (${code})`)));
  });
  child.kill('SIGKILL');
  await exited;
}
