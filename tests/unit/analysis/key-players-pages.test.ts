// The Key players export reads every entity in pages of KEY_PLAYERS_PAGE_MAX through the
// contract (use-key-players.ts readAllKeyPlayers): on a generated workspace of more entities
// than two pages hold, every entity comes once, strongest betweenness first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../db/api/dispatch';
import { createScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { readAllKeyPlayers } from '../../../renderer/src/data/use-key-players';
import { KEY_PLAYERS_PAGE_MAX, type StructureSummary } from '../../../shared/contract/analysis-model';
import type { WorkbenchClient } from '../../../shared/contract/host';

let dir: string;
let db: Db;
let client: WorkbenchClient;
const asked: { offset?: number; limit?: number }[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-key-players-'));
  const file = path.join(dir, 'generated.thorline');
  createScaledWorkspace(file, { records: 6000, seed: 7 });
  db = openWorkspace(file);
  const dispatch = createDispatch({ db, workspacePath: file, emit: () => {} });
  client = {
    call: async (name: string, input: unknown) => {
      if (name === 'analysis.keyPlayers') asked.push(input as { offset?: number; limit?: number });
      const result = await dispatch(name, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
  } as unknown as WorkbenchClient;
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('reading every key player in pages', () => {
  it('reads each entity once, strongest betweenness first, in pages of the most a page holds', async () => {
    const summary = (await client.call('analysis.structure', {})) as StructureSummary;
    expect(summary.entityCount).toBeGreaterThan(2 * KEY_PLAYERS_PAGE_MAX);
    const all = await readAllKeyPlayers(client, null, summary);
    expect(all).toHaveLength(summary.entityCount);
    expect(new Set(all.map((e) => e.id)).size).toBe(summary.entityCount);
    expect(all.every((e, i) => i === 0 || e.betweenness <= all[i - 1]!.betweenness)).toBe(true);
    const pages = Math.ceil(summary.entityCount / KEY_PLAYERS_PAGE_MAX);
    expect(asked.map((a) => a.offset)).toEqual(
      Array.from({ length: pages }, (_, i) => i * KEY_PLAYERS_PAGE_MAX),
    );
  }, 120_000);
});
