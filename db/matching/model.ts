// What each entity type contributes to matching: its features (computed once per record),
// its blocking keys and its field comparisons. The scorer turns comparisons into a
// Fellegi-Sunter weight, a probability and evidence an analyst reads.
import type { FieldEvidence } from '../../shared/contract/matching-model';
import type { MatchableType, PairScore } from './types';
import { levelWeight, probability, WEIGHTS } from './weights';

export interface Comparison {
  field: string;
  level: string;
  /** The two values compared, for the evidence text. */
  a?: string;
  b?: string;
  /** Overrides the table weight (term-frequency adjusted names). */
  weight?: number;
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
}

/** log2(m/u) of every level, computed once: the inner loop only adds numbers. */
const WEIGHT_TABLE = Object.fromEntries(
  Object.entries(WEIGHTS).map(([type, spec]) => [
    type,
    Object.fromEntries(
      Object.entries(spec.fields).map(([field, levels]) => [
        field,
        Object.fromEntries(Object.entries(levels).map(([level, ls]) => [level, levelWeight(ls)])),
      ]),
    ),
  ]),
) as Record<MatchableType, Record<string, Record<string, number>>>;

export function totalWeight(type: MatchableType, comps: Comparison[]): number {
  const table = WEIGHT_TABLE[type];
  let w = WEIGHTS[type].prior;
  for (const c of comps) {
    if (c.weight !== undefined) {
      w += c.weight;
      continue;
    }
    const lw = table[c.field]?.[c.level];
    if (lw === undefined) throw new Error(`no weight for ${type}.${c.field}.${c.level}`);
    w += lw;
  }
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
  number: 'number',
  postcode: 'postcode',
};

export function toEvidence(type: MatchableType, comps: Comparison[]): FieldEvidence[] {
  return comps.map((c) => {
    const spec = levelSpec(type, c);
    const text = spec[2]
      .replace('{field}', FIELD_NAMES[c.field] ?? c.field)
      .replace('{a}', c.a ?? '')
      .replace('{b}', c.b ?? '');
    const weight = c.weight ?? levelWeight(spec);
    return { field: c.field, level: c.level, weight: Math.round(weight * 100) / 100, text };
  });
}

export function scoreComparisons(type: MatchableType, comps: Comparison[]): PairScore {
  const weight = totalWeight(type, comps);
  return { weight, score: probability(weight), evidence: toEvidence(type, comps) };
}
