// Accuracy of an entity clustering against the ground truth: pairwise precision, recall
// and F1, cluster-level B-cubed, and decoys wrongly merged. Pure functions over arrays.

export interface PairwiseScores {
  precision: number;
  recall: number;
  f1: number;
  truePositivePairs: number;
  predictedPairs: number;
  truePairs: number;
}

export interface ClusterScores {
  pairwise: PairwiseScores;
  bcubed: { precision: number; recall: number; f1: number };
  /** Decoy records whose predicted cluster holds a record of another true cluster. */
  decoysMerged: number;
}

const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pairsOf = (n: number) => (n * (n - 1)) / 2;

/** predicted[i] and truth[i] are cluster ids of record i; decoy[i] marks a decoy. */
export function scoreClustering(predicted: Int32Array, truth: Int32Array, decoy: Uint8Array): ClusterScores {
  const n = predicted.length;
  const predSize = new Map<number, number>();
  const trueSize = new Map<number, number>();
  const cell = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = predicted[i]!;
    const t = truth[i]!;
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    trueSize.set(t, (trueSize.get(t) ?? 0) + 1);
    const key = `${p}:${t}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  let tp = 0;
  for (const c of cell.values()) tp += pairsOf(c);
  let predicted2 = 0;
  for (const c of predSize.values()) predicted2 += pairsOf(c);
  let true2 = 0;
  for (const c of trueSize.values()) true2 += pairsOf(c);
  const precision = predicted2 === 0 ? 1 : tp / predicted2;
  const recall = true2 === 0 ? 1 : tp / true2;
  let bp = 0;
  let br = 0;
  for (let i = 0; i < n; i++) {
    const both = cell.get(`${predicted[i]}:${truth[i]}`)!;
    bp += both / predSize.get(predicted[i]!)!;
    br += both / trueSize.get(truth[i]!)!;
  }
  let decoysMerged = 0;
  for (let i = 0; i < n; i++) {
    if (decoy[i] && cell.get(`${predicted[i]}:${truth[i]}`)! < predSize.get(predicted[i]!)!) decoysMerged++;
  }
  const bP = n ? bp / n : 1;
  const bR = n ? br / n : 1;
  return {
    pairwise: {
      precision,
      recall,
      f1: f1Of(precision, recall),
      truePositivePairs: tp,
      predictedPairs: predicted2,
      truePairs: true2,
    },
    bcubed: { precision: bP, recall: bR, f1: f1Of(bP, bR) },
    decoysMerged,
  };
}

/** Union-find over record positions. */
export class Clusters {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  labels(): Int32Array {
    const out = new Int32Array(this.parent.length);
    for (let i = 0; i < out.length; i++) out[i] = this.find(i);
    return out;
  }
}
