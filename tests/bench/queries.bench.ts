// The queries the workbench makes on open and on the common actions, timed through the
// contract's dispatch (validation included, as the hosts run them) on generated workspaces
// of 100,000 and 1,000,000 records, each beside the target where it sets one.
// Usage: npm run bench:queries [-- --records 100000,1000000] [--dir /tmp] [--indicators-only]
// Workspaces are generated once with the scale generator (and matched once, so the review
// queue is real) into DIR/thorline-queries-N.thorline, and reused by later runs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDispatch, type Dispatch } from '../../db/api/dispatch';
import { createScaledWorkspace } from '../../db/scenario';
import { openWorkspace, type Db } from '../../db/store/open-workspace';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/calls';

interface Row {
  query: string;
  ms: number;
  target: number | null;
  note: string;
}

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000,1000000' },
    dir: { type: 'string', default: '/tmp' },
    // Only the trafficking indicators and a call asked while they are read.
    'indicators-only': { type: 'boolean', default: false },
  },
});
const sizes = values.records.split(',').map(Number);

function workspaceOf(records: number): string {
  const file = path.join(values.dir, `thorline-queries-${records}.thorline`);
  if (!fs.existsSync(file)) {
    console.log(`generating ${records.toLocaleString('en-US')} records into ${file}…`);
    createScaledWorkspace(file, { records, seed: 1 });
  }
  // Opened writable: a file cached by an older build is brought to the current schema here.
  const db = openWorkspace(file);
  const runs = (db.prepare('SELECT count(*) AS n FROM match_runs').get() as { n: number }).n;
  db.close();
  if (runs === 0) {
    console.log('matching it once, so that the review queue holds real suggestions…');
    execFileSync('npx', ['tsx', '--max-old-space-size=4096', 'db/cli/match.ts', '--workspace', file], {
      stdio: 'inherit',
    });
  }
  return file;
}

async function timed<N extends CallName>(
  dispatch: Dispatch,
  name: N,
  input: CallInput<N>,
): Promise<{ ms: number; value: CallOutput<N> }> {
  const start = performance.now();
  const result = await dispatch(name, input);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return { ms, value: result.value as CallOutput<N> };
}

/** A case of about 50 records, and a word that is in many names (a realistic search). */
function picks(db: Db) {
  const fifty = db
    .prepare(
      `SELECT case_id AS id, count(*) AS n FROM records GROUP BY case_id ORDER BY abs(count(*) - 50), case_id LIMIT 1`,
    )
    .get() as { id: number; n: number };
  const person = db.prepare(`SELECT label FROM records WHERE type = 'person' LIMIT 1 OFFSET 1000`).get() as {
    label: string;
  };
  return { fifty, surname: person.label.split(/\s+/).at(-1)! };
}

async function measure(records: number): Promise<Row[]> {
  const file = workspaceOf(records);
  const db = openWorkspace(file);
  const dispatch = createDispatch({ db, workspacePath: file, emit: () => {} });
  const rows: Row[] = [];
  const add = (query: string, ms: number, target: number | null, note: string) =>
    rows.push({ query, ms, target, note });
  if (values['indicators-only']) {
    await indicatorsWhileAsking(dispatch, picks(db).fifty, add);
    db.close();
    return rows;
  }
  const mapTarget = records >= 1_000_000 ? 5000 : 3000;

  const info = await timed(dispatch, 'workspace.info', {});
  add('workspace.info', info.ms, null, `${info.value.recordCount.toLocaleString('en-US')} records`);
  const map = await timed(dispatch, 'casemap.get', {});
  add(
    'casemap.get (first, on open)',
    map.ms,
    mapTarget,
    `${map.value.cases.length} of ${map.value.summary.cases} cases, ${map.value.links.length} of ${map.value.summary.links} pairs, ${map.value.summary.networks} networks`,
  );
  const again = await timed(dispatch, 'casemap.get', {});
  add('casemap.get (again, unchanged)', again.ms, mapTarget, 'kept until the workspace changes');
  const cases = await timed(dispatch, 'cases.list', {});
  add('cases.list', cases.ms, null, `${cases.value.length} cases`);
  const pair = map.value.links[0]!;
  const evidence = await timed(dispatch, 'casemap.connection', { caseA: pair.caseA, caseB: pair.caseB });
  add(
    'casemap.connection (hover, inspector)',
    evidence.ms,
    null,
    `${evidence.value.evidence.length} entities`,
  );
  const conn = await timed(dispatch, 'connections.list', {});
  add(
    'connections.list, first page',
    conn.ms,
    null,
    `${conn.value.connections.length} of ${conn.value.total} pairs`,
  );
  const { fifty, surname } = picks(db);
  const search = await timed(dispatch, 'search.entities', { query: surname });
  add(`search.entities "${surname}"`, search.ms, null, `${search.value.length} hits`);
  const phone = await timed(dispatch, 'search.entities', { query: '555-01' });
  add('search.entities "555-01"', phone.ms, null, `${phone.value.length} hits`);
  const queue = await timed(dispatch, 'candidates.list', {});
  add(
    'candidates.list (review queue), first page',
    queue.ms,
    null,
    `${queue.value.candidates.length} of ${queue.value.total}`,
  );
  const recs = await timed(dispatch, 'records.list', {});
  add(
    'records.list, whole workspace, first page',
    recs.ms,
    null,
    `${recs.value.records.length} of ${recs.value.total}`,
  );
  const graph = await timed(dispatch, 'graph.get', { caseIds: [fifty.id] });
  add(`graph.get, one case of ${fifty.n} records`, graph.ms, 1000, `${graph.value.nodes.length} entities`);
  // The chart's side panel asks for the case's key players as it opens (in a worker thread of the host's).
  const structure = await timed(dispatch, 'analysis.structure', { caseIds: [fifty.id], runId: 'bench' });
  add(
    'analysis.structure, that case (key players)',
    structure.ms,
    null,
    `${structure.value.entityCount} entities measured`,
  );
  await indicatorsWhileAsking(dispatch, fifty, add);
  const caseRecs = await timed(dispatch, 'records.list', { caseIds: [fifty.id] });
  add('records.list, that case', caseRecs.ms, null, `${caseRecs.value.records.length} records`);
  const hub = [...graph.value.nodes].sort((a, b) => b.caseIds.length - a.caseIds.length)[0]!;
  const around = await timed(dispatch, 'graph.neighbours', { entityId: hub.id });
  add('graph.neighbours of its most shared entity', around.ms, null, `${around.value.nodes.length} entities`);
  const shared = await timed(dispatch, 'casemap.connectionGraph', { caseA: pair.caseA, caseB: pair.caseB });
  add(
    'casemap.connectionGraph (open a connection)',
    shared.ms,
    1000,
    `${shared.value.nodes.length} entities`,
  );
  await afterAMerge(dispatch, queue.value.candidates[0]?.id, add, mapTarget);
  db.close();
  return rows;
}

/**
 * The chart asks for the whole workspace's indicators once drawn and goes on asking for other
 * things (here one case's chart): how long that call waits for its answer, counted from the
 * moment both were asked (a host that reads the indicators in place answers it only after them).
 */
async function indicatorsWhileAsking(
  dispatch: Dispatch,
  fifty: { id: number; n: number },
  add: (query: string, ms: number, target: number | null, note: string) => void,
) {
  const start = performance.now();
  const indicators = timed(dispatch, 'analysis.indicators', {});
  const graph = await dispatch('graph.get', { caseIds: [fifty.id] });
  const graphMs = performance.now() - start;
  if (!graph.ok) throw new Error(`graph.get: ${graph.error.code} ${graph.error.message}`);
  const { ms, value } = await indicators;
  add(`graph.get of that case, asked with the indicators`, graphMs, 1000, 'answered while they are read');
  add('analysis.indicators (chart, once drawn)', ms, null, `${value.hits.length} hits, in a worker thread`);
  const kept = await timed(dispatch, 'analysis.indicators', {});
  add('analysis.indicators again (kept)', kept.ms, null, 'until anything is written');
}

/**
 * The case map right after an accepted match, and after its undo (which leaves the cached
 * workspace as it was): the kept case pairs take in only the entities that changed.
 */
async function afterAMerge(
  dispatch: Dispatch,
  candidateId: number | undefined,
  add: (query: string, ms: number, target: number | null, note: string) => void,
  mapTarget: number,
) {
  if (candidateId === undefined) return;
  const decided = await timed(dispatch, 'candidates.decide', { candidateId, decision: 'accepted' });
  add('candidates.decide (accept: a merge)', decided.ms, null, `candidate ${candidateId}`);
  const merged = await timed(dispatch, 'casemap.get', {});
  add('casemap.get after that merge', merged.ms, mapTarget, `${merged.value.summary.links} pairs`);
  const latest = await timed(dispatch, 'history.latest', {});
  const undo = await timed(dispatch, 'history.undo', { auditId: latest.value!.auditId });
  add('history.undo of that merge', undo.ms, null, latest.value!.label);
  const undone = await timed(dispatch, 'casemap.get', {});
  add('casemap.get after the undo', undone.ms, mapTarget, `${undone.value.summary.links} pairs`);
}

function print(records: number, rows: Row[]) {
  // The machine is shared: the load beside the figures says how far to trust them.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  console.log(
    `\n${records.toLocaleString('en-US')} records (load average ${load} on ${os.cpus().length} cores)`,
  );
  console.log('| query | ms | target | ratio | |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const target = r.target === null ? '—' : `≤ ${r.target}`;
    const ratio = r.target === null ? '' : `${(r.ms / r.target).toFixed(2)}×`;
    console.log(`| ${r.query} | ${r.ms.toFixed(0)} | ${target} | ${ratio} | ${r.note} |`);
  }
}

for (const records of sizes) print(records, await measure(records));
