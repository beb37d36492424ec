// Key players and structure as the backend runs them: in a worker thread (from the sources
// here; tests/electron-wiring runs the built worker), with progress, cancel, and every other
// call answered while a big network is measured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../db/api/context';
import { createDispatch } from '../../../db/api/dispatch';
import { runStructure } from '../../../db/analysis/structure-run';
import { networkStructure, PIVOTS } from '../../../db/analysis/structure';
import { seedScenario } from '../../../db/scenario';
import { createScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import type { StructureRunProgress } from '../../../shared/contract/analysis-model';
import type { Result } from '../../../shared/contract/result';

function contextOf(db: Db, workspacePath: string, progress: StructureRunProgress[] = []): HandlerContext {
  return {
    db,
    workspacePath,
    emit: (event, payload) => event === 'analysis.progress' && progress.push(payload as StructureRunProgress),
  };
}

describe('structure in a worker thread, on the training scenario', () => {
  it('gives the same answer as measuring in place: the brokers first by betweenness', async () => {
    const db = openWorkspace(':memory:');
    seedScenario(db);
    const progress: StructureRunProgress[] = [];
    const inWorker = await runStructure(contextOf(db, ':memory:', progress), { runId: 'scenario' }, 0);
    expect(inWorker).toEqual(networkStructure(db));
    const people = inWorker.entities.filter((e) => e.type === 'person');
    const top = people.sort((a, b) => b.betweenness - a.betweenness).slice(0, 4);
    const labels = top.map((e) => e.label).join(' | ');
    for (const broker of [/Quintero/, /Hernández/, /Mendoza/]) expect(labels).toMatch(broker);
    expect(progress.at(-1)).toMatchObject({ runId: 'scenario', message: 'Done' });
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    db.close();
  });
});

describe('structure of a big network (5,900 entities)', () => {
  let dir: string;
  let file: string;
  let db: Db;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-structure-'));
    file = path.join(dir, 'generated.thorline');
    createScaledWorkspace(file, { records: 8000, seed: 7 });
    db = openWorkspace(file);
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers other calls while it measures, pushes progress and estimates betweenness', async () => {
    const progress: StructureRunProgress[] = [];
    const dispatch = createDispatch(contextOf(db, file, progress));
    let measured = false;
    const structure = dispatch('analysis.structure', { runId: 'big-1' }).then((r) => {
      measured = true;
      return r;
    });
    await until(() => progress.length > 0);
    // The worker is measuring now; the backend answers a read at once.
    const cases = await dispatch('cases.list', {});
    expect(cases.ok).toBe(true);
    expect(measured).toBe(false);
    const result = (await structure) as Result<{ entityCount: number; estimated: string[]; pivots: number }>;
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.entityCount).toBeGreaterThan(5000);
    expect(result.value.estimated).toEqual(['betweenness', 'closeness']);
    expect(result.value.pivots).toBe(PIVOTS);
    const last = progress.at(-1)!;
    expect([last.runId, last.done]).toEqual(['big-1', last.total]);
    expect(progress.some((p) => p.done > 0 && p.done < p.total)).toBe(true);
  });

  it('stops when cancelled, answering CANCELLED, and pushes no more progress', async () => {
    const progress: StructureRunProgress[] = [];
    const dispatch = createDispatch(contextOf(db, file, progress));
    const structure = dispatch('analysis.structure', { runId: 'big-2' });
    await until(() => progress.length > 0);
    const cancel = await dispatch('analysis.cancel', { runId: 'big-2' });
    expect(cancel).toEqual({ ok: true, value: { cancelled: true } });
    const result = await structure;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    const seen = progress.length;
    expect(progress.at(-1)!.done).toBeLessThan(progress.at(-1)!.total);
    // The thread is gone: a new run (cases.list first, to let any late message arrive) adds no step to the old.
    await dispatch('cases.list', {});
    expect(progress.length).toBe(seen);
    expect(await dispatch('analysis.cancel', { runId: 'big-2' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
  });

  it('refuses a runId that is not a plain name', async () => {
    const dispatch = createDispatch(contextOf(db, file));
    const result = await dispatch('analysis.cancel', { runId: '../x y' });
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
  });
});

/** Waits on the backend's own state (no fixed sleep): polls each turn of the event loop. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setImmediate(resolve));
}
