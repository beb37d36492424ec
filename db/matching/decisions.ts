// Analyst decisions on candidates (accept = merge, reject, unsure) and unmerges.
// Run inside the caller's transaction (dispatch wraps every write call in one).
import type { Decision, FieldEvidence, UnmergeResult } from '../../shared/contract/matching-model';
import { WorkbenchError } from '../../shared/contract/result';
import { mergeEntities, relabelEntity, splitRecord } from '../linking/merge';
import type { Db } from '../store/open-workspace';
import { matchTitle, writeAudit } from './audit';

interface StoredCandidate {
  id: number;
  recordA: number;
  recordB: number;
  type: string;
  score: number;
  status: Decision;
  evidence: string;
}

const entityOf = (db: Db, recordId: number): number | undefined =>
  (
    db.prepare('SELECT entity_id AS e FROM entity_members WHERE record_id = ?').get(recordId) as
      { e: number } | undefined
  )?.e;

function loadCandidate(db: Db, id: number): StoredCandidate {
  const row = db
    .prepare(
      `SELECT id, record_a AS recordA, record_b AS recordB, type, score, status, evidence FROM match_candidates
       WHERE id = ? AND run_id IN (SELECT id FROM match_runs WHERE state = 'done')`,
    )
    .get(id) as StoredCandidate | undefined;
  if (!row)
    throw new WorkbenchError('NOT_FOUND', `Match candidate ${id} was not found.`, { candidateId: id });
  return row;
}

/**
 * Merges the entities holding the candidate's two records, with the candidate's evidence
 * stored on the members. Returns whether anything moved (false when already one entity).
 */
export function mergeCandidatePair(
  db: Db,
  c: { id: number; recordA: number; recordB: number; score: number },
  evidence: FieldEvidence[],
  analyst: string,
): { merged: boolean; entityId: number } {
  const ea = entityOf(db, c.recordA);
  const eb = entityOf(db, c.recordB);
  if (ea === undefined || eb === undefined) throw new Error(`records of candidate ${c.id} have no entity`);
  if (ea === eb) return { merged: false, entityId: ea };
  const keep = Math.min(ea, eb);
  mergeEntities(db, keep, Math.max(ea, eb), 'match', {
    candidateId: c.id,
    score: c.score,
    analyst,
    withRecordId: c.recordA,
    evidence,
  });
  relabelEntity(db, keep);
  return { merged: true, entityId: keep };
}

export function decideCandidate(
  db: Db,
  candidateId: number,
  decision: Exclude<Decision, 'pending'>,
  analyst: string,
  note?: string,
): void {
  const c = loadCandidate(db, candidateId);
  const evidence = JSON.parse(c.evidence) as FieldEvidence[];
  const at = new Date().toISOString();
  const details: Record<string, unknown> = {
    candidateId,
    recordA: c.recordA,
    recordB: c.recordB,
    type: c.type,
    score: c.score,
    previousStatus: c.status,
    evidence,
    note: note ?? null,
  };
  if (decision === 'accepted') {
    // An analyst's accept overrides an earlier split of exactly this pair.
    db.prepare('DELETE FROM merge_blocks WHERE record_a = ? AND record_b = ?').run(c.recordA, c.recordB);
    const { merged, entityId } = mergeCandidatePair(db, c, evidence, analyst);
    details.merged = merged;
    details.entityId = entityId;
  } else if (c.status === 'accepted' && entityOf(db, c.recordA) === entityOf(db, c.recordB)) {
    // Taking back an accept splits the second record out again, so the chart follows the decision.
    details.unmerged = splitRecord(db, c.recordB);
  }
  db.prepare(
    'UPDATE match_candidates SET status = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ?',
  ).run(decision, analyst, at, note ?? null, candidateId);
  const verb = { accepted: 'accepted (merged)', rejected: 'rejected', unsure: 'marked unsure' }[decision];
  writeAudit(db, {
    analyst,
    action: `candidate.${decision}`,
    summary: `${matchTitle(db, c)} ${verb}${details.unmerged ? ', and split apart again' : ''}`,
    details,
  });
}

export function unmergeRecord(db: Db, recordId: number, analyst: string, note?: string): UnmergeResult {
  const before = entityOf(db, recordId);
  if (before === undefined) {
    throw new WorkbenchError('NOT_FOUND', `Source record ${recordId} was not found.`, { recordId });
  }
  const members = (
    db
      .prepare('SELECT record_id AS id FROM entity_members WHERE entity_id = ? ORDER BY record_id')
      .all(before) as {
      id: number;
    }[]
  ).map((m) => m.id);
  const entityLabel = db.prepare('SELECT label FROM entities WHERE id = ?').pluck().get(before) as string;
  const { oldEntityId, newEntityId } = splitRecord(db, recordId);
  const label = (db.prepare('SELECT label FROM records WHERE id = ?').get(recordId) as { label: string })
    .label;
  writeAudit(db, {
    analyst,
    action: 'entity.unmerge',
    summary:
      oldEntityId === newEntityId
        ? `"${label}" was already on its own; nothing split`
        : `"${label}" split out of "${entityLabel}"; matches between them can be decided again`,
    details: { recordId, oldEntityId, newEntityId, membersBefore: members, note: note ?? null },
  });
  return { recordId, oldEntityId, newEntityId };
}
