// Cross-case connections: two cases are connected when one entity holds records
// from both. The evidence is that entity, the two records and why they were joined.
import type { CaseConnection, ConnectionEvidence, ConnectionsPage } from '../../shared/contract/model';
import type { EntityType, IdentifierKind } from '../../shared/domain/entity-types';
import type { Db } from '../store/open-workspace';
import { placeholders } from './rows';

interface MemberRow {
  entityId: number;
  entityLabel: string;
  entityType: string;
  recordId: number;
  caseId: number;
  reason: string;
}

/** Each entity with each case it holds records of (once per pair). */
const ENTITY_CASES = `
  SELECT DISTINCT m.entity_id AS entityId, r.case_id AS caseId
  FROM entity_members m JOIN records r ON r.id = m.record_id`;

/**
 * Case pairs sharing an entity, with how many they share: ranked in SQL so a page of the
 * strongest pairs needs no evidence for the thousands of weaker ones.
 */
const PAIRS = (wanted: string) => `
  WITH ec AS (${ENTITY_CASES}),
  cross_case AS (SELECT entityId FROM ec GROUP BY entityId HAVING count(*) > 1)
  SELECT a.caseId AS caseA, b.caseId AS caseB, count(*) AS shared, count(*) OVER () AS total
  FROM ec a JOIN ec b ON b.entityId = a.entityId AND b.caseId > a.caseId
  WHERE a.entityId IN (SELECT entityId FROM cross_case) AND (${wanted})
  GROUP BY a.caseId, b.caseId
  ORDER BY shared DESC, a.caseId, b.caseId
  LIMIT ? OFFSET ?`;

/** The members, in the two cases, of the entities a case pair shares. */
const MEMBERS_OF_PAIR = `
  SELECT e.id AS entityId, e.label AS entityLabel, e.type AS entityType, r.id AS recordId, r.case_id AS caseId, m.reason
  FROM entity_members m JOIN records r ON r.id = m.record_id JOIN entities e ON e.id = m.entity_id
  WHERE r.case_id IN (?, ?) AND m.entity_id IN (
    SELECT m1.entity_id FROM entity_members m1 JOIN records r1 ON r1.id = m1.record_id WHERE r1.case_id = ?
    INTERSECT
    SELECT m2.entity_id FROM entity_members m2 JOIN records r2 ON r2.id = m2.record_id WHERE r2.case_id = ?)
  ORDER BY e.id, r.case_id, r.id`;

interface PairRow {
  caseA: number;
  caseB: number;
  shared: number;
  total: number;
}

/** One page of case pairs, strongest first, with the evidence of each (limit -1: all). */
export function pageConnections(
  db: Db,
  caseIds: number[] | undefined,
  limit: number,
  offset: number,
): ConnectionsPage {
  const wanted = caseIds
    ? `a.caseId IN (${placeholders(caseIds.length)}) OR b.caseId IN (${placeholders(caseIds.length)})`
    : '1';
  const rows = db
    .prepare(PAIRS(wanted))
    .all(...(caseIds ?? []), ...(caseIds ?? []), limit, offset) as PairRow[];
  const total = rows[0]?.total ?? (offset > 0 ? countPairs(db, caseIds) : 0);
  const connections = rows.map((row) => connectionBetween(db, row.caseA, row.caseB));
  return { total, connections };
}

/** Two cases with the evidence of every entity they share (none: an empty list). */
export function connectionBetween(db: Db, caseA: number, caseB: number): CaseConnection {
  const caseStmt = db.prepare('SELECT id, number, title FROM cases WHERE id = ?');
  const members = db.prepare(MEMBERS_OF_PAIR).all(caseA, caseB, caseA, caseB) as MemberRow[];
  return {
    caseA: caseStmt.get(caseA) as CaseConnection['caseA'],
    caseB: caseStmt.get(caseB) as CaseConnection['caseB'],
    evidence: groupBy(members, (m) => m.entityId).map((group) =>
      evidenceFor(
        db,
        group.filter((m) => m.caseId === caseA),
        group.filter((m) => m.caseId === caseB),
      ),
    ),
  };
}

/** The total when a page past the end comes back empty. */
function countPairs(db: Db, caseIds: number[] | undefined): number {
  return pageConnections(db, caseIds, 1, 0).total;
}

/** Every case pair, strongest first (tests and tools; the app asks for pages). */
export function listConnections(db: Db, caseIds?: number[]): CaseConnection[] {
  return pageConnections(db, caseIds, -1, 0).connections;
}

function groupBy<T>(rows: T[], keyOf: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups.values()];
}

const SHARED_IDENTIFIER = `
  SELECT a.record_id AS recordA, b.record_id AS recordB, a.kind, a.value
  FROM record_identifiers a JOIN record_identifiers b ON b.kind = a.kind AND b.value = a.value
  WHERE a.record_id = ? AND b.record_id = ? LIMIT 1`;

function evidenceFor(db: Db, a: MemberRow[], b: MemberRow[]): ConnectionEvidence {
  const first = a[0]!;
  const base = {
    entityId: first.entityId,
    entityLabel: first.entityLabel,
    entityType: first.entityType as EntityType,
  };
  const stmt = db.prepare(SHARED_IDENTIFIER);
  for (const ra of a) {
    for (const rb of b) {
      const shared = stmt.get(ra.recordId, rb.recordId) as
        { recordA: number; recordB: number; kind: string; value: string } | undefined;
      if (shared) {
        return {
          ...base,
          reason: 'identifier',
          identifierKind: shared.kind as IdentifierKind,
          identifierValue: shared.value,
          recordIds: [ra.recordId, rb.recordId],
        };
      }
    }
  }
  const reasons = new Set([...a, ...b].map((m) => m.reason));
  return {
    ...base,
    // No identifier joins these two records directly: they were joined by a match, by hand,
    // or through a chain of identifiers across other records of the entity.
    reason: reasons.has('match') ? 'match' : reasons.has('manual') ? 'manual' : 'identifier',
    recordIds: [first.recordId, b[0]!.recordId],
  };
}
