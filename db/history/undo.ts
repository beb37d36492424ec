// Undo and redo of data actions through the audit log. Each audited action keeps the rows it
// changed (audit_changes, see capture.ts); undo puts them back as they were before it, redo
// as they were after it, in one transaction (the caller's). Source records are never
// rewritten: the rows replayed are the analyst's layers (entities, memberships, decisions,
// analyst facts and notes, grades, case bookkeeping). A case removal undoes through its own
// snapshot (cases.restore). Refused, writing nothing, when a later action changed the same
// rows (that one is named, to be undone first) or when work outside the history did.
import type { HistoryStep } from '../../shared/contract/history-model';
import { WorkbenchError } from '../../shared/contract/result';
import { removeCase, restoreCase } from '../cases/remove-case';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';
import type { RowChange } from './capture';
import { historyLabel } from './labels';
import { applyImage, currentImage } from './replay';

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  summary: string;
  details: string;
  undone_at: string | null;
}

export function auditRow(db: Db, auditId: number): AuditRow {
  const row = db
    .prepare('SELECT id, at, action, summary, details, undone_at FROM audit_log WHERE id = ?')
    .get(auditId) as AuditRow | undefined;
  if (!row)
    throw new WorkbenchError('NOT_FOUND', `There is no audit entry ${auditId}.`, {
      field: 'auditId',
      auditId,
    });
  return row;
}

const changesOf = (db: Db, auditId: number) =>
  db
    .prepare('SELECT seq, tbl, pk, before, after FROM audit_changes WHERE audit_id = ? ORDER BY seq')
    .all(auditId) as RowChange[];

/** True for an entry that undo can reverse: it kept its rows, or it is a case removal. */
export function isUndoable(db: Db, row: Pick<AuditRow, 'id' | 'action'>): boolean {
  if (row.action === 'case.remove') return true;
  return db.prepare('SELECT 1 FROM audit_changes WHERE audit_id = ? LIMIT 1').get(row.id) !== undefined;
}

function refuseNotUndoable(db: Db, row: AuditRow): void {
  if (!isUndoable(db, row))
    throw new WorkbenchError(
      'INVALID_INPUT',
      `Audit entry ${row.id} (${row.action}: ${row.summary}) is not a data action that can be undone.`,
      { field: 'auditId', auditId: row.id },
    );
}

/** Entity ids an action's changes touch: entities it changed, and those its memberships left or joined. */
const ENTITIES_OF = (alias: string) => `
  SELECT json_extract(${alias}.pk, '$[0]') FROM audit_changes ${alias} WHERE ${alias}.audit_id = @id AND ${alias}.tbl = 'entities'
  UNION SELECT json_extract(${alias}.before, '$.entity_id') FROM audit_changes ${alias} WHERE ${alias}.audit_id = @id AND ${alias}.tbl = 'entity_members'
  UNION SELECT json_extract(${alias}.after, '$.entity_id') FROM audit_changes ${alias} WHERE ${alias}.audit_id = @id AND ${alias}.tbl = 'entity_members'`;

/**
 * The newest still-standing action after `row` that changed one of the same rows, or
 * touched one of the same entities (a merge of an entity merged again depends on it).
 */
function laterDependent(db: Db, row: AuditRow): { id: number; summary: string } | undefined {
  return db
    .prepare(
      `WITH mine(e) AS (${ENTITIES_OF('m')})
       SELECT a.id, a.summary FROM audit_log a WHERE a.id > @id AND a.undone_at IS NULL AND EXISTS (
         SELECT 1 FROM audit_changes later WHERE later.audit_id = a.id AND (
           EXISTS (SELECT 1 FROM audit_changes same WHERE same.audit_id = @id AND same.tbl = later.tbl AND same.pk = later.pk)
           OR (later.tbl = 'entities' AND json_extract(later.pk, '$[0]') IN mine)
           OR (later.tbl = 'entity_members' AND (json_extract(later.before, '$.entity_id') IN mine
               OR json_extract(later.after, '$.entity_id') IN mine))))
       ORDER BY a.id DESC LIMIT 1`,
    )
    .get({ id: row.id }) as { id: number; summary: string } | undefined;
}

function refuseDependents(db: Db, row: AuditRow, verb: 'undone' | 'redone'): void {
  const later = laterDependent(db, row);
  if (later)
    throw new WorkbenchError(
      'CONFLICT',
      `"${row.summary}" cannot be ${verb}: a later action changed the same entities or records. Undo that one first: "${later.summary}" (audit entry ${later.id}).`,
      { auditId: row.id, dependsOn: later.id },
    );
}

function refuseChangedElsewhere(db: Db, row: AuditRow, changes: RowChange[], side: 'before' | 'after'): void {
  const moved = changes.find((c) => currentImage(db, c.tbl, c.pk) !== c[side]);
  if (moved)
    throw new WorkbenchError(
      'CONFLICT',
      `"${row.summary}" cannot be ${side === 'after' ? 'undone' : 'redone'}: its ${moved.tbl} were changed since by work outside the undo history (an import, a matching run or a case removal).`,
      { auditId: row.id, table: moved.tbl },
    );
}

function mark(db: Db, row: AuditRow, undone: boolean, label: string): HistoryStep {
  db.prepare('UPDATE audit_log SET undone_at = ? WHERE id = ?').run(
    undone ? new Date().toISOString() : null,
    row.id,
  );
  writeAudit(db, {
    analyst: readSettings(db).analyst,
    action: undone ? 'history.undo' : 'history.redo',
    summary: `${undone ? 'Undid' : 'Redid'} ${label} (audit entry ${row.id})`,
    details: { auditId: row.id },
  });
  return { auditId: row.id, label, undone };
}

export function undoAction(db: Db, auditId: number): HistoryStep {
  const row = auditRow(db, auditId);
  refuseNotUndoable(db, row);
  if (row.undone_at)
    throw new WorkbenchError('CONFLICT', `"${row.summary}" was already undone on ${row.undone_at}.`, {
      auditId,
    });
  const label = historyLabel(db, row);
  if (row.action === 'case.remove') {
    restoreCase(db, removalToUndo(db, row));
    return mark(db, row, true, label);
  }
  const changes = changesOf(db, auditId);
  refuseDependents(db, row, 'undone');
  refuseChangedElsewhere(db, row, changes, 'after');
  db.pragma('defer_foreign_keys = ON');
  const what = `Undo of "${row.summary}"`;
  for (const c of [...changes].reverse()) applyImage(db, c, c.before, what);
  return mark(db, row, true, label);
}

export function redoAction(db: Db, auditId: number): HistoryStep {
  const row = auditRow(db, auditId);
  refuseNotUndoable(db, row);
  if (!row.undone_at)
    throw new WorkbenchError('CONFLICT', `"${row.summary}" is not undone; there is nothing to redo.`, {
      auditId,
    });
  const label = historyLabel(db, row);
  if (row.action === 'case.remove') {
    removeCase(db, caseToRemoveAgain(db, row));
    return mark(db, row, false, label);
  }
  const changes = changesOf(db, auditId);
  refuseDependents(db, row, 'redone');
  refuseChangedElsewhere(db, row, changes, 'before');
  db.pragma('defer_foreign_keys = ON');
  const what = `Redo of "${row.summary}"`;
  for (const c of changes) applyImage(db, c, c.after, what);
  return mark(db, row, false, label);
}

interface RemovalDetails {
  caseId: number;
  number: string;
  removalId: number;
}

/** The removal to bring back: this entry's, or (after a redo removed it again) the latest one. */
function removalToUndo(db: Db, row: AuditRow): number {
  const d = JSON.parse(row.details) as RemovalDetails;
  const number = db.prepare('SELECT case_number FROM removed_cases WHERE id = ?').pluck().get(d.removalId) as
    string | undefined;
  const latest = db
    .prepare(
      'SELECT id FROM removed_cases WHERE case_number = ? AND restored_at IS NULL ORDER BY id DESC LIMIT 1',
    )
    .pluck()
    .get(number ?? d.number) as number | undefined;
  return latest ?? d.removalId;
}

function caseToRemoveAgain(db: Db, row: AuditRow): number {
  const d = JSON.parse(row.details) as RemovalDetails;
  const id = db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(d.number) as number | undefined;
  if (id === undefined)
    throw new WorkbenchError(
      'CONFLICT',
      `Case ${d.number} is no longer in the workspace; nothing to remove again.`,
      {
        auditId: row.id,
      },
    );
  return id;
}

/** The newest action that undo can reverse now (not undone), with its menu label. */
export function latestStep(db: Db): HistoryStep | null {
  const rows = db
    .prepare(
      "SELECT id, at, action, summary, details, undone_at FROM audit_log WHERE action NOT LIKE 'history.%' ORDER BY id DESC LIMIT 20",
    )
    .all() as AuditRow[];
  const row = rows.find((r) => !r.undone_at && isUndoable(db, r));
  return row ? { auditId: row.id, label: historyLabel(db, row), undone: false } : null;
}
