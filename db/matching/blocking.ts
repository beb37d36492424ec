// Candidate generation by blocking: records sharing a key are compared. Keys are interned
// to ints and blocks kept as one flat member array (CSR), so memory grows with the number
// of keys, not pairs. Oversized blocks (hot keys: a common surname and year) are not
// compared all-to-all: they are sorted by a similarity key and each record meets only its
// next WINDOW neighbours (sorted neighbourhood), which keeps the cost near-linear.
import type { LoadedRecords } from './load';
import { MODELS } from './models';
import { MATCHABLE_TYPES } from './types';

export const MAX_KEYS = 8;
export const BLOCK_CAP = 24;
export const WINDOW = 6;

export interface Blocks {
  keyCount: number;
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
  const recordKeys = new Int32Array(n * MAX_KEYS).fill(-1);
  for (let i = 0; i < n; i++) {
    const keys = keysOf(loaded, i);
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s] as string;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      recordKeys[i * MAX_KEYS + s] = id;
    }
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
  return { keyCount, recordKeys, positions, start, members, oversized };
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
  let ordinary = Number.MAX_SAFE_INTEGER;
  let oversized = Number.MAX_SAFE_INTEGER;
  for (let s = 0; s < MAX_KEYS; s++) {
    const k = b.recordKeys[i * MAX_KEYS + s]!;
    if (k < 0) break;
    for (let t = 0; t < MAX_KEYS; t++) {
      const l = b.recordKeys[j * MAX_KEYS + t]!;
      if (l < 0) break;
      if (k !== l) continue;
      if (isOversized(b, k)) oversized = Math.min(oversized, k);
      else ordinary = Math.min(ordinary, k);
    }
  }
  return ordinary !== Number.MAX_SAFE_INTEGER ? ordinary : oversized;
}

/**
 * Calls visit(i, j) once for every pair of records sharing a key (windowed in oversized
 * blocks); afterRecord(i) runs after each record's pairs, for progress and cancellation.
 */
export function forEachPair(
  b: Blocks,
  count: number,
  visit: (i: number, j: number) => void,
  afterRecord: (i: number) => void,
): void {
  for (let i = 0; i < count; i++) {
    for (let s = 0; s < MAX_KEYS; s++) {
      const k = b.recordKeys[i * MAX_KEYS + s]!;
      if (k < 0) break;
      const end = b.start[k + 1]!;
      const p = b.positions[i * MAX_KEYS + s]!;
      const last = isOversized(b, k) ? Math.min(end, p + 1 + WINDOW) : end;
      for (let q = p + 1; q < last; q++) {
        const j = b.members[q]!;
        if (ownerKey(b, i, j) === k) visit(i, j);
      }
    }
    afterRecord(i);
  }
}
