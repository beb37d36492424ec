// Positions of charts already laid out, kept in memory per scope (the same entities under
// the same layout), so opening the same cases again is instant and looks the same. A small
// module with get/put by a scope key so that saved charts can feed and reuse it.
export type Point = { x: number; y: number };
export type PositionMap = Record<string, Point>;

/** Scopes remembered; the oldest is forgotten first. */
export const POSITION_CACHE_SCOPES = 12;

const cache = new Map<string, PositionMap>();

/** The key of a scope: the layout and the set of entities (order does not matter). */
export function scopeKey(layoutId: string, nodeIds: Iterable<string>): string {
  const ids = [...nodeIds].sort();
  // FNV-1a over the sorted ids: a short key for thousands of entities.
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 44, 0x01000193);
  }
  return `${layoutId}:${ids.length}:${(hash >>> 0).toString(36)}`;
}

/** The positions saved for a scope, when every wanted node has one. */
export function getPositions(key: string, nodeIds?: Iterable<string>): PositionMap | null {
  const found = cache.get(key);
  if (!found) return null;
  if (nodeIds) for (const id of nodeIds) if (!found[id]) return null;
  // Most recently used last, so the oldest is evicted first.
  cache.delete(key);
  cache.set(key, found);
  return copyOf(found);
}

export function putPositions(key: string, positions: PositionMap): void {
  cache.delete(key);
  cache.set(key, copyOf(positions));
  while (cache.size > POSITION_CACHE_SCOPES) cache.delete(cache.keys().next().value!);
}

export function clearPositions(): void {
  cache.clear();
}

/** Copies in and out: Cytoscape may keep the very point objects it is given and move them. */
function copyOf(positions: PositionMap): PositionMap {
  const out: PositionMap = {};
  for (const id in positions) out[id] = { x: positions[id]!.x, y: positions[id]!.y };
  return out;
}
