// The case pairs table (migration 8) brought up to date: each entity marked by the
// triggers since the last refresh takes back what it added to its case pairs, then adds
// what it spans now. Set-based, in one transaction, so its cost follows the entities that
// changed (a merge: a few rows; an import of a million records: one pass over them).
import type { Db } from './open-workspace';

/** What the marked entities added to their pairs when last refreshed. */
const THEIR_PAIRS = `
  SELECT a.case_id AS ca, b.case_id AS cb, count(*) AS n, sum(a.matched) AS m
  FROM case_map_dirty d JOIN case_map_spans a ON a.entity_id = d.entity_id
  JOIN case_map_spans b ON b.entity_id = a.entity_id AND b.case_id > a.case_id
  GROUP BY a.case_id, b.case_id`;

const TAKE_BACK = `
  UPDATE case_pairs SET shared = shared - old.n, matched = matched - old.m
  FROM (${THEIR_PAIRS}) AS old WHERE case_pairs.case_a = old.ca AND case_pairs.case_b = old.cb`;

const FORGET_SPANS = 'DELETE FROM case_map_spans WHERE entity_id IN (SELECT entity_id FROM case_map_dirty)';

/**
 * The cases each marked entity spans now, kept when two or more. An entity of one member
 * spans one case, so only entities with a second member are joined to their records.
 */
const NEW_SPANS = `
  INSERT INTO case_map_spans (entity_id, case_id, matched)
  WITH ec AS (
    SELECT m.entity_id AS e, r.case_id AS c, max(m.reason = 'match') AS matched
    FROM case_map_dirty d JOIN entity_members m ON m.entity_id = d.entity_id JOIN records r ON r.id = m.record_id
    WHERE (SELECT count(*) FROM entity_members x WHERE x.entity_id = d.entity_id) > 1
    GROUP BY m.entity_id, r.case_id),
  spanning AS (SELECT e, max(matched) AS matched FROM ec GROUP BY e HAVING count(*) > 1)
  SELECT ec.e, ec.c, s.matched FROM spanning s JOIN ec ON ec.e = s.e`;

const ADD = `
  INSERT INTO case_pairs (case_a, case_b, shared, matched)
  SELECT ca, cb, n, m FROM (${THEIR_PAIRS}) WHERE true
  ON CONFLICT (case_a, case_b) DO UPDATE SET shared = shared + excluded.shared, matched = matched + excluded.matched`;

/** Entities whose members changed since the last refresh (0: the pairs are current). */
export function pendingEntities(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM case_map_dirty').get() as { n: number }).n;
}

/** Whether any entity changed since the last refresh (cheaper than counting them). */
export function casePairsPending(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM case_map_dirty) AS p').pluck().get() === 1;
}

/** Folds every marked entity into the case pairs; returns how many there were. */
export function refreshCasePairs(db: Db): number {
  return db.transaction(() => {
    if (!casePairsPending(db)) return 0;
    const pending = pendingEntities(db);
    db.prepare(TAKE_BACK).run();
    db.prepare(FORGET_SPANS).run();
    db.prepare(NEW_SPANS).run();
    db.prepare(ADD).run();
    db.prepare('DELETE FROM case_pairs WHERE shared <= 0').run();
    db.prepare('DELETE FROM case_map_dirty').run();
    return pending;
  })();
}
