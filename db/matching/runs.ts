// Life of a matching run in the store: started (rows invisible), finished (in one
// transaction: superseded suggestions dropped, run made visible, auto-merges applied)
// or abandoned (its rows deleted, so the workspace is as it was before the run). A run whose
// thread never got to either is marked and cleared by its host (run-cleanup.ts).
import type { FieldEvidence } from '../../shared/contract/matching-model';
import { mergeBlocked } from '../linking/merge';
import { refreshCasePairs } from '../store/case-pairs';
import type { Db } from '../store/open-workspace';
import { matchTitle, writeAudit } from './audit';
import { mergeCandidatePair } from './decisions';
import { markInterruptedRuns, runsWithLeftovers } from './run-cleanup';

const now = () => new Date().toISOString();

export function startRun(db: Db, caseIds?: number[]): number {
  const runId = db.transaction(() => {
    // A run still 'running' now was left by a thread or process that is gone.
    markInterruptedRuns(db);
    return Number(
      db
        .prepare(`INSERT INTO match_runs (state, scope, started_at) VALUES ('running', ?, ?)`)
        .run(JSON.stringify({ caseIds: caseIds ?? null }), now()).lastInsertRowid,
    );
  })();
  // Rows of runs that crashed or were killed before they were cleared never become visible; drop them.
  for (const leftover of runsWithLeftovers(db)) deleteRunRows(db, leftover);
  return runId;
}

export function abandonRun(db: Db, runId: number, state: 'cancelled' | 'failed', message: string): void {
  deleteRunRows(db, runId);
  db.prepare('UPDATE match_runs SET state = ?, finished_at = ?, message = ? WHERE id = ?').run(
    state,
    now(),
    message.slice(0, 500),
    runId,
  );
}

/** Deleted in slices so that a reader is never blocked for long; the run is invisible meanwhile. */
function deleteRunRows(db: Db, runId: number): void {
  const slice = db.prepare(
    `DELETE FROM match_candidates WHERE id IN (SELECT id FROM match_candidates WHERE run_id = ? LIMIT 20000)`,
  );
  while (db.transaction(() => slice.run(runId).changes)() > 0);
}

/** Thrown by finishRun when the run was ended from outside (cleared by its host): it stays invisible. */
export class RunEndedElsewhere extends Error {
  constructor(runId: number) {
    super(`Matching run ${runId} was ended and cleared while it ran.`);
  }
}

interface FinishInfo {
  caseIds?: number[];
  thresholds: Partial<Record<string, number | null>>;
  records: number;
  pairsCompared: number;
  candidates: number;
}

/** Returns the number of auto-merges made. */
export function finishRun(db: Db, runId: number, info: FinishInfo): number {
  return db.transaction(() => {
    // A run its host has marked ended (and is clearing) must never become visible, even in part.
    const state = db.prepare('SELECT state FROM match_runs WHERE id = ?').pluck().get(runId);
    if (state !== 'running') throw new RunEndedElsewhere(runId);
    // A pair decided while this run was comparing keeps its decision, not a fresh suggestion.
    db.prepare(
      `DELETE FROM match_candidates WHERE run_id = ? AND status = 'pending' AND EXISTS (
         SELECT 1 FROM match_candidates d WHERE d.record_a = match_candidates.record_a
         AND d.record_b = match_candidates.record_b AND d.status <> 'pending')`,
    ).run(runId);
    dropSuperseded(db, runId, info.caseIds);
    const autoMerged = autoMerge(db, runId, info.thresholds);
    db.prepare(
      `UPDATE match_runs SET state = 'done', finished_at = ?, records = ?, pairs_compared = ?, candidates = ?,
       auto_merged = ? WHERE id = ?`,
    ).run(now(), info.records, info.pairsCompared, info.candidates, autoMerged, runId);
    // The case map's pairs take in the automatic merges with the run, not on the next open.
    refreshCasePairs(db);
    return autoMerged;
  })();
}

/** Pending suggestions of earlier runs within this run's scope are replaced by this run's. */
function dropSuperseded(db: Db, runId: number, caseIds?: number[]): void {
  if (!caseIds) {
    db.prepare(`DELETE FROM match_candidates WHERE status = 'pending' AND run_id <> ?`).run(runId);
    return;
  }
  const inScope = `(SELECT id FROM records WHERE case_id IN (${caseIds.map(() => '?').join(',')}))`;
  db.prepare(
    `DELETE FROM match_candidates WHERE status = 'pending' AND run_id <> ?
     AND (record_a IN ${inScope} OR record_b IN ${inScope})`,
  ).run(runId, ...caseIds, ...caseIds);
}

interface PendingRow {
  id: number;
  recordA: number;
  recordB: number;
  type: string;
  score: number;
  evidence: string;
}

function autoMerge(db: Db, runId: number, thresholds: Partial<Record<string, number | null>>): number {
  const types = Object.entries(thresholds).filter((e): e is [string, number] => typeof e[1] === 'number');
  if (types.length === 0) return 0;
  const entityOf = db.prepare('SELECT entity_id AS e FROM entity_members WHERE record_id = ?').pluck();
  const accept = db.prepare(
    `UPDATE match_candidates SET status = 'accepted', decided_by = 'auto', decided_at = ? WHERE id = ?`,
  );
  let merged = 0;
  for (const [type, threshold] of types) {
    const rows = db
      .prepare(
        `SELECT id, record_a AS recordA, record_b AS recordB, type, score, evidence FROM match_candidates
         WHERE run_id = ? AND type = ? AND status = 'pending' AND score >= ? ORDER BY score DESC, id`,
      )
      .all(runId, type, threshold) as PendingRow[];
    for (const c of rows) {
      const ea = entityOf.get(c.recordA) as number;
      const eb = entityOf.get(c.recordB) as number;
      if (ea !== eb && mergeBlocked(db, ea, eb)) continue;
      const evidence = JSON.parse(c.evidence) as FieldEvidence[];
      const result = mergeCandidatePair(db, c, evidence, 'auto');
      accept.run(now(), c.id);
      writeAudit(db, {
        analyst: 'auto',
        action: 'candidate.auto-merged',
        summary: `${matchTitle(db, c)} merged automatically (threshold ${threshold})`,
        details: {
          candidateId: c.id,
          recordA: c.recordA,
          recordB: c.recordB,
          runId,
          threshold,
          ...result,
          evidence,
        },
      });
      merged++;
    }
  }
  return merged;
}
