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
function changeStamp(db: Db): string {
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

/** Separate networks by union-find: each case's network, numbered largest first. */
export function networksOf(caseIds: number[], pairs: CaseMapLink[]): Map<number, number> {
  const parent = new Map(caseIds.map((id) => [id, id]));
  const size = new Map(caseIds.map((id) => [id, 1]));
  const root = (id: number): number => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path compression: every case on the way now points at the root directly.
    for (let at = id; at !== r;) {
      const next = parent.get(at)!;
      parent.set(at, r);
      at = next;
    }
    return r;
  };
  for (const p of pairs) {
    if (!parent.has(p.caseA) || !parent.has(p.caseB)) continue;
    let a = root(p.caseA);
    let b = root(p.caseB);
    if (a === b) continue;
    // The smaller tree goes under the larger, so no chain grows long.
    if (size.get(a)! < size.get(b)!) [a, b] = [b, a];
    parent.set(b, a);
    size.set(a, size.get(a)! + size.get(b)!);
  }
  const members = new Map<number, number[]>();
  for (const id of caseIds) {
    const r = root(id);
    const list = members.get(r);
    if (list) list.push(id);
    else members.set(r, [id]);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const network = new Map<number, number>();
  ordered.forEach((ids, index) => ids.forEach((id) => network.set(id, index)));
  return network;
}

function summarise(cases: CaseRow[], pairs: CaseMapLink[], network: Map<number, number>): CaseMapSummary {
  const sizes = new Map<number, number>();
  for (const n of network.values()) sizes.set(n, (sizes.get(n) ?? 0) + 1);
  const linked = new Set<number>();
  for (const p of pairs) linked.add(p.caseA).add(p.caseB);
  return {
    cases: cases.length,
    networks: sizes.size,
    largestNetwork: Math.max(0, ...sizes.values()),
    apart: cases.filter((c) => !linked.has(c.id)).length,
    links: pairs.length,
  };
}

interface Ranked {
  stamp: string;
  cases: CaseMapCase[];
  summary: CaseMapSummary;
}
const ranked = new WeakMap<Db, Ranked>();

/** Every case with its weight and network, most connected first, and the summary (cached like the pairs). */
function rankedCases(db: Db): Ranked {
  const pairs = casePairs(db);
  const stamp = changeStamp(db);
  const hit = ranked.get(db);
  if (hit?.stamp === stamp) return hit;
  const rows = db.prepare(CASES_SQL).all() as CaseRow[];
  const weight = new Map<number, number>();
  for (const p of pairs) {
    weight.set(p.caseA, (weight.get(p.caseA) ?? 0) + p.shared);
    weight.set(p.caseB, (weight.get(p.caseB) ?? 0) + p.shared);
  }
  const network = networksOf(
    rows.map((c) => c.id),
    pairs,
  );
  const cases = rows
    .map((c) => ({ ...c, sharedWeight: weight.get(c.id) ?? 0, network: network.get(c.id) ?? 0 }))
    .sort((a, b) => b.sharedWeight - a.sharedWeight || b.recordCount - a.recordCount || a.id - b.id);
  const fresh = { stamp, cases, summary: summarise(rows, pairs, network) };
  ranked.set(db, fresh);
  return fresh;
}

/**
 * The case map: past `limit` cases, the ones sharing the most (ties: more records, then
 * lower id, so the cut is stable), with the links among them.
 */
export function caseMap(db: Db, limit: number): CaseMap {
  const all = rankedCases(db);
  const pairs = casePairs(db);
  const cases = all.cases.slice(0, limit);
  const kept = new Set(cases.map((c) => c.id));
  const links = pairs.filter((p) => kept.has(p.caseA) && kept.has(p.caseB));
  return {
    cases,
    links,
    summary: all.summary,
    budget: limit,
    omitted: { cases: all.cases.length - cases.length, links: pairs.length - links.length },
  };
}
