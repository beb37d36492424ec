// Weights estimated from the workspace's own data (Fellegi-Sunter, as Splink does): u from
// random pairs of people (nearly all of them different people), then m and the share of
// matches among blocked pairs by expectation-maximisation with u held fixed. The hand-set
// values of weights.ts are the priors: they dominate when a workspace has few people.
import { forEachPairInRule, type Blocks } from './blocking';
import type { LoadedRecords } from './load';
import { MODELS } from './models';
import type { WeightEstimate } from '../../shared/contract/matching-model';
import type { Comparison, EstimatedType } from './model';
import type { PersonFeatures } from './person';
import { MATCHABLE_TYPES } from './types';
import { WEIGHTS } from './weights';

/** Fields whose levels are estimated; the rest keep their hand-set m and u. */
export const ESTIMATED_FIELDS = ['given', 'surname', 'dob', 'address', 'phone', 'email', 'linked'];
/** Fewer people than this say too little: the priors are used as they are. */
export const MIN_PEOPLE = 20;
const RANDOM_PAIRS = 100_000;
const BLOCKED_PAIRS = 100_000;
/** Weight of the priors, in pairs: u among random pairs, m among matches. */
const U_PRIOR_PAIRS = 1000;
const M_PRIOR_PAIRS = 20;
const MAX_ITERATIONS = 100;

/** What the estimate came from (the contract's WeightEstimate) with the weights themselves. */
export type PersonEstimate = EstimatedType & Omit<WeightEstimate, 'levels'>;

/** One pair as level indices per estimated field (-1: not compared or missing). */
type Vector = Int8Array;

interface Space {
  fields: string[];
  levels: string[][];
}

function space(): Space {
  const spec = WEIGHTS.person.fields;
  const fields = ESTIMATED_FIELDS.filter((f) => spec[f]);
  return { fields, levels: fields.map((f) => Object.keys(spec[f]!).filter((l) => l !== 'missing')) };
}

function vectorOf(sp: Space, comps: Comparison[]): Vector {
  const v = new Int8Array(sp.fields.length).fill(-1);
  for (const c of comps) {
    const f = sp.fields.indexOf(c.field);
    if (f >= 0) v[f] = sp.levels[f]!.indexOf(c.level);
  }
  return v;
}

/** A small seeded generator (mulberry32): the same workspace gives the same estimate. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Level counts per field: count[f][l], and how many pairs state the field at all. */
function tally(sp: Space, vectors: Vector[], weightOf: (k: number) => number) {
  const count = sp.levels.map((ls) => new Float64Array(ls.length));
  const total = new Float64Array(sp.fields.length);
  for (let k = 0; k < vectors.length; k++) {
    const v = vectors[k]!;
    const w = weightOf(k);
    for (let f = 0; f < v.length; f++) {
      const l = v[f]!;
      if (l < 0) continue;
      count[f]![l]! += w;
      total[f]! += w;
    }
  }
  return { count, total };
}

/** Posterior mean under a Dirichlet prior centred on the hand-set values (normalised). */
function blend(sp: Space, f: number, counts: Float64Array, total: number, strength: number, which: 0 | 1) {
  const spec = WEIGHTS.person.fields[sp.fields[f]!]!;
  const priors = sp.levels[f]!.map((l) => spec[l]![which]);
  const sum = priors.reduce((a, b) => a + b, 0);
  return priors.map((p, l) => (counts[l]! + (strength * p) / sum) / (total + strength));
}

/**
 * Estimation sessions, as Splink runs them: pairs blocked on one rule are a sample where
 * that rule's fields agree by construction, so EM there estimates m of the other fields
 * only. Dates of birth come from pairs sharing a name; names and the rest from pairs
 * sharing a date of birth.
 */
const SESSIONS = [
  { rule: 'p:d', skip: ['dob'] },
  { rule: 'p:nn', skip: ['given', 'surname'] },
];

export function estimatePerson(loaded: LoadedRecords, blocks: Blocks): PersonEstimate | null {
  const person = MATCHABLE_TYPES.indexOf('person');
  const people: number[] = [];
  for (let i = 0; i < loaded.count; i++) if (loaded.typeIndex[i] === person) people.push(i);
  if (people.length < MIN_PEOPLE) return null;
  const sp = space();
  const model = MODELS.person;
  const compare = (i: number, j: number) =>
    vectorOf(sp, model.compare(loaded.features[i], loaded.features[j], loaded.stats));
  const rand = random(people.length);

  // u: random pairs of people are nearly all different people.
  const randomVectors: Vector[] = [];
  const possible = (people.length * (people.length - 1)) / 2;
  for (let k = 0; k < Math.min(RANDOM_PAIRS, possible); k++) {
    const i = people[Math.floor(rand() * people.length)]!;
    const j = people[Math.floor(rand() * people.length)]!;
    if (i !== j && loaded.entityId[i] !== loaded.entityId[j]) randomVectors.push(compare(i, j));
  }
  const r = tally(sp, randomVectors, () => 1);
  const u = sp.fields.map((_, f) => blend(sp, f, r.count[f]!, r.total[f]!, U_PRIOR_PAIRS, 1));

  const order = people.slice();
  for (let k = order.length - 1; k > 0; k--) {
    const x = Math.floor(rand() * (k + 1));
    [order[k], order[x]] = [order[x]!, order[k]!];
  }
  const fits = SESSIONS.map((session) => {
    const rule = blocks.rules.indexOf(session.rule);
    const vectors: Vector[] = [];
    if (rule >= 0) {
      for (const i of order) {
        if (vectors.length >= BLOCKED_PAIRS) break;
        forEachPairInRule(blocks, rule, i, (j) => {
          if (loaded.typeIndex[j] === person && loaded.entityId[i] !== loaded.entityId[j])
            vectors.push(compare(i, j));
        });
      }
    }
    const skip = session.skip.map((f) => sp.fields.indexOf(f));
    return { skip, pairs: vectors.length, ...expectationMaximisation(sp, vectors, u, skip) };
  });
  const [byDob, byName] = fits as [
    Fit & { pairs: number; skip: number[] },
    Fit & { pairs: number; skip: number[] },
  ];
  if (byDob.pairs + byName.pairs === 0) return null;
  // Each field's m from the session that did not block on it (the mean of both when neither did).
  const m = sp.fields.map((_, f) => {
    const from = fits.filter((x) => x.pairs > 0 && !x.skip.includes(f));
    return sp.levels[f]!.map((_, l) => from.reduce((s, x) => s + x.m[f]![l]!, 0) / Math.max(from.length, 1));
  });
  // Share of matches among all pairs: matches found among same-birth-date pairs, scaled up
  // by the share of matches whose birth dates agree that way (m of exact + transposed).
  const dob = sp.fields.indexOf('dob');
  const dobCover =
    m[dob]![sp.levels[dob]!.indexOf('exact')]! + m[dob]![sp.levels[dob]!.indexOf('transposed')]!;
  // Pairs where either birth date is missing never share that key: scale by both stating one.
  const dated = people.filter((i) => (loaded.features[i] as PersonFeatures).dob8).length / people.length;
  const matches =
    byDob.pairs > 0 && dated > 0
      ? (byDob.lambda * byDob.pairs) / dobCover / (dated * dated)
      : people.length * 0.5;
  const lambda = Math.min(0.5, Math.max(1e-12, matches / possible));
  const levels: EstimatedType['levels'] = {};
  sp.fields.forEach((field, f) => {
    levels[field] = Object.fromEntries(sp.levels[f]!.map((l, x) => [l, [m[f]![x]!, u[f]![x]!]]));
  });
  return {
    prior: Math.log2(lambda / (1 - lambda)),
    levels,
    estimatedAt: new Date().toISOString(),
    people: people.length,
    randomPairs: randomVectors.length,
    blockedPairs: byDob.pairs + byName.pairs,
    iterations: Math.max(byDob.iterations, byName.iterations),
    matchShare: lambda,
  };
}

interface Fit {
  m: number[][];
  lambda: number;
  iterations: number;
}

/** m and the match share by EM over comparison vectors, u fixed (exported for tests). */
export function expectationMaximisation(
  sp: Space,
  vectors: Vector[],
  u: number[][],
  skip: number[] = [],
): Fit {
  let lambda = 0.1;
  let m = sp.fields.map((_, f) => blend(sp, f, new Float64Array(sp.levels[f]!.length), 0, 1, 0));
  const p = new Float64Array(vectors.length);
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    // E: probability that each pair is a match, in log space for long vectors.
    // log(m/u) of every level once per iteration (0 for the fields this session skips).
    const ratio = m.map((ls, f) => ls.map((x, l) => (skip.includes(f) ? 0 : Math.log(x / u[f]![l]!))));
    const prior = Math.log(lambda / (1 - lambda));
    let sum = 0;
    for (let k = 0; k < vectors.length; k++) {
      const v = vectors[k]!;
      let log = prior;
      for (let f = 0; f < v.length; f++) {
        const l = v[f]!;
        if (l >= 0) log += ratio[f]![l]!;
      }
      const pk = 1 / (1 + Math.exp(-log));
      p[k] = pk;
      sum += pk;
    }
    // M: m from the expected matches; the prior keeps unseen levels from collapsing to 0.
    const t = tally(sp, vectors, (k) => p[k]!);
    const next = sp.fields.map((_, f) => blend(sp, f, t.count[f]!, t.total[f]!, M_PRIOR_PAIRS, 0));
    const nextLambda = Math.min(0.999, Math.max(1e-6, sum / vectors.length));
    let change = Math.abs(nextLambda - lambda);
    next.forEach((ls, f) => ls.forEach((x, l) => (change = Math.max(change, Math.abs(x - m[f]![l]!)))));
    m = next;
    lambda = nextLambda;
    // Converged when no m moves by a hundredth of a percentage point.
    if (change < 1e-4) break;
  }
  return { m, lambda, iterations: iterations + 1 };
}

/** The estimated fields and their levels (exported for tests). */
export const estimationSpace = space;
