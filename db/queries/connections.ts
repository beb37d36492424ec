// Cross-case connections: two cases are connected when one entity holds records
// from both. The evidence is that entity, the two records and why they were joined.
import type { CaseConnection, ConnectionEvidence, ConnectionsPage } from '../../shared/contract/model';
import type { EntityType, IdentifierKind } from '../../shared/domain/entity-types';
import type { Db } from '../store/open-workspace';
import { pagePairs } from './casemap';

interface MemberRow {
  entityId: number;
  entityLabel: string;
  entityType: string;
  recordId: number;
  caseId: number;
  reason: string;
}

/** The members, in the two cases, of the entities a case pair shares. */
const MEMBERS_OF_PAIR = `
  SELECT e.id AS entityId, e.label AS entityLabel, e.type AS entityType, r.id AS recordId, r.case_id AS caseId, m.reason
  FROM entity_members m JOIN records r ON r.id = m.record_id JOIN entities e ON e.id = m.entity_id
  WHERE r.case_id IN (?, ?) AND m.entity_id IN (
    SELECT m1.entity_id FROM entity_members m1 JOIN records r1 ON r1.id = m1.record_id WHERE r1.case_id = ?
    INTERSECT
    SELECT m2.entity_id FROM entity_members m2 JOIN records r2 ON r2.id = m2.record_id WHERE r2.case_id = ?)
  ORDER BY e.id, r.case_id, r.id`;

/**
 * One page of case pairs, strongest first, with the evidence of each (limit -1: all). The
 * pairs come from the case map's kept pairs, sorted and cut there, so a page costs only
 * its own evidence, not a pass over every entity.
 */
export function pageConnections(
  db: Db,
  caseIds: number[] | undefined,
  limit: number,
  offset: number,
): ConnectionsPage {
  const { total, pairs } = pagePairs(db, caseIds, limit, offset);
  return { total, connections: pairs.map((p) => connectionBetween(db, p.caseA, p.caseB)) };
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
