// The case map: every pair of cases that share entities, with how many they share and how
// many of those were joined by a match. The pairs are kept in the workspace (case_pairs,
// migration 8) and brought up to date from the entities changed since, so opening the map
// reads them instead of aggregating every entity (11.7 s at a million records). Where the
// table cannot be brought up to date now (a read-only file, or another connection writing),
// the pairs are aggregated from scratch. Either answer is kept per connection until the
// workspace changes (any write on this connection, or a commit by another one).
import type { CaseMap, CaseMapCase, CaseMapLink, CaseMapSummary } from '../../shared/contract/casemap-model';
import { casePairsPending, refreshCasePairs } from '../store/case-pairs';
import type { Db } from '../store/open-workspace';

/**
 * Case pairs sharing an entity, from scratch. Only entities with a member that joined them
 * (any reason but 'own') can span cases, so the pass starts from those.
 */
const PAIRS_SQL = `
  WITH joined AS (SELECT DISTINCT entity_id AS e FROM entity_members WHERE reason <> 'own'),
  ec AS (
    SELECT m.entity_id AS e, r.case_id AS c, max(m.reason = 'match') AS matched
    FROM joined j JOIN entity_members m ON m.entity_id = j.e JOIN records r ON r.id = m.record_id
    GROUP BY m.entity_id, r.case_id),
  spanning AS (SELECT e, max(matched) AS matched FROM ec GROUP BY e HAVING count(*) > 1)
  SELECT a.c AS caseA, b.c AS caseB, count(*) AS shared, sum(s.matched) AS matched
  FROM spanning s JOIN ec a ON a.e = s.e JOIN ec b ON b.e = s.e AND b.c > a.c
  GROUP BY a.c, b.c`;

const STORED_PAIRS = 'SELECT case_a AS caseA, case_b AS caseB, shared, matched FROM case_pairs';

const CASES_SQL = `
  SELECT c.id, c.number, c.title, c.agency, c.jurisdiction AS state, count(r.id) AS recordCount
  FROM cases c LEFT JOIN records r ON r.case_id = c.id GROUP BY c.id`;

type CaseRow = Omit<CaseMapCase, 'sharedWeight' | 'network'>;

interface Cached {
  stamp: string;
  pairs: CaseMapLink[];
}
const cache = new WeakMap<Db, Cached>();

/** Changes whenever anything is written: by this connection (total_changes) or another (data_version). */
export function changeStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${version}:${own}`;
}

/** Every case pair sharing at least one entity, aggregated over all entities (tests compare with it). */
export function casePairsFromScratch(db: Db): CaseMapLink[] {
  return db.prepare(PAIRS_SQL).all() as CaseMapLink[];
}

/**
 * Folds the entities changed since into case_pairs, unless the file is read-only or another
 * connection holds the write lock (then it does not wait: the caller aggregates instead).
 */
function bringUpToDate(db: Db): void {
  if (db.readonly || !casePairsPending(db)) return;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    refreshCasePairs(db);
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** Every case pair sharing at least one entity (cached until the workspace changes). */
export function casePairs(db: Db): CaseMapLink[] {
  bringUpToDate(db);
  const stamp = changeStamp(db);
  const hit = cache.get(db);
  if (hit?.stamp === stamp) return hit.pairs;
  const pairs = !casePairsPending(db)
    ? (db.prepare(STORED_PAIRS).all() as CaseMapLink[])
    : casePairsFromScratch(db);
  cache.set(db, { stamp, pairs });
  return pairs;
}

const PAGE_WHERE = `WHERE ? IS NULL
  OR case_a IN (SELECT value FROM json_each(?)) OR case_b IN (SELECT value FROM json_each(?))`;

/**
 * One page of case pairs, strongest first (ties: lower case ids), touching any of `caseIds`
 * when given (limit -1: all). Sorted and cut in SQL when the kept table is current.
 */
export function pagePairs(
  db: Db,
  caseIds: number[] | undefined,
  limit: number,
  offset: number,
): { total: number; pairs: CaseMapLink[] } {
  bringUpToDate(db);
  if (casePairsPending(db)) {
    const wanted = caseIds ? new Set(caseIds) : null;
    const all = casePairs(db)
      .filter((p) => !wanted || wanted.has(p.caseA) || wanted.has(p.caseB))
      .sort((a, b) => b.shared - a.shared || a.caseA - b.caseA || a.caseB - b.caseB);
    return { total: all.length, pairs: limit < 0 ? all.slice(offset) : all.slice(offset, offset + limit) };
  }
  const ids = caseIds ? JSON.stringify(caseIds) : null;
  const total = db
    .prepare(`SELECT count(*) FROM case_pairs ${PAGE_WHERE}`)
    .pluck()
    .get(ids, ids, ids) as number;
  const pairs = db
    .prepare(
      `SELECT case_a AS caseA, case_b AS caseB, shared, matched FROM case_pairs ${PAGE_WHERE}
       ORDER BY shared DESC, case_a, case_b LIMIT ? OFFSET ?`,
    )
    .all(ids, ids, ids, limit, offset) as CaseMapLink[];
  return { total, pairs };
}

/** Calls `add` with the two cases of every pair. */
export type EachPair = (add: (caseA: number, caseB: number) => void) => void;

/** Separate networks by union-find: each case's network, numbered largest first. */
export function networksOf(caseIds: number[], eachPair: EachPair): Map<number, number> {
  // Positions in typed arrays rather than maps keyed by id: hundreds of thousands of pairs.
  const at = new Map(caseIds.map((id, i) => [id, i]));
  const parent = Int32Array.from(caseIds, (_, i) => i);
  const size = new Int32Array(caseIds.length).fill(1);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    // Path compression: every case on the way now points at the root directly.
    for (let j = i; j !== r;) {
      const next = parent[j]!;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  eachPair((caseA, caseB) => {
    const i = at.get(caseA);
    const j = at.get(caseB);
    if (i === undefined || j === undefined) return;
    let a = root(i);
    let b = root(j);
    if (a === b) return;
    // The smaller tree goes under the larger, so no chain grows long.
    if (size[a]! < size[b]!) [a, b] = [b, a];
    parent[b] = a;
    size[a] = size[a]! + size[b]!;
  });
  const members = new Map<number, number[]>();
  caseIds.forEach((id, i) => {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(id);
    else members.set(r, [id]);
  });
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const network = new Map<number, number>();
  ordered.forEach((ids, index) => ids.forEach((id) => network.set(id, index)));
  return network;
}

/**
 * What the case map needs of the pairs: each case's weight, the pairs as edges (for the
 * networks), how many there are, and the pairs among the cases drawn.
 */
interface PairStats {
  weight: Map<number, number>;
  eachPair: EachPair;
  total: number;
  among(kept: Set<number>): CaseMapLink[];
}

/** From a list of pairs in memory (the from-scratch aggregate). */
function statsOfList(pairs: CaseMapLink[]): PairStats {
  const weight = new Map<number, number>();
  for (const p of pairs) {
    weight.set(p.caseA, (weight.get(p.caseA) ?? 0) + p.shared);
    weight.set(p.caseB, (weight.get(p.caseB) ?? 0) + p.shared);
  }
  return {
    weight,
    eachPair: (add) => pairs.forEach((p) => add(p.caseA, p.caseB)),
    total: pairs.length,
    among: (kept) => pairs.filter((p) => kept.has(p.caseA) && kept.has(p.caseB)),
  };
}

// One row per case with its weight as the lower case of its pairs and its partners as text:
// a few thousand rows cross into JavaScript instead of every pair (a row costs far more to
// hand over than its numbers to parse). Then its weight as the higher case.
const AS_LOWER_SQL = 'SELECT case_a, sum(shared), group_concat(case_b) FROM case_pairs GROUP BY case_a';
const AS_HIGHER_SQL = 'SELECT case_b, sum(shared) FROM case_pairs GROUP BY case_b';
const AMONG_SQL = `
  SELECT case_a AS caseA, case_b AS caseB, shared, matched FROM case_pairs
  WHERE case_a IN (SELECT value FROM json_each(?)) AND case_b IN (SELECT value FROM json_each(?))`;

/** From the kept table, aggregated in SQL. */
function statsOfTable(db: Db): PairStats {
  const lower = db.prepare(AS_LOWER_SQL).raw().all() as [number, number, string][];
  const weight = new Map(lower.map(([c, w]) => [c, w]));
  for (const [c, w] of db.prepare(AS_HIGHER_SQL).raw().all() as [number, number][])
    weight.set(c, (weight.get(c) ?? 0) + w);
  return {
    weight,
    eachPair: (add) => {
      for (const [caseA, , partners] of lower) for (const b of partners.split(',')) add(caseA, Number(b));
    },
    total: db.prepare('SELECT count(*) FROM case_pairs').pluck().get() as number,
    among: (kept) => {
      const ids = JSON.stringify([...kept]);
      return db.prepare(AMONG_SQL).all(ids, ids) as CaseMapLink[];
    },
  };
}

/** The kept table when it is current (or can be made so now), the from-scratch list otherwise. */
function pairStats(db: Db): PairStats {
  bringUpToDate(db);
  return casePairsPending(db) ? statsOfList(casePairs(db)) : statsOfTable(db);
}

function summarise(cases: CaseRow[], stats: PairStats, network: Map<number, number>): CaseMapSummary {
  const sizes = new Map<number, number>();
  for (const n of network.values()) sizes.set(n, (sizes.get(n) ?? 0) + 1);
  return {
    cases: cases.length,
    networks: sizes.size,
    largestNetwork: Math.max(0, ...sizes.values()),
    apart: cases.filter((c) => !stats.weight.get(c.id)).length,
    links: stats.total,
  };
}

interface Ranked {
  stamp: string;
  cases: CaseMapCase[];
  summary: CaseMapSummary;
  stats: PairStats;
}
const ranked = new WeakMap<Db, Ranked>();

/** Every case with its weight and network, most connected first, and the summary (kept until a change). */
function rankedCases(db: Db): Ranked {
  bringUpToDate(db);
  const stamp = changeStamp(db);
  const hit = ranked.get(db);
  if (hit?.stamp === stamp) return hit;
  const stats = pairStats(db);
  const rows = db.prepare(CASES_SQL).all() as CaseRow[];
  const network = networksOf(
    rows.map((c) => c.id),
    stats.eachPair,
  );
  const cases = rows
    .map((c) => ({ ...c, sharedWeight: stats.weight.get(c.id) ?? 0, network: network.get(c.id) ?? 0 }))
    .sort((a, b) => b.sharedWeight - a.sharedWeight || b.recordCount - a.recordCount || a.id - b.id);
  const fresh = { stamp, cases, summary: summarise(rows, stats, network), stats };
  ranked.set(db, fresh);
  return fresh;
}

/**
 * The case map: past `limit` cases, the ones sharing the most (ties: more records, then
 * lower id, so the cut is stable), with the links among them.
 */
export function caseMap(db: Db, limit: number): CaseMap {
  const all = rankedCases(db);
  const cases = all.cases.slice(0, limit);
  const links = all.stats.among(new Set(cases.map((c) => c.id)));
  return {
    cases,
    links,
    summary: all.summary,
    budget: limit,
    omitted: { cases: all.cases.length - cases.length, links: all.summary.links - links.length },
  };
}
