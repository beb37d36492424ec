// The built indicators worker (dist-electron/indicators-worker.cjs, as the desktop host names
// it): the training workspace's trafficking indicators read by the shipped file, from the
// workspace file opened read-only, are the ones the backend finds in place.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorsAtThresholds } from '../../db/analysis/indicator-settings';
import { indicatorWorkersAlive, workspaceIndicators } from '../../db/analysis/indicators-run';
import { useBuiltWorkers } from '../../db/jobs/start-worker';
import { createScenarioWorkspace } from '../../db/scenario';
import { openWorkspace } from '../../db/store/open-workspace';
import { builtFile, ensureBuilt } from './built-files';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  useBuiltWorkers({ 'indicators-worker': builtFile('indicators-worker.cjs') }, { allowEnvOverride: false });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-built-indicators-'));
}, 180_000);
afterAll(() => {
  useBuiltWorkers({}, { allowEnvOverride: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the built indicators worker', () => {
  it('finds the training scenario’s indicators as the backend does in place', async () => {
    const file = path.join(dir, 'training.thorline');
    createScenarioWorkspace(file);
    const db = openWorkspace(file);
    try {
      const ctx = { db, workspacePath: file, emit: () => {} };
      // A limit of 0 records sends even this small workspace to the thread.
      const asked = workspaceIndicators(ctx, 0);
      expect(indicatorWorkersAlive()).toBe(1);
      const built = await asked;
      expect(built).toEqual(indicatorsAtThresholds(db));
      const kinds = new Set(built.hits.map((h) => h.kind));
      for (const kind of ['multiple_sale', 'time_to_crime', 'far_purchase_recovered_in_mexico'] as const)
        expect(kinds).toContain(kind);
    } finally {
      db.close();
    }
  });
});
