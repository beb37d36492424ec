// Betweenness and closeness estimated from k pivot entities (Brandes & Pich, "Centrality
// estimation in large networks", 2007; Eppstein & Wang for closeness). An exact answer costs
// one breadth-first search from every entity (about 10 s at 5,000 entities on this machine,
// minutes at 15,000); k searches from pivots picked at random give both estimates at once.
// The searches are graphology's own (indexed Brandes); only the accumulation is here.
import type Graph from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';

export type Mapping = Record<string, number>;

export interface Estimate {
  betweenness: Mapping;
  closeness: Mapping;
}

/**
 * Same scale as graphology's normalised betweenness (1 / ((n-1)(n-2)), each source counted)
 * and its closeness (reached / total distance), so exact and estimated figures read alike.
 * onPivot is called after each search (for progress); it may throw to stop the run.
 */
export function estimateCentralities(
  graph: Graph,
  pivots: number,
  onPivot: (done: number, total: number) => void = () => {},
): Estimate {
  const n = graph.order;
  const brandes = createUnweightedIndexedBrandes(graph);
  const sources = samplePivots(n, Math.min(pivots, n));
  const delta = new Float64Array(n);
  const between = new Float64Array(n);
  const distance = new Int32Array(n);
  const reachedBy = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  sources.forEach((source, done) => {
    const [S, P, sigma] = brandes(source);
    const items = (S as unknown as { items: ArrayLike<number> }).items;
    // S holds the entities in the order the search reached them: distances follow predecessors.
    for (let j = 0; j < S.size; j++) {
      const w = items[j]!;
      distance[w] = w === source ? 0 : distance[P[w]![0]!]! + 1;
      delta[w] = 0;
      if (w === source) continue;
      reachedBy[w]!++;
      distanceSum[w]! += distance[w]!;
    }
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) between[w]! += delta[w]!;
    }
    onPivot(done + 1, sources.length);
  });
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  const keys = graph.nodes();
  const betweenness: Mapping = {};
  const closeness: Mapping = {};
  keys.forEach((key, i) => {
    betweenness[key] = between[i]! * scale;
    closeness[key] = distanceSum[i]! > 0 ? reachedBy[i]! / distanceSum[i]! : 0;
  });
  return { betweenness, closeness };
}

/** k distinct entity indexes, the same for the same graph size (a fixed seed). */
function samplePivots(n: number, k: number): number[] {
  const indexes = Array.from({ length: n }, (_, i) => i);
  let seed = 7;
  for (let i = 0; i < k; i++) {
    seed = (seed * 16807) % 2147483647;
    const j = i + (seed % (n - i));
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes.slice(0, k);
}
