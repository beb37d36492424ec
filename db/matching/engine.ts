// A matching run: read records, block, score each candidate pair, and write the pairs at
// or above the floor in batches (one transaction each) under the run's id. The run's rows
// stay invisible until finishRun marks it done; a cancelled or failed run deletes them.
import type { Db } from '../store/open-workspace';
import { buildBlocks, forEachPair } from './blocking';
import { loadRecords, type LoadedRecords } from './load';
import { MODELS } from './models';
import { toEvidence, totalWeight } from './model';
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
  cancelled: boolean;
  /** Seconds spent reading, blocking, comparing (and writing), finishing. */
  seconds: { read: number; block: number; compare: number; finish: number };
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
    checkCancel(options);
    const written = compareAndWrite(db, runId, loaded, blocks, floor, options, progress);
    const compare = lap();
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
      cancelled: false,
      seconds: { read, block, compare, finish: lap() },
    };
  } catch (err) {
    abandonRun(db, runId, err instanceof RunCancelled ? 'cancelled' : 'failed', String(err));
    throw err;
  }
}

function checkCancel(options: RunOptions): void {
  if (options.isCancelled?.()) throw new RunCancelled();
}

type Row = [number, number, number, string, number, number, string];

function compareAndWrite(
  db: Db,
  runId: number,
  loaded: LoadedRecords,
  blocks: ReturnType<typeof buildBlocks>,
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
      const weight = totalWeight(type, comps);
      const score = probability(weight);
      if (score < floor) return;
      candidates++;
      batch.push([runId, a, b, type, score, weight, JSON.stringify(toEvidence(type, comps))]);
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
