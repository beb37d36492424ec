// Cross-case connections: two cases are connected when one entity holds records
// from both. The evidence is that entity, the two records and why they were joined.
import type { CaseConnection, ConnectionEvidence } from '../../shared/contract/model';
import type { EntityType, IdentifierKind } from '../../shared/domain/entity-types';
import type { Db } from '../store/open-workspace';

interface MemberRow {
  entityId: number;
  entityLabel: string;
  entityType: string;
  recordId: number;
  caseId: number;
  reason: string;
}

const MEMBERS_OF_CROSS_CASE_ENTITIES = `
  SELECT e.id AS entityId, e.label AS entityLabel, e.type AS entityType, r.id AS recordId, r.case_id AS caseId, m.reason
  FROM entity_members m JOIN records r ON r.id = m.record_id JOIN entities e ON e.id = m.entity_id
  WHERE m.entity_id IN (
    SELECT m2.entity_id FROM entity_members m2 JOIN records r2 ON r2.id = m2.record_id
    GROUP BY m2.entity_id HAVING count(DISTINCT r2.case_id) > 1)
  ORDER BY e.id, r.case_id, r.id`;

export function listConnections(db: Db, caseIds?: number[]): CaseConnection[] {
  const members = db.prepare(MEMBERS_OF_CROSS_CASE_ENTITIES).all() as MemberRow[];
  const cases = new Map(
    (db.prepare('SELECT id, number, title FROM cases').all() as CaseConnection['caseA'][]).map((c) => [
      c.id,
      c,
    ]),
  );
  const wanted = caseIds ? new Set(caseIds) : null;
  const pairs = new Map<string, CaseConnection>();
  for (const group of groupBy(members, (m) => m.entityId)) {
    for (const [a, b] of casePairs(group)) {
      if (wanted && !wanted.has(a[0]!.caseId) && !wanted.has(b[0]!.caseId)) continue;
      const key = `${a[0]!.caseId}-${b[0]!.caseId}`;
      const conn = pairs.get(key) ?? {
        caseA: cases.get(a[0]!.caseId)!,
        caseB: cases.get(b[0]!.caseId)!,
        evidence: [],
      };
      conn.evidence.push(evidenceFor(db, a, b));
      pairs.set(key, conn);
    }
  }
  return [...pairs.values()].sort((x, y) => y.evidence.length - x.evidence.length);
}

function groupBy<T>(rows: T[], keyOf: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups.values()];
}

/** For one entity: every pair of its cases, with the records it holds from each. */
function casePairs(group: MemberRow[]): [MemberRow[], MemberRow[]][] {
  const byCase = groupBy(group, (m) => m.caseId);
  const pairs: [MemberRow[], MemberRow[]][] = [];
  for (let i = 0; i < byCase.length; i++) {
    for (let j = i + 1; j < byCase.length; j++) pairs.push([byCase[i]!, byCase[j]!]);
  }
  return pairs;
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
