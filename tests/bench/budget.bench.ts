// Chart budget queries on a big workspace: how long graph.get (whole workspace and one
// case), graph.neighbours and one page of connections take, and what each left out.
// Usage: tsx tests/bench/budget.bench.ts WORKSPACE.thorline
// (make one with `npm run sample -- --out /tmp/w100k.thorline --records 100000`).
import { performance } from 'node:perf_hooks';
import { GRAPH_BUDGET, NEIGHBOUR_BUDGET } from '../../shared/contract/budget';
import { pageConnections } from '../../db/queries/connections';
import { graphOfCases, neighboursOf } from '../../db/queries/graph';
import { openWorkspace } from '../../db/store/open-workspace';

function timed<T>(label: string, run: () => T, describe: (out: T) => string): T {
  const start = performance.now();
  const out = run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms — ${describe(out)}`);
  return out;
}

const path = process.argv[2];
if (!path) throw new Error('usage: tsx tests/bench/budget.bench.ts WORKSPACE.thorline');
const db = openWorkspace(path);
const records = (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
console.log(`${path}: ${records.toLocaleString()} records`);
const whole = timed(
  `graph.get, whole workspace, budget ${GRAPH_BUDGET}`,
  () => graphOfCases(db, undefined, GRAPH_BUDGET),
  (g) =>
    `${g.nodes.length} of ${g.totalEntities} entities, ${g.links.length} links, left out ${g.omitted.entities} entities and ${g.omitted.links} links`,
);
const biggest = db
  .prepare('SELECT case_id AS id FROM records GROUP BY case_id ORDER BY count(*) DESC LIMIT 1')
  .get() as { id: number };
timed(
  'graph.get, the biggest case',
  () => graphOfCases(db, [biggest.id], GRAPH_BUDGET),
  (g) => `${g.nodes.length} of ${g.totalEntities} entities`,
);
timed(
  `graph.neighbours of an entity on the chart, budget ${NEIGHBOUR_BUDGET}`,
  () => neighboursOf(db, whole.nodes[0]!.id, NEIGHBOUR_BUDGET),
  (g) => `${g.nodes.length} of ${g.totalEntities} entities`,
);
timed(
  'connections.list, first page of 50',
  () => pageConnections(db, undefined, 50, 0),
  (p) => `${p.connections.length} of ${p.total} case pairs`,
);
db.close();
