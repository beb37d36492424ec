// Matching runs and table imports end with their workspace, as key players and indicators
// do: closing or switching the workspace while one runs ends its worker thread, the job
// answers CANCELLED, the old workspace file holds none of its rows, and none of its events
// reach the host after the close.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobStatus } from '../../../db/jobs/registry';
import { workersAlive } from '../../../db/jobs/worker-run';
import { createScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { openWorkspace } from '../../../db/store/open-workspace';
import { openWorkbench, type OpenWorkbench } from '../../../electron/workspace/open-workbench';
import type { JobStatus } from '../../../shared/contract/matching-model';
import { writePurchaseCsv } from '../../bench/purchase-csv';
import { startSwitchableHost, until } from '../analysis/switchable-host';
import { sampleSpec, snapshot, upload } from '../import/helpers';

let dir: string;
let generated: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-jobs-end-'));
  generated = path.join(dir, 'generated.thorline');
  // About 8,000 records: matching them takes seconds in its thread.
  createScaledWorkspace(generated, { records: 8000, seed: 7 });
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A workbench on `file` that keeps every job.progress event it pushes. */
async function recordingWorkbench(file: string) {
  const events: JobStatus[] = [];
  const workbench = await openWorkbench({
    workspacePath: file,
    emit: (event, payload) => event === 'job.progress' && events.push(payload as JobStatus),
  });
  async function start(name: string, input: unknown): Promise<JobStatus> {
    const r = await workbench.dispatch(name, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as JobStatus;
  }
  return { workbench, events, start };
}

/** Every table of the file as a fresh connection reads it (row counts and content hashes). */
function tablesOf(file: string, leaveOut: string[] = []): Record<string, string> {
  const db = openWorkspace(file, { readOnly: true });
  try {
    const tables = snapshot(db);
    for (const t of leaveOut) delete tables[t];
    return tables;
  } finally {
    db.close();
  }
}

/** Closes the workbench once its job has reported progress; the job's status once its thread is gone. */
async function closeWhileRunning(
  workbench: OpenWorkbench,
  events: JobStatus[],
  job: JobStatus,
  worker: 'matching-worker' | 'import-worker',
) {
  // Matching: its comparing phase has begun (on a quiet machine the whole phase takes about
  // a second here and may post no count before it ends, so the first word of it is the cue);
  // an import: rows read.
  const matching = worker === 'matching-worker';
  const busy = matching ? 'Comparing records' : `Importing`;
  await until(() =>
    events.some(
      (e) => e.jobId === job.jobId && e.message.startsWith(busy) && (matching || e.recordsDone > 0),
    ),
  );
  expect(jobStatus(job.jobId).state).toBe('running');
  expect(workersAlive(worker)).toBe(1);
  workbench.close();
  const seen = events.length;
  await until(() => workersAlive(worker) === 0);
  // Whatever the thread posted before it ended has been delivered by now; none was pushed.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(events.length).toBe(seen);
  return jobStatus(job.jobId);
}

describe('a matching run when its workspace is closed', () => {
  it('answers CANCELLED, ends its thread and leaves no suggestion rows in the file', async () => {
    const file = path.join(dir, 'matching-close.thorline');
    fs.copyFileSync(generated, file);
    const { workbench, events, start } = await recordingWorkbench(file);
    // The person weights are current, so the run itself writes none (kept in workspace_meta).
    expect((await workbench.dispatch('matching.estimate.run', {})).ok).toBe(true);
    const before = tablesOf(file, ['match_runs']);

    const job = await start('matching.start', {});
    const status = await closeWhileRunning(workbench, events, job, 'matching-worker');

    expect(status.state).toBe('cancelled');
    expect(status.message).toContain('workspace was closed');
    expect(tablesOf(file, ['match_runs'])).toEqual(before);
    const db = openWorkspace(file, { readOnly: true });
    const runs = db.prepare('SELECT state FROM match_runs').pluck().all();
    db.close();
    expect(runs).toEqual(['cancelled']);
  });
});

describe('a table import when its workspace is closed', () => {
  it('answers CANCELLED, ends its thread and leaves the file exactly as before', async () => {
    const file = path.join(dir, 'import-close.thorline');
    const csvFile = path.join(dir, 'purchases.csv');
    await writePurchaseCsv(csvFile, 100_000);
    const { workbench, events, start } = await recordingWorkbench(file);
    const before = tablesOf(file);

    const job = await start('import.start', {
      file: upload('purchases.csv', fs.readFileSync(csvFile)),
      spec: sampleSpec(),
      case: { number: 'CLOSE-2026-01', title: 'Closed while importing' },
      match: false,
    });
    const status = await closeWhileRunning(workbench, events, job, 'import-worker');

    expect(status.state).toBe('cancelled');
    expect(status.message).toBe('The workspace was closed, so the import stopped — nothing was written.');
    expect(status.importReport).toBeUndefined();
    expect(tablesOf(file)).toEqual(before);
  });
});

describe('switching the browser host to the training workspace while matching', () => {
  it('cancels the run of the old workspace, whose file keeps no suggestion rows', async () => {
    const file = path.join(dir, 'matching-switch.thorline');
    fs.copyFileSync(generated, file);
    // The run may store the person weights it estimated (workspace_meta): a cache, not a result.
    const before = tablesOf(file, ['match_runs', 'workspace_meta']);
    const { host, call } = await startSwitchableHost(dir, file);
    try {
      const started = await call<JobStatus>('matching.start', {});
      if (!started.ok) throw new Error(started.error.message);
      const jobId = started.value.jobId;
      await until(() => jobStatus(jobId).message === 'Comparing records');

      expect((await call('training.start', {})).ok).toBe(true);
      await until(() => workersAlive('matching-worker') === 0);
      // The job list is the host's: asked through the training workspace, it tells of the old run.
      const status = await call<JobStatus>('jobs.status', { jobId });
      expect(status.ok && status.value.state).toBe('cancelled');
      const info = await call<{ path: string }>('workspace.info', {});
      expect(info.ok && info.value.path).toBe(path.join(dir, 'training.thorline'));
    } finally {
      await host.close();
    }
    expect(tablesOf(file, ['match_runs', 'workspace_meta'])).toEqual(before);
  });
});
