// Evaluation of matching against ground truth: runs matching on the given (scratch)
// workspace, then scores the entity clustering that results when every candidate at or
// above a threshold is merged on top of the existing entities (exact-identifier links and
// earlier merges), at the default threshold and over a sweep.
import { WorkbenchError } from '../../shared/contract/result';
import type { Db } from '../store/open-workspace';
import { comparedTogether, type Blocks } from './blocking';
import { runMatching, type RunOptions, type RunResult } from './engine';
import type { LoadedRecords } from './load';
import { Clusters, scoreClustering, type ClusterScores } from './metrics';
import { MATCHABLE_TYPES } from './types';

/** Probability at which the evaluation treats a candidate as the same thing. */
export const DEFAULT_EVAL_THRESHOLD = 0.9;
export const SWEEP = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99];

export interface TruthRow {
  recordId: number;
  cluster: string;
  decoy: boolean;
}

export interface ThresholdResult extends ClusterScores {
  threshold: number;
}

/** Figures of one entity type at the threshold. */
export interface TypeEvaluation {
  records: number;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of true pairs the run compared at all (or that were already one entity). */
  blockingRecall: number;
  decoysMerged: number;
  pairs: { truePositive: number; predicted: number; true: number; compared: number };
  sweep: { threshold: number; precision: number; recall: number; f1: number; decoysMerged: number }[];
}

export interface Evaluation {
  /** Per entity type (person, organisation, each object type); "pooled" below is all together. */
  byType: Record<string, TypeEvaluation>;
  pooled: TypeEvaluation;
  /** Truth rows whose record is not in the workspace: counted, left out of the figures. */
  truthMissing: number;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  bcubed: ClusterScores['bcubed'];
  decoysMerged: number;
  pairs: { truePositive: number; predicted: number; true: number };
  sweep: {
    threshold: number;
    precision: number;
    recall: number;
    f1: number;
    bcubedF1: number;
    decoysMerged: number;
  }[];
  records: number;
  run: RunResult;
  matchingSeconds: number;
  /** CPU time of the matching run (user + system, all threads of this process). */
  matchingCpuSeconds: number;
}

export function truthFromWorkspace(db: Db): TruthRow[] {
  const rows = db
    .prepare('SELECT record_id AS recordId, cluster, is_decoy AS decoy FROM ground_truth')
    .all() as { recordId: number; cluster: string; decoy: number }[];
  return rows.map((r) => ({ recordId: r.recordId, cluster: r.cluster, decoy: r.decoy === 1 }));
}

export function evaluateMatching(
  db: Db,
  truth: TruthRow[],
  options: { threshold?: number; onProgress?: RunOptions['onProgress'] } = {},
): Evaluation {
  if (truth.length === 0) {
    throw new WorkbenchError(
      'NOT_FOUND',
      'No ground truth: the workspace has none and no --truth file was given.',
    );
  }
  const threshold = options.threshold ?? DEFAULT_EVAL_THRESHOLD;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let compared = new Map<string, number>();
  const run = runMatching(db, {
    floor: Math.min(...SWEEP, threshold),
    autoMerge: false,
    onProgress: options.onProgress,
    inspect: (loaded, blocks) => (compared = truePairsCompared(truth, loaded, blocks)),
  });
  const matchingSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const matchingCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const data = loadClustering(db, truth);
  const at = (t: number): ThresholdResult => ({ threshold: t, ...scoreAt(data, t) });
  const main = at(threshold);
  const types = [...new Set(data.type)].sort();
  const byType = Object.fromEntries(
    types.map((t) => [t, typeEvaluation(subset(data, t), threshold, compared.get(t) ?? 0)]),
  );
  return {
    byType,
    pooled: typeEvaluation(
      data,
      threshold,
      [...compared.values()].reduce((a, b) => a + b, 0),
    ),
    truthMissing: truth.filter((t) => !data.known.has(t.recordId)).length,
    threshold,
    precision: main.pairwise.precision,
    recall: main.pairwise.recall,
    f1: main.pairwise.f1,
    bcubed: main.bcubed,
    decoysMerged: main.decoysMerged,
    pairs: {
      truePositive: main.pairwise.truePositivePairs,
      predicted: main.pairwise.predictedPairs,
      true: main.pairwise.truePairs,
    },
    sweep: SWEEP.map(at).map((r) => ({
      threshold: r.threshold,
      precision: r.pairwise.precision,
      recall: r.pairwise.recall,
      f1: r.pairwise.f1,
      bcubedF1: r.bcubed.f1,
      decoysMerged: r.decoysMerged,
    })),
    records: data.truth.length,
    run,
    matchingSeconds,
    matchingCpuSeconds,
  };
}

interface ClusteringData {
  /** Entity type of each position, and every record id the workspace holds. */
  type: string[];
  known: Set<number>;
  recordIds: Int32Array;
  entity: Int32Array;
  truth: Int32Array;
  decoy: Uint8Array;
  /** Candidate pairs as positions, with their scores. */
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
}

/** Records of matchable types that have a truth row, their entities and the run's candidates. */
function loadClustering(db: Db, truth: TruthRow[]): ClusteringData {
  const typeOf = new Map<number, string>();
  const entityOf = new Map<number, number>();
  const rows = db
    .prepare(
      'SELECT r.id, r.type, m.entity_id AS e FROM records r JOIN entity_members m ON m.record_id = r.id',
    )
    .iterate() as IterableIterator<{ id: number; type: string; e: number }>;
  for (const r of rows) {
    typeOf.set(r.id, r.type);
    entityOf.set(r.id, r.e);
  }
  const kept = truth.filter((t) =>
    (MATCHABLE_TYPES as readonly string[]).includes(typeOf.get(t.recordId) ?? ''),
  );
  const position = new Map<number, number>();
  kept.forEach((t, i) => position.set(t.recordId, i));
  const clusterIds = new Map<string, number>();
  const truthIds = Int32Array.from(kept, (t) => {
    let id = clusterIds.get(t.cluster);
    if (id === undefined) clusterIds.set(t.cluster, (id = clusterIds.size));
    return id;
  });
  const a: number[] = [];
  const b: number[] = [];
  const score: number[] = [];
  const cands = db
    .prepare(
      `SELECT record_a AS ra, record_b AS rb, score FROM match_candidates
       WHERE status IN ('pending', 'accepted') AND run_id IN (SELECT id FROM match_runs WHERE state = 'done')`,
    )
    .iterate() as IterableIterator<{ ra: number; rb: number; score: number }>;
  for (const c of cands) {
    const pa = position.get(c.ra);
    const pb = position.get(c.rb);
    if (pa === undefined || pb === undefined) continue;
    a.push(pa);
    b.push(pb);
    score.push(c.score);
  }
  return {
    type: kept.map((t) => typeOf.get(t.recordId)!),
    known: new Set(typeOf.keys()),
    recordIds: Int32Array.from(kept, (t) => t.recordId),
    entity: Int32Array.from(kept, (t) => entityOf.get(t.recordId) ?? -1 - t.recordId),
    truth: truthIds,
    decoy: Uint8Array.from(kept, (t) => (t.decoy ? 1 : 0)),
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    score: Float64Array.from(score),
  };
}

function scoreAt(d: ClusteringData, threshold: number): ClusterScores {
  const n = d.entity.length;
  const clusters = new Clusters(n);
  const firstOfEntity = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const first = firstOfEntity.get(d.entity[i]!);
    if (first === undefined) firstOfEntity.set(d.entity[i]!, i);
    else clusters.union(first, i);
  }
  for (let k = 0; k < d.a.length; k++) if (d.score[k]! >= threshold) clusters.union(d.a[k]!, d.b[k]!);
  return scoreClustering(clusters.labels(), d.truth, d.decoy);
}

/** The positions of one type, and the candidates between two of them. */
function subset(d: ClusteringData, type: string): ClusteringData {
  const keep: number[] = [];
  const remap = new Int32Array(d.entity.length).fill(-1);
  d.type.forEach((t, i) => {
    if (t === type) remap[i] = keep.push(i) - 1;
  });
  const cand: number[] = [];
  for (let k = 0; k < d.a.length; k++) if (remap[d.a[k]!]! >= 0 && remap[d.b[k]!]! >= 0) cand.push(k);
  return {
    type: keep.map(() => type),
    known: d.known,
    recordIds: Int32Array.from(keep, (i) => d.recordIds[i]!),
    entity: Int32Array.from(keep, (i) => d.entity[i]!),
    truth: Int32Array.from(keep, (i) => d.truth[i]!),
    decoy: Uint8Array.from(keep, (i) => d.decoy[i]!),
    a: Int32Array.from(cand, (k) => remap[d.a[k]!]!),
    b: Int32Array.from(cand, (k) => remap[d.b[k]!]!),
    score: Float64Array.from(cand, (k) => d.score[k]!),
  };
}

function typeEvaluation(d: ClusteringData, threshold: number, compared: number): TypeEvaluation {
  const main = scoreAt(d, threshold);
  const p = main.pairwise;
  return {
    records: d.entity.length,
    threshold,
    precision: p.precision,
    recall: p.recall,
    f1: p.f1,
    blockingRecall: p.truePairs === 0 ? 1 : compared / p.truePairs,
    decoysMerged: main.decoysMerged,
    pairs: { truePositive: p.truePositivePairs, predicted: p.predictedPairs, true: p.truePairs, compared },
    sweep: SWEEP.map((t) => {
      const r = scoreAt(d, t);
      return {
        threshold: t,
        precision: r.pairwise.precision,
        recall: r.pairwise.recall,
        f1: r.pairwise.f1,
        decoysMerged: r.decoysMerged,
      };
    }),
  };
}

/**
 * True pairs of one type that blocking put together (or that already were one entity), per
 * type. A true pair whose record the run could not read counts as not compared.
 */
function truePairsCompared(truth: TruthRow[], loaded: LoadedRecords, blocks: Blocks): Map<string, number> {
  const index = new Map<number, number>();
  for (let i = 0; i < loaded.count; i++) index.set(loaded.recordId[i]!, i);
  const clusters = new Map<string, number[]>();
  for (const t of truth) {
    const i = index.get(t.recordId);
    if (i === undefined) continue;
    let list = clusters.get(t.cluster);
    if (!list) clusters.set(t.cluster, (list = []));
    list.push(i);
  }
  const out = new Map<string, number>();
  for (const members of clusters.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [Math.min(members[x]!, members[y]!), Math.max(members[x]!, members[y]!)];
        if (loaded.typeIndex[i] !== loaded.typeIndex[j]) continue;
        if (loaded.entityId[i] !== loaded.entityId[j] && !comparedTogether(blocks, i, j)) continue;
        const type = MATCHABLE_TYPES[loaded.typeIndex[i]!]!;
        out.set(type, (out.get(type) ?? 0) + 1);
      }
    }
  }
  return out;
}
