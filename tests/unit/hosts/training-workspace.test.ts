// Training in a workspace file of its own, through the browser host over real HTTP: start it,
// change it, reset it to a fresh scenario, leave it; the analyst's file is never touched.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/http-host';
import { createDispatch } from '../../../db/api/dispatch';
import { openWorkspace } from '../../../db/store/open-workspace';
import type { Result } from '../../../shared/contract/result';

let dir: string;
let host: HttpHost;
let analystFile: string;
let trainingFile: string;

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const keyOf = (h: HttpHost) => /\/key\/([^/]+)\//.exec(h.url)![1]!;

async function call(name: string, input: unknown = {}): Promise<Result<Record<string, unknown>>> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-thorline-key': keyOf(host) },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Result<Record<string, unknown>>;
}

async function value(name: string, input: unknown = {}) {
  const result = await call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-training-'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  analystFile = path.join(dir, 'cases.thorline');
  trainingFile = path.join(dir, 'data', 'training.thorline');
  host = await startHttpHost({
    workspacePath: analystFile,
    port: 0,
    rendererDir,
    trainingPath: trainingFile,
  });
  await value('cases.create', {
    number: 'OWN-2026-001',
    title: 'The analyst’s own case',
    agency: 'Own Office',
    openedOn: '2026-01-05',
  });
});

afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the training workspace', () => {
  it('is not open at first, and is created with the training scenario when started', async () => {
    expect(await value('training.status')).toMatchObject({ active: false, trainingPath: trainingFile });
    expect(fs.existsSync(trainingFile)).toBe(false);
    const status = await value('training.start', {});
    expect(status).toMatchObject({ active: true, returnPath: analystFile });
    const info = await value('workspace.info');
    expect(info).toMatchObject({ path: trainingFile, caseCount: 14 });
  });

  it('resets to a fresh scenario, dropping what the trainee changed', async () => {
    await value('cases.create', {
      number: 'TRAINEE-1',
      title: 'Made while training',
      agency: 'Class',
      openedOn: '2026-01-06',
    });
    expect(await value('workspace.info')).toMatchObject({ caseCount: 15 });
    await value('training.start', { reset: true });
    expect(await value('workspace.info')).toMatchObject({ path: trainingFile, caseCount: 14 });
    expect(fs.existsSync(`${trainingFile}.previous`)).toBe(false);
  });

  it('leaves training for the workspace that was open, untouched by training', async () => {
    const before = hash(analystFile);
    expect(await value('training.leave')).toMatchObject({ active: false, returnPath: null });
    const info = await value('workspace.info');
    expect(info).toMatchObject({ path: analystFile, caseCount: 1 });
    expect(hash(analystFile)).toBe(before);
  });

  it('names what is wrong in bad input', async () => {
    const result = await call('training.start', { reset: 'yes' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(/reset/);
    }
  });

  it('is answered by hosts only: a workspace dispatch refuses the training calls', async () => {
    const db = openWorkspace(path.join(dir, 'other.thorline'));
    try {
      const dispatch = createDispatch({ db, workspacePath: 'other', emit: () => undefined });
      const result = await dispatch('training.start', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      db.close();
    }
  });
});
