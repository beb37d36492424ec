// The whole workspace's trafficking indicators are read in a worker thread: while they are
// read, the host answers other calls; asks for one state share one thread; a write while they
// are read gives the answer of the workspace as written; closing or switching the workspace
// ends the thread and answers CANCELLED.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indicatorsAtThresholds } from '../../../db/analysis/indicator-settings';
import { indicatorWorkersAlive } from '../../../db/analysis/indicators-run';
import { createScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { openWorkspace } from '../../../db/store/open-workspace';
import { openWorkbench, type OpenWorkbench } from '../../../electron/workspace/open-workbench';
import type { Result } from '../../../shared/contract/result';
import { startSwitchableHost, until } from './switchable-host';

let dir: string;
let file: string;
let expected: ReturnType<typeof indicatorsAtThresholds>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-indicators-thread-'));
  file = path.join(dir, 'generated.thorline');
  createScaledWorkspace(file, { records: 20_000, seed: 5 });
  const db = openWorkspace(file, { readOnly: true });
  expected = indicatorsAtThresholds(db);
  db.close();
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// A thread ended by the test before has exited (terminating one is not immediate).
beforeEach(() => until(() => indicatorWorkersAlive() === 0));

/** Each answer's name, in the order the host gave them. */
function answersInOrder(workbench: OpenWorkbench) {
  const order: string[] = [];
  const ask = (name: string, input: unknown, as = name) =>
    workbench.dispatch(name, input).then((result) => {
      order.push(as);
      return result;
    });
  return { order, ask };
}

describe('indicators read in a worker thread', () => {
  it('answers a case list and one case’s chart while they are read, then the same indicators as in place', async () => {
    const workbench = await openWorkbench({ workspacePath: file, emit: () => {} });
    try {
      const { order, ask } = answersInOrder(workbench);
      const indicators = ask('analysis.indicators', {});
      const cases = (await ask('cases.list', {})) as Result<{ id: number }[]>;
      expect(cases.ok).toBe(true);
      const firstCase = cases.ok ? cases.value[0]!.id : 0;
      const graph = await ask('graph.get', { caseIds: [firstCase] });
      expect(graph.ok).toBe(true);
      expect(indicatorWorkersAlive()).toBe(1);
      const answer = await indicators;
      expect(order).toEqual(['cases.list', 'graph.get', 'analysis.indicators']);
      expect(answer).toEqual({ ok: true, value: expected });
      expect(expected.hits.length).toBeGreaterThan(0);
    } finally {
      workbench.close();
    }
  });

  it('shares one thread between asks for the same state and keeps the answer until a write', async () => {
    const workbench = await openWorkbench({ workspacePath: file, emit: () => {} });
    try {
      const [a, b] = [
        workbench.dispatch('analysis.indicators', {}),
        workbench.dispatch('analysis.indicators', {}),
      ];
      expect(indicatorWorkersAlive()).toBe(1);
      const [first, second] = await Promise.all([a, b]);
      expect(first).toEqual({ ok: true, value: expected });
      expect(second).toEqual(first);
      await until(() => indicatorWorkersAlive() === 0);
      // Kept: answered without a thread.
      const kept = workbench.dispatch('analysis.indicators', {});
      expect(indicatorWorkersAlive()).toBe(0);
      expect(await kept).toEqual(first);
    } finally {
      workbench.close();
    }
  });

  it('answers for the workspace as written when a write comes while they are read', async () => {
    const copy = path.join(dir, 'written.thorline');
    fs.copyFileSync(file, copy);
    const workbench = await openWorkbench({ workspacePath: copy, emit: () => {} });
    try {
      const { order, ask } = answersInOrder(workbench);
      const indicators = ask('analysis.indicators', {});
      await until(() => indicatorWorkersAlive() === 1);
      const set = await ask('analysis.thresholds.set', { crossAgencyCount: 20 }, 'thresholds.set');
      expect(set.ok ? 'written' : set.error).toBe('written');
      const answer = (await indicators) as Result<typeof expected>;
      expect(order).toEqual(['thresholds.set', 'analysis.indicators']);
      expect(answer.ok && answer.value.thresholds.crossAgencyCount).toBe(20);
      expect(answer.ok && answer.value.hits.filter((h) => h.kind === 'cross_agency')).toEqual([]);
      expect(expected.hits.some((h) => h.kind === 'cross_agency')).toBe(true);
    } finally {
      workbench.close();
    }
  });

  it('closing the workspace ends the thread and answers CANCELLED', async () => {
    const workbench = await openWorkbench({ workspacePath: file, emit: () => {} });
    const indicators = workbench.dispatch('analysis.indicators', {});
    await until(() => indicatorWorkersAlive() === 1);
    workbench.close();
    const result = await indicators;
    expect(result.ok ? 'answered' : result.error.code).toBe('CANCELLED');
    if (!result.ok) expect(result.error.message).toContain('workspace was closed');
    await until(() => indicatorWorkersAlive() === 0);
  });

  it('switching the browser host to the training workspace ends the old workspace’s thread', async () => {
    const { host, call } = await startSwitchableHost(dir, file);
    try {
      const indicators = call<{ hits: unknown[] }>('analysis.indicators', {});
      await until(() => indicatorWorkersAlive() === 1);
      const switched = await call('training.start', {});
      expect(switched.ok).toBe(true);
      const result = await indicators;
      expect(result.ok ? 'answered' : result.error.code).toBe('CANCELLED');
      await until(() => indicatorWorkersAlive() === 0);
      // The training workspace answers its own indicators (small: read in place).
      const training = await call<{ hits: unknown[] }>('analysis.indicators', {});
      expect(training.ok && training.value.hits.length).toBeGreaterThan(0);
    } finally {
      await host.close();
    }
  });
});
