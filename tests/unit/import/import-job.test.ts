// import.start: a table import as a background job in a worker thread. Progress events
// arrive while it runs, its report equals import.run's for the same file, and a
// cancelled import leaves every table exactly as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { estimateRows } from '../../../db/jobs/import-job';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type { ImportReport } from '../../../shared/contract/exchange-model';
import type { JobStatus } from '../../../shared/contract/matching-model';
import { writePurchaseCsv } from '../../bench/purchase-csv';
import { count, sampleSpec, snapshot, upload, workbench } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-import-job-'));
  dirs.push(dir);
  return dir;
}

async function purchaseCsv(dir: string, rows: number): Promise<Buffer> {
  const file = path.join(dir, `purchases-${rows}.csv`);
  await writePurchaseCsv(file, rows);
  return fs.readFileSync(file);
}

/** A workspace file with a dispatch that records every job.progress event. */
function fileWorkbench(dir: string, name: string) {
  const workspacePath = path.join(dir, name);
  const db = openWorkspace(workspacePath);
  const events: JobStatus[] = [];
  const dispatch = createDispatch({
    db,
    workspacePath,
    emit: (e, p) => e === 'job.progress' && events.push(p as JobStatus),
  });
  async function call<T>(callName: string, input: unknown): Promise<T> {
    const r = await dispatch(callName, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  }
  return { db, events, call };
}

async function untilOver(call: <T>(n: string, i: unknown) => Promise<T>, jobId: string): Promise<JobStatus> {
  for (let i = 0; i < 600; i++) {
    const s = await call<JobStatus>('jobs.status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${jobId} still running after 60 s`);
}

const importInput = (csv: Buffer, number: string) => ({
  file: upload('purchases.csv', csv),
  spec: sampleSpec(),
  case: { number, title: 'Import job test' },
  match: false,
});

const counts = (db: Db) => ({
  records: count(db, 'records'),
  links: count(db, 'links'),
  entities: count(db, 'entities'),
});

describe('import.start', () => {
  it('reports progress and ends with the same report as import.run', async () => {
    const dir = tempDir();
    const csv = await purchaseCsv(dir, 30_000);
    const job = fileWorkbench(dir, 'job.thorline');
    const started = await job.call<JobStatus>('import.start', importInput(csv, 'JOB-2026-01'));
    expect(started).toMatchObject({ kind: 'import', state: 'running', recordsTotal: 30_000 });
    const final = await untilOver(job.call, started.jobId);
    expect(final.state).toBe('done');

    const running = job.events.filter((e) => e.jobId === started.jobId && e.state === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(running[0]!.recordsDone).toBeGreaterThan(0);
    expect(running[0]!.recordsDone).toBeLessThan(30_000);
    expect(job.events.at(-1)).toMatchObject({ state: 'done', recordsDone: 30_000 });

    const direct = fileWorkbench(dir, 'direct.thorline');
    const report = await direct.call<ImportReport>('import.run', importInput(csv, 'JOB-2026-01'));
    expect(report.written).toBe(true);
    expect(final.importReport).toEqual(report);
    expect(counts(job.db)).toEqual(counts(direct.db));
    job.db.close();
    direct.db.close();
  });

  it('cancelled, leaves every table as it was and says nothing was written', async () => {
    const dir = tempDir();
    const job = fileWorkbench(dir, 'cancel.thorline');
    await job.call('import.run', importInput(await purchaseCsv(dir, 500), 'EARLIER-2026-01'));
    const before = snapshot(job.db);
    const big = await purchaseCsv(dir, 300_000);
    const started = await job.call<JobStatus>('import.start', importInput(big, 'CANCEL-2026-01'));
    for (let i = 0; i < 600 && !job.events.some((e) => e.recordsDone > 0); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(job.events.some((e) => e.state === 'running' && e.recordsDone > 0)).toBe(true);

    const cancelled = await job.call<JobStatus>('jobs.cancel', { jobId: started.jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.message).toBe('Import cancelled — nothing was written.');
    expect(cancelled.importReport).toBeUndefined();
    expect(snapshot(job.db)).toEqual(before);
    job.db.close();
  });

  it('refuses a second import while one is running', async () => {
    const dir = tempDir();
    const job = fileWorkbench(dir, 'twice.thorline');
    const big = await purchaseCsv(dir, 100_000);
    const first = await job.call<JobStatus>('import.start', importInput(big, 'TWICE-2026-01'));
    await expect(job.call('import.start', importInput(big, 'TWICE-2026-02'))).rejects.toThrow(
      /CONFLICT: A table import is already going on/,
    );
    await job.call('jobs.cancel', { jobId: first.jobId });
    job.db.close();
  });

  it('refuses other changes at once while it writes, saying why, and takes them after', async () => {
    const dir = tempDir();
    const job = fileWorkbench(dir, 'busy.thorline');
    const started = await job.call<JobStatus>(
      'import.start',
      importInput(await purchaseCsv(dir, 100_000), 'BUSY-1'),
    );
    const asked = performance.now();
    await expect(job.call('importSpecs.save', { spec: sampleSpec() })).rejects.toThrow(
      /^BUSY: A table import is writing to this workspace.*Changes can be saved once it finishes or is cancelled\.$/,
    );
    // Refused without waiting for the lock (which would take the 5 s busy timeout).
    expect(performance.now() - asked).toBeLessThan(3_000);
    await job.call('jobs.cancel', { jobId: started.jobId });
    await expect(job.call('importSpecs.save', { spec: sampleSpec() })).resolves.toMatchObject({
      name: 'Dealer purchase log',
    });
    job.db.close();
  });

  it('runs in-process on a memory workspace (tests) with the same report', async () => {
    const csv = await purchaseCsv(tempDir(), 200);
    const { call } = workbench();
    const started = await call<JobStatus>('import.start', importInput(csv, 'MEM-2026-01'));
    const final = await untilOver(call, started.jobId);
    const direct = await workbench().call<ImportReport>('import.run', importInput(csv, 'MEM-2026-01'));
    expect(final.state).toBe('done');
    expect(final.importReport).toEqual(direct);
  });
});

describe('estimateRows', () => {
  it('counts line ends less the header rows, with or without a final line end', () => {
    expect(estimateRows('a.csv', Buffer.from('h\n1\n2\n'), 1)).toBe(2);
    expect(estimateRows('a.csv', Buffer.from('h\n1\n2'), 1)).toBe(2);
    expect(estimateRows('a.csv', Buffer.from('x\nh\n1\n'), 2)).toBe(1);
    expect(estimateRows('a.xlsx', Buffer.from('h\n1\n'), 1)).toBe(0);
  });
});
