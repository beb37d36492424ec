// Candidate generation by blocking: records sharing a key are compared. Keys are interned
// to ints and blocks kept as one flat member array (CSR), so memory grows with the number
// of keys, not pairs. Oversized blocks (hot keys: a common surname and year) are not
// compared all-to-all: they are sorted by a similarity key and each record meets only its
// next WINDOW neighbours (sorted neighbourhood), which keeps the cost near-linear.
import type { LoadedRecords } from './load';
import { MODELS } from './models';
import { MATCHABLE_TYPES } from './types';

export const MAX_KEYS = 14;
export const BLOCK_CAP = 24;
export const WINDOW = 6;

export interface Blocks {
  keyCount: number;
  /** Blocking rules (key prefixes such as "p:sy") and the rule of each key, for per-rule reports. */
  rules: string[];
  ruleOf: Uint16Array;
  /** MAX_KEYS slots per record: key id or -1. */
  recordKeys: Int32Array;
  /** Position of the record inside the block of each of its keys. */
  positions: Int32Array;
  start: Int32Array;
  members: Int32Array;
  oversized: number;
}

export function keysOf(loaded: LoadedRecords, i: number): string[] {
  const model = MODELS[MATCHABLE_TYPES[loaded.typeIndex[i] ?? 0] ?? 'person'];
  return [...new Set(model.keys(loaded.features[i]))].slice(0, MAX_KEYS);
}

export function buildBlocks(loaded: LoadedRecords): Blocks {
  const n = loaded.count;
  const ids = new Map<string, number>();
  const rules: string[] = [];
  const ruleIds = new Map<string, number>();
  const keyRule: number[] = [];
  const ruleIndex = (key: string) => {
    // The rule is the key's prefix: "ph" of "ph:5550100", "p:sy" of "p:sy:HRNN:1988".
    const first = key.indexOf(':');
    const end = first === 1 ? key.indexOf(':', 2) : first;
    const rule = end < 0 ? key : key.slice(0, end);
    let r = ruleIds.get(rule);
    if (r === undefined) ruleIds.set(rule, (r = rules.push(rule) - 1));
    return r;
  };
  const recordKeys = new Int32Array(n * MAX_KEYS).fill(-1);
  for (let i = 0; i < n; i++) {
    const keys = keysOf(loaded, i);
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s] as string;
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = ids.size));
        keyRule.push(ruleIndex(key));
      }
      recordKeys[i * MAX_KEYS + s] = id;
    }
    // Each record's keys in ascending order, so that finding a pair's shared key is a merge.
    recordKeys.subarray(i * MAX_KEYS, i * MAX_KEYS + keys.length).sort();
  }
  const keyCount = ids.size;
  ids.clear();
  const start = new Int32Array(keyCount + 1);
  for (const k of recordKeys) if (k >= 0) start[k + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const members = new Int32Array(start[keyCount] ?? 0);
  // Records are visited in index order, so every block's members come out sorted by index.
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < MAX_KEYS; s++) {
      const k = recordKeys[i * MAX_KEYS + s]!;
      if (k >= 0) members[fill[k]!++] = i;
    }
  }
  const oversized = sortOversized(loaded, start, members);
  const positions = new Int32Array(n * MAX_KEYS).fill(-1);
  for (let k = 0; k < keyCount; k++) {
    for (let p = start[k]!; p < start[k + 1]!; p++) {
      const i = members[p]!;
      for (let s = 0; s < MAX_KEYS; s++) {
        if (recordKeys[i * MAX_KEYS + s] === k) positions[i * MAX_KEYS + s] = p;
      }
    }
  }
  const ruleOf = Uint16Array.from(keyRule);
  return { keyCount, rules, ruleOf, recordKeys, positions, start, members, oversized };
}

function sortOversized(loaded: LoadedRecords, start: Int32Array, members: Int32Array): number {
  let count = 0;
  for (let k = 0; k + 1 < start.length; k++) {
    const from = start[k]!;
    const to = start[k + 1]!;
    if (to - from <= BLOCK_CAP) continue;
    count++;
    const block = Array.from(members.subarray(from, to), (i) => {
      const model = MODELS[MATCHABLE_TYPES[loaded.typeIndex[i]!]!];
      return { i, key: model.sortKey(loaded.features[i]) };
    });
    block.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.i - y.i));
    block.forEach((b, p) => (members[from + p] = b.i));
  }
  return count;
}

const isOversized = (b: Blocks, k: number) => b.start[k + 1]! - b.start[k]! > BLOCK_CAP;

/**
 * The key under which a pair is compared, so that each pair is scored once however many
 * keys it shares: the smallest shared ordinary key, else the smallest shared oversized one.
 */
function ownerKey(b: Blocks, i: number, j: number): number {
  const keys = b.recordKeys;
  let s = i * MAX_KEYS;
  let t = j * MAX_KEYS;
  const sEnd = s + MAX_KEYS;
  const tEnd = t + MAX_KEYS;
  let oversized = Number.MAX_SAFE_INTEGER;
  // Both key lists are ascending (-1 fills the end): walk them together.
  while (s < sEnd && t < tEnd) {
    const k = keys[s]!;
    const l = keys[t]!;
    if (k < 0 || l < 0) break;
    if (k < l) s++;
    else if (l < k) t++;
    else {
      if (!isOversized(b, k)) return k; // the first shared ordinary key is the smallest
      if (oversized === Number.MAX_SAFE_INTEGER) oversized = k;
      s++;
      t++;
    }
  }
  return oversized;
}

/** Pairs (i, j) that record i opens (j after i in a shared block), each visited once overall. */
export function forEachPairOf(
  b: Blocks,
  i: number,
  visit: (i: number, j: number, key: number) => void,
): void {
  for (let s = 0; s < MAX_KEYS; s++) {
    const k = b.recordKeys[i * MAX_KEYS + s]!;
    if (k < 0) break;
    const end = b.start[k + 1]!;
    const p = b.positions[i * MAX_KEYS + s]!;
    const last = isOversized(b, k) ? Math.min(end, p + 1 + WINDOW) : end;
    for (let q = p + 1; q < last; q++) {
      const j = b.members[q]!;
      if (ownerKey(b, i, j) === k) visit(i, j, k);
    }
  }
}

/**
 * Calls visit(i, j, key) once for every pair of records sharing a key (windowed in oversized
 * blocks); afterRecord(i) runs after each record's pairs, for progress and cancellation.
 */
export function forEachPair(
  b: Blocks,
  count: number,
  visit: (i: number, j: number, key: number) => void,
  afterRecord: (i: number) => void,
): void {
  for (let i = 0; i < count; i++) {
    forEachPairOf(b, i, visit);
    afterRecord(i);
  }
}

/**
 * Pairs that share a key of one rule, opened by record i (windowed in oversized blocks), for
 * estimation sessions that condition on that rule. A pair sharing two keys of it may repeat.
 */
export function forEachPairInRule(b: Blocks, rule: number, i: number, visit: (j: number) => void): void {
  for (let s = 0; s < MAX_KEYS; s++) {
    const k = b.recordKeys[i * MAX_KEYS + s]!;
    if (k < 0) break;
    if (b.ruleOf[k] !== rule) continue;
    const end = b.start[k + 1]!;
    const p = b.positions[i * MAX_KEYS + s]!;
    const last = isOversized(b, k) ? Math.min(end, p + 1 + WINDOW) : end;
    for (let q = p + 1; q < last; q++) visit(b.members[q]!);
  }
}

/** Whether the run compares records i and j at all (blocking recall). */
export function comparedTogether(b: Blocks, i: number, j: number): boolean {
  const k = ownerKey(b, i, j);
  if (k === Number.MAX_SAFE_INTEGER) return false;
  if (!isOversized(b, k)) return true;
  const slot = (r: number) => {
    for (let s = 0; s < MAX_KEYS; s++)
      if (b.recordKeys[r * MAX_KEYS + s] === k) return b.positions[r * MAX_KEYS + s]!;
    return -1;
  };
  return Math.abs(slot(i) - slot(j)) <= WINDOW;
}

export interface RuleReport {
  rule: string;
  keys: number;
  /** Pairs the rule puts together (a pair two rules share counts under both). */
  pairs: number;
  /** Blocks over the cap, compared only within a window of neighbours. */
  cappedBlocks: number;
}

/** How many keys, pairs and capped blocks each rule produces. */
export function ruleReport(b: Blocks, count: number): RuleReport[] {
  const { rules, ruleOf } = b;
  const out = rules.map((rule) => ({ rule, keys: 0, pairs: 0, cappedBlocks: 0 }));
  for (let k = 0; k < b.keyCount; k++) {
    const r = out[ruleOf[k]!]!;
    r.keys++;
    if (isOversized(b, k)) r.cappedBlocks++;
  }
  for (let i = 0; i < count; i++) {
    for (let s = 0; s < MAX_KEYS; s++) {
      const k = b.recordKeys[i * MAX_KEYS + s]!;
      if (k < 0) break;
      const end = b.start[k + 1]!;
      const p = b.positions[i * MAX_KEYS + s]!;
      out[ruleOf[k]!]!.pairs += (isOversized(b, k) ? Math.min(end, p + 1 + WINDOW) : end) - p - 1;
    }
  }
  return out.filter((r) => r.keys > 0);
}
