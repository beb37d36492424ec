// Reading the review queue: candidates of finished runs, with both records, their cases
// and the evidence stored when the pair was scored.
import type { Decision, FieldEvidence, MatchCandidate } from '../../shared/contract/matching-model';
import type { EntityType } from '../../shared/domain/entity-types';
import { placeholders, RECORD_COLUMNS, toSourceRecord, type RecordRow } from '../queries/rows';
import type { Db } from '../store/open-workspace';

export interface CandidateFilter {
  types?: EntityType[];
  caseId?: number;
  minScore: number;
  maxScore: number;
  status: Decision | 'all';
  limit: number;
  offset: number;
}

interface CandidateRow {
  id: number;
  type: string;
  score: number;
  status: Decision;
  recordA: number;
  recordB: number;
  evidence: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Rows of runs still writing (or cancelled, or crashed) are never shown. */
const VISIBLE = `k.run_id IN (SELECT id FROM match_runs WHERE state = 'done')`;

const COLUMNS = `k.id, k.type, k.score, k.status, k.record_a AS recordA, k.record_b AS recordB,
  k.evidence, k.decided_by AS decidedBy, k.decided_at AS decidedAt`;

export function listCandidates(db: Db, f: CandidateFilter): { total: number; candidates: MatchCandidate[] } {
  const where = [VISIBLE, 'k.score >= ?', 'k.score <= ?'];
  const args: (string | number)[] = [f.minScore, f.maxScore];
  if (f.status !== 'all') {
    where.push('k.status = ?');
    args.push(f.status);
  }
  if (f.types && f.types.length > 0) {
    where.push(`k.type IN (${placeholders(f.types.length)})`);
    args.push(...f.types);
  }
  if (f.caseId !== undefined) {
    where.push(
      '(k.record_a IN (SELECT id FROM records WHERE case_id = ?) OR k.record_b IN (SELECT id FROM records WHERE case_id = ?))',
    );
    args.push(f.caseId, f.caseId);
  }
  const sql = `FROM match_candidates k WHERE ${where.join(' AND ')}`;
  const total = (db.prepare(`SELECT count(*) AS n ${sql}`).get(...args) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${COLUMNS} ${sql} ORDER BY k.score DESC, k.id LIMIT ? OFFSET ?`)
    .all(...args, f.limit, f.offset) as CandidateRow[];
  return { total, candidates: rows.map((r) => toCandidate(db, r)) };
}

export function candidateById(db: Db, id: number): MatchCandidate | null {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM match_candidates k WHERE k.id = ? AND ${VISIBLE}`)
    .get(id) as CandidateRow | undefined;
  return row ? toCandidate(db, row) : null;
}

function toCandidate(db: Db, row: CandidateRow): MatchCandidate {
  const a = recordWithCase(db, row.recordA);
  const b = recordWithCase(db, row.recordB);
  return {
    id: row.id,
    type: row.type as EntityType,
    score: row.score,
    // An accept whose records were split apart since: shown as split, to be decided again.
    status: row.status === 'accepted' && a.entityId !== b.entityId ? 'split' : row.status,
    recordA: toSourceRecord(a),
    recordB: toSourceRecord(b),
    caseA: { id: a.caseId, number: a.caseNumber, title: a.caseTitle },
    caseB: { id: b.caseId, number: b.caseNumber, title: b.caseTitle },
    evidence: JSON.parse(row.evidence) as FieldEvidence[],
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
  };
}

function recordWithCase(db: Db, recordId: number): RecordRow & { caseTitle: string } {
  return db
    .prepare(
      `SELECT ${RECORD_COLUMNS}, c.title AS caseTitle FROM records r JOIN cases c ON c.id = r.case_id
       JOIN entity_members m ON m.record_id = r.id WHERE r.id = ?`,
    )
    .get(recordId) as RecordRow & { caseTitle: string };
}
