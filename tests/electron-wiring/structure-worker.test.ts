// The built structure worker (dist-electron/structure-worker.cjs, as the desktop host names it):
// key players and structure measured by the shipped file give the same answer as in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkStructure } from '../../db/analysis/structure';
import { runStructure } from '../../db/analysis/structure-run';
import { useBuiltWorkers } from '../../db/jobs/start-worker';
import { seedScenario } from '../../db/scenario';
import { openWorkspace } from '../../db/store/open-workspace';
import type { StructureRunProgress } from '../../shared/contract/analysis-model';
import { builtFile, ensureBuilt } from './built-files';

beforeAll(() => {
  ensureBuilt();
  useBuiltWorkers({ 'structure-worker': builtFile('structure-worker.cjs') }, { allowEnvOverride: false });
}, 180_000);
afterAll(() => useBuiltWorkers({}, { allowEnvOverride: true }));

describe('the built structure worker', () => {
  it('measures the training scenario as the backend does in place, reporting progress', async () => {
    const db = openWorkspace(':memory:');
    seedScenario(db);
    const progress: StructureRunProgress[] = [];
    const ctx = {
      db,
      workspacePath: ':memory:',
      emit: (event: string, payload: unknown) =>
        event === 'analysis.progress' && progress.push(payload as StructureRunProgress),
    };
    // A limit of 0 sends even this small network to the thread.
    const built = await runStructure(ctx, { runId: 'built' }, 0);
    expect(built).toEqual(networkStructure(db));
    const top = built.entities
      .filter((e) => e.type === 'person')
      .sort((a, b) => b.betweenness - a.betweenness)
      .slice(0, 4)
      .map((e) => e.label)
      .join(' | ');
    for (const broker of [/Quintero/, /Hernández/, /Mendoza/]) expect(top).toMatch(broker);
    expect(progress.at(-1)).toMatchObject({ runId: 'built', message: 'Done' });
    db.close();
  });
});
