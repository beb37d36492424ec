// What each entity type contributes to matching: its features (computed once per record),
// its blocking keys and its field comparisons. The scorer turns comparisons into a
// Fellegi-Sunter weight, a probability and evidence an analyst reads.
import type { FieldEvidence } from '../../shared/contract/matching-model';
import type { LinkedEntities } from './person-contact';
import type { MatchableType, PairScore } from './types';
import { probability, WEIGHTS } from './weights';

export interface Comparison {
  field: string;
  level: string;
  /** The two values compared, for the evidence text. */
  a?: string;
  b?: string;
  /** Overrides the table weight. */
  weight?: number;
  /** Statistic and value for the term-frequency adjustment of an agreement (common names, towns). */
  tf?: [stat: string, value: string];
}

export interface TypeModel<F> {
  type: MatchableType;
  /** Compact features of one record, or null when it states nothing comparable. */
  features(fields: Record<string, string>, label: string): F | null;
  /** Blocking keys: records sharing one are compared. */
  keys(f: F): string[];
  /** Order inside an oversized block, so that near neighbours are alike (sorted neighbourhood). */
  sortKey(f: F): string;
  compare(a: F, b: F, stats?: RunStats): Comparison[];
}

/** Statistics over all records of a run, for term-frequency adjustment of common values. */
export interface RunStats {
  /** Share of the type's records stating this folded value in this field (0 when unknown). */
  share(field: string, value: string): number;
  /** Entities records are linked to (relational evidence), when the run loaded them. */
  entities?: LinkedEntities;
}

/**
 * The m and u of every level in force for a run: the hand-set priors of weights.ts, with
 * any levels (and prior odds) estimated from the workspace's own data laid over them.
 */
export interface WeightSet {
  prior: Record<string, number>;
  /** type → field → level → [m, u]. */
  levels: Record<string, Record<string, Record<string, [number, number]>>>;
}

export interface EstimatedType {
  prior: number;
  levels: Record<string, Record<string, [number, number]>>;
}

export function weightSet(estimated: Partial<Record<MatchableType, EstimatedType>> = {}): WeightSet {
  const out: WeightSet = { prior: {}, levels: {} };
  for (const [type, spec] of Object.entries(WEIGHTS)) {
    const est = estimated[type as MatchableType];
    out.prior[type] = est?.prior ?? spec.prior;
    out.levels[type] = {};
    for (const [field, levels] of Object.entries(spec.fields)) {
      const t = (out.levels[type]![field] = {} as Record<string, [number, number]>);
      for (const [level, ls] of Object.entries(levels))
        t[level] = est?.levels[field]?.[level] ?? [ls[0], ls[1]];
    }
  }
  return out;
}

export const HAND_SET = weightSet();

function levelMu(set: WeightSet, type: MatchableType, c: Comparison): [number, number] {
  const mu = set.levels[type]?.[c.field]?.[c.level];
  if (!mu) throw new Error(`no weight for ${type}.${c.field}.${c.level}`);
  return mu;
}

/**
 * Weight of one comparison. Agreement on a common value says less than on a rare one
 * (term-frequency adjustment, as Splink does): u becomes the value's share when larger.
 */
export function comparisonWeight(
  set: WeightSet,
  type: MatchableType,
  c: Comparison,
  stats?: RunStats,
): number {
  if (c.weight !== undefined) return c.weight;
  const [m, u] = levelMu(set, type, c);
  if (m === u) return 0;
  if (c.tf && stats) {
    const share = stats.share(c.tf[0], c.tf[1]);
    // Agreeing on a value everyone shares is no evidence, but never evidence against.
    if (share > u) return Math.max(0, Math.log2(m / share));
  }
  return Math.log2(m / u);
}

export function totalWeight(
  type: MatchableType,
  comps: Comparison[],
  set: WeightSet = HAND_SET,
  stats?: RunStats,
): number {
  let w = set.prior[type]!;
  for (const c of comps) w += comparisonWeight(set, type, c, stats);
  return w;
}

function levelSpec(type: MatchableType, c: Comparison) {
  const level = WEIGHTS[type].fields[c.field]?.[c.level];
  if (!level) throw new Error(`no weight for ${type}.${c.field}.${c.level}`);
  return level;
}

const FIELD_NAMES: Record<string, string> = {
  given: 'first name',
  surname: 'surname',
  dob: 'date of birth',
  idNumber: 'ID number',
  vin: 'VIN',
  linked: 'linked entity',
  number: 'number',
  postcode: 'postcode',
};

export function toEvidence(
  type: MatchableType,
  comps: Comparison[],
  set: WeightSet = HAND_SET,
  stats?: RunStats,
): FieldEvidence[] {
  return comps.map((c) => {
    const spec = levelSpec(type, c);
    const text = spec[2]
      .replace('{field}', FIELD_NAMES[c.field] ?? c.field)
      .replace('{a}', c.a ?? '')
      .replace('{b}', c.b ?? '');
    const weight = comparisonWeight(set, type, c, stats);
    return { field: c.field, level: c.level, weight: Math.round(weight * 100) / 100, text };
  });
}

export function scoreComparisons(
  type: MatchableType,
  comps: Comparison[],
  set: WeightSet = HAND_SET,
  stats?: RunStats,
): PairScore {
  const weight = totalWeight(type, comps, set, stats);
  return { weight, score: probability(weight), evidence: toEvidence(type, comps, set, stats) };
}
