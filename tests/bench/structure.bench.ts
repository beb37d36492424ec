// npm run bench:structure [-- --records 8000,16000] [--exact]
// Key players and structure on generated workspaces, as the backend runs them (the network
// read in place, the measures in a worker thread): seconds to the answer against the target
// of a few seconds at 5,000 entities, and how long another call waited meanwhile. With
// --exact, also the exact betweenness in place (minutes at 10,000+) and how many of the
// estimate's first 20 are among the exact first 20.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { loadNetwork } from '../../db/analysis/network';
import { runStructure } from '../../db/analysis/structure-run';
import { createScaledWorkspace } from '../../db/scenario/scale/seed-scaled';
import { openWorkspace } from '../../db/store/open-workspace';
import { listCases } from '../../db/queries/cases';

const TARGET_SECONDS = 5;
const { values } = parseArgs({
  options: { records: { type: 'string', default: '8000,16000' }, exact: { type: 'boolean', default: false } },
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-bench-structure-'));

try {
  for (const records of values.records.split(',').map(Number)) await measure(records);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

async function measure(records: number): Promise<void> {
  const file = path.join(dir, `generated-${records}.thorline`);
  createScaledWorkspace(file, { records, seed: 7 });
  const db = openWorkspace(file);
  const ctx = { db, workspacePath: file, emit: () => {} };
  const started = performance.now();
  const run = runStructure(ctx, {});
  // Another call while the worker measures: how long it waits.
  await new Promise((resolve) => setImmediate(resolve));
  const asked = performance.now();
  listCases(db);
  const otherCallMs = performance.now() - asked;
  const structure = await run;
  const seconds = (performance.now() - started) / 1000;
  const n = structure.entities.length;
  console.log(
    `${records.toLocaleString('en-US')} records, ${n.toLocaleString('en-US')} entities: structure in ${seconds.toFixed(1)} s ` +
      `(${(seconds / TARGET_SECONDS).toFixed(2)}× the ${TARGET_SECONDS} s target; betweenness ${structure.estimated.length ? `estimated from ${structure.pivots} pivots` : 'exact'}); ` +
      `another call meanwhile answered in ${otherCallMs.toFixed(0)} ms`,
  );
  if (values.exact) compareWithExact(db, structure.entities);
  db.close();
}

function compareWithExact(
  db: ReturnType<typeof openWorkspace>,
  entities: { id: number; betweenness: number }[],
) {
  const t = performance.now();
  const exact = betweenness(loadNetwork(db), { getEdgeWeight: null });
  const top = (pairs: [string, number][]) =>
    pairs
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([k]) => k);
  const exactTop = new Set(top(Object.entries(exact)));
  const estimatedTop = top(entities.map((e) => [String(e.id), e.betweenness]));
  const shared = estimatedTop.filter((k) => exactTop.has(k)).length;
  console.log(
    `  exact betweenness in place: ${((performance.now() - t) / 1000).toFixed(1)} s; ${shared} of the estimate's first 20 are in the exact first 20`,
  );
}
