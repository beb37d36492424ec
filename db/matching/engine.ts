// A matching run: read records, block, score each candidate pair, and write the pairs at
// or above the floor in batches (one transaction each) under the run's id. The run's rows
// stay invisible until finishRun marks it done; a cancelled or failed run deletes them.
import type { Db } from '../store/open-workspace';
import { buildBlocks, forEachPair, ruleReport, type Blocks, type RuleReport } from './blocking';
import { estimatePerson, MIN_PEOPLE, type PersonEstimate } from './estimate';
import { isStale, readEstimate, writeEstimate } from './estimate-store';
import { loadRecords, type LoadedRecords } from './load';
import { MODELS } from './models';
import { toEvidence, totalWeight, weightSet, type WeightSet } from './model';
import { abandonRun, finishRun, startRun } from './runs';
import { readSettings } from './settings';
import { MATCHABLE_TYPES } from './types';
import { probability } from './weights';

export interface RunOptions {
  caseIds?: number[];
  /** Lowest probability stored; defaults to the workspace's review threshold. */
  floor?: number;
  /** Apply the workspace's auto-merge thresholds at the end (default true). */
  autoMerge?: boolean;
  /** Auto-merge thresholds overriding the settings (evaluation uses one for every type). */
  autoMergeThresholds?: Partial<Record<string, number | null>>;
  onProgress?: (p: RunProgress) => void;
  isCancelled?: () => boolean;
  batchSize?: number;
  /** Estimate the person weights again even when the stored estimate is current. */
  reestimate?: boolean;
  /** Sees the run's records and blocks before comparing (evaluation measures blocking recall). */
  inspect?: (loaded: LoadedRecords, blocks: Blocks) => void;
}

export interface RunProgress {
  phase: 'reading' | 'comparing' | 'finishing';
  recordsDone: number;
  recordsTotal: number;
  candidatesFound: number;
}

export interface RunResult {
  runId: number;
  records: number;
  pairsCompared: number;
  candidates: number;
  autoMerged: number;
  blocks: number;
  oversizedBlocks: number;
  /** Keys, pairs and capped blocks of each blocking rule. */
  blocking: RuleReport[];
  /** The person weights the run used: estimated from this workspace, or null (hand-set priors). */
  estimate: PersonEstimate | null;
  cancelled: boolean;
  /** Seconds spent reading, blocking, estimating weights, comparing (and writing), finishing. */
  seconds: { read: number; block: number; estimate: number; compare: number; finish: number };
}

export class RunCancelled extends Error {
  constructor() {
    super('The matching run was cancelled.');
  }
}

export function runMatching(db: Db, options: RunOptions = {}): RunResult {
  const settings = readSettings(db);
  const floor = options.floor ?? settings.reviewThreshold;
  const runId = startRun(db, options.caseIds);
  const progress = (p: RunProgress) => options.onProgress?.(p);
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const s = (now - t) / 1000;
    t = now;
    return s;
  };
  try {
    const loaded = loadRecords(db, options.caseIds, (read, total) => {
      checkCancel(options);
      progress({ phase: 'reading', recordsDone: read, recordsTotal: total, candidatesFound: 0 });
    });
    const read = lap();
    checkCancel(options);
    const blocks = buildBlocks(loaded);
    const block = lap();
    const estimate = currentEstimate(db, loaded, blocks, options.reestimate ?? false);
    const weights = weightSet(estimate ? { person: estimate } : {});
    const estimated = lap();
    options.inspect?.(loaded, blocks);
    lap(); // the evaluation's own look at the blocks is not the run's time
    checkCancel(options);
    const written = compareAndWrite(db, runId, loaded, blocks, weights, floor, options, progress);
    const compare = lap();
    // A cancel that came during the last pairs is still honoured: nothing is visible yet.
    checkCancel(options);
    progress({
      phase: 'finishing',
      recordsDone: loaded.count,
      recordsTotal: loaded.count,
      candidatesFound: written.candidates,
    });
    const thresholds = { ...settings.autoMergeThresholds, ...(options.autoMergeThresholds ?? {}) };
    const autoMerged = finishRun(db, runId, {
      caseIds: options.caseIds,
      thresholds: options.autoMerge === false ? {} : thresholds,
      records: loaded.count,
      pairsCompared: written.pairs,
      candidates: written.candidates,
    });
    return {
      runId,
      records: loaded.count,
      pairsCompared: written.pairs,
      candidates: written.candidates,
      autoMerged,
      blocks: blocks.keyCount,
      oversizedBlocks: blocks.oversized,
      blocking: ruleReport(blocks, loaded.count),
      estimate,
      cancelled: false,
      seconds: { read, block, estimate: estimated, compare, finish: lap() },
    };
  } catch (err) {
    abandonRun(db, runId, err instanceof RunCancelled ? 'cancelled' : 'failed', String(err));
    throw err;
  }
}

/** The stored estimate while the people it came from are still (nearly) the same, else a new one. */
function currentEstimate(
  db: Db,
  loaded: LoadedRecords,
  blocks: Blocks,
  force: boolean,
): PersonEstimate | null {
  const person = MATCHABLE_TYPES.indexOf('person');
  let people = 0;
  for (let i = 0; i < loaded.count; i++) if (loaded.typeIndex[i] === person) people++;
  if (people < MIN_PEOPLE) return null;
  const stored = readEstimate(db);
  if (!force && !isStale(stored, people)) return stored;
  const fresh = estimatePerson(loaded, blocks);
  if (fresh) writeEstimate(db, fresh);
  return fresh ?? stored;
}

function checkCancel(options: RunOptions): void {
  if (options.isCancelled?.()) throw new RunCancelled();
}

type Row = [number, number, number, string, number, number, string];

function compareAndWrite(
  db: Db,
  runId: number,
  loaded: LoadedRecords,
  blocks: Blocks,
  weights: WeightSet,
  floor: number,
  options: RunOptions,
  progress: (p: RunProgress) => void,
): { pairs: number; candidates: number } {
  const excluded = excludedPairs(db);
  const insert = db.prepare(
    `INSERT INTO match_candidates (run_id, record_a, record_b, type, score, weight, evidence)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const writeBatch = db.transaction((rows: Row[]) => {
    for (const r of rows) insert.run(...r);
  });
  const batchSize = options.batchSize ?? 5000;
  let batch: Row[] = [];
  let pairs = 0;
  let candidates = 0;
  const { recordId, entityId, typeIndex, features, inScope, stats } = loaded;
  forEachPair(
    blocks,
    loaded.count,
    (i, j) => {
      if (entityId[i] === entityId[j] || (!inScope[i] && !inScope[j])) return;
      // The record with the smaller id is "A" in the candidate and its evidence.
      const first = recordId[i]! < recordId[j]! ? i : j;
      const second = first === i ? j : i;
      const a = recordId[first]!;
      const b = recordId[second]!;
      if (excluded.size > 0 && excluded.get(a)?.has(b)) return;
      pairs++;
      const type = MATCHABLE_TYPES[typeIndex[i]!]!;
      const comps = MODELS[type].compare(features[first], features[second], stats);
      const weight = totalWeight(type, comps, weights, stats);
      const score = probability(weight);
      if (score < floor) return;
      candidates++;
      batch.push([runId, a, b, type, score, weight, JSON.stringify(toEvidence(type, comps, weights, stats))]);
      if (batch.length >= batchSize) {
        writeBatch(batch);
        batch = [];
      }
    },
    (i) => {
      if (i % 2000 !== 0) return;
      checkCancel(options);
      progress({
        phase: 'comparing',
        recordsDone: i,
        recordsTotal: loaded.count,
        candidatesFound: candidates,
      });
    },
  );
  if (batch.length) writeBatch(batch);
  return { pairs, candidates };
}

/** Pairs never to suggest again: decided in an earlier run, or split apart by an analyst. */
function excludedPairs(db: Db): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const add = (a: number, b: number) => {
    let set = out.get(a);
    if (!set) out.set(a, (set = new Set()));
    set.add(b);
  };
  const decided = db
    .prepare(
      `SELECT record_a AS a, record_b AS b FROM match_candidates WHERE status <> 'pending'
       UNION SELECT record_a, record_b FROM merge_blocks`,
    )
    .iterate() as IterableIterator<{ a: number; b: number }>;
  for (const row of decided) add(row.a, row.b);
  return out;
}
