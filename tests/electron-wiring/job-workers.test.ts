// Which file a job's worker thread runs: the built file the desktop host names, and an
// environment variable only where overrides are allowed (never in a packaged app).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startWorker, useBuiltWorkers } from '../../db/jobs/start-worker';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-job-workers-'));
const builtWorker = path.join(dir, 'built.cjs');
const envWorker = path.join(dir, 'from-env.cjs');
fs.writeFileSync(builtWorker, 'require("node:worker_threads").parentPort.postMessage("built");');
fs.writeFileSync(envWorker, 'require("node:worker_threads").parentPort.postMessage("from the environment");');

afterEach(() => {
  delete process.env.THORLINE_MATCHING_WORKER;
  useBuiltWorkers({}, { allowEnvOverride: true });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function firstMessage(): Promise<unknown> {
  const worker = startWorker('matching-worker', 'THORLINE_MATCHING_WORKER', {});
  const [message] = await once(worker, 'message');
  await worker.terminate();
  return message;
}

describe('job worker files', () => {
  it('a packaged app ignores THORLINE_MATCHING_WORKER and runs its built worker', async () => {
    process.env.THORLINE_MATCHING_WORKER = envWorker;
    useBuiltWorkers({ 'matching-worker': builtWorker }, { allowEnvOverride: false });
    expect(await firstMessage()).toBe('built');
  });

  it('a development build lets the variable choose', async () => {
    process.env.THORLINE_MATCHING_WORKER = envWorker;
    useBuiltWorkers({ 'matching-worker': builtWorker }, { allowEnvOverride: true });
    expect(await firstMessage()).toBe('from the environment');
    delete process.env.THORLINE_MATCHING_WORKER;
    expect(await firstMessage()).toBe('built');
  });
});
