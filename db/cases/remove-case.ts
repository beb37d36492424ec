// Removing a case and undoing the removal. What goes is saved first, whole, in
// removed_cases; undo puts every row back with its own id, so records, links, entity
// memberships and match decisions come back exactly as they were.
import type {
  CaseRemoval,
  CaseRemovalCounts,
  CaseRemovalPreview,
  RemovedCase,
} from '../../shared/contract/case-model';
import type { CaseSummary } from '../../shared/contract/model';
import { WorkbenchError } from '../../shared/contract/result';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';
import { caseById } from './case-edit';
import { freeDependentRow, remapSnapshot } from './restore-ids';
import {
  countRemoval,
  deleteScope,
  removalScope,
  snapshotScope,
  type CaseSnapshot,
  type Row,
} from './removal-scope';

export function previewRemoval(db: Db, caseId: number): CaseRemovalPreview {
  const c = caseById(db, caseId);
  return { caseId, number: c.number, title: c.title, counts: countRemoval(db, removalScope(db, caseId)) };
}

export function removeCase(db: Db, caseId: number): CaseRemoval {
  const c = caseById(db, caseId);
  const scope = removalScope(db, caseId);
  const counts = countRemoval(db, scope);
  const snapshot = snapshotScope(db, scope);
  const removedAt = new Date().toISOString();
  const analyst = readSettings(db).analyst;
  const removalId = Number(
    db
      .prepare(
        `INSERT INTO removed_cases (case_id, case_number, removed_at, analyst, counts, snapshot)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(caseId, c.number, removedAt, analyst, JSON.stringify(counts), JSON.stringify(snapshot))
      .lastInsertRowid,
  );
  deleteScope(db, scope);
  writeAudit(db, {
    analyst,
    action: 'case.remove',
    summary: `Removed case ${c.number} "${c.title}" with ${describeCounts(counts)}`,
    details: { caseId, number: c.number, removalId, counts },
  });
  return { caseId, number: c.number, title: c.title, counts, removalId, removedAt };
}

export function describeCounts(n: CaseRemovalCounts): string {
  return `${n.records} record(s), ${n.links} link(s), ${n.entitiesOnlyHere} entit(ies) only in this case and ${n.matchDecisions} match decision(s)`;
}

interface RemovedRow {
  id: number;
  case_id: number;
  case_number: string;
  removed_at: string;
  analyst: string;
  counts: string;
  snapshot: string;
  restored_at: string | null;
}

function removedRow(db: Db, removalId: number): RemovedRow {
  const row = db.prepare('SELECT * FROM removed_cases WHERE id = ?').get(removalId) as RemovedRow | undefined;
  if (!row)
    throw new WorkbenchError('NOT_FOUND', `There is no removed case with removal id ${removalId}.`, {
      removalId,
    });
  if (row.restored_at)
    throw new WorkbenchError(
      'CONFLICT',
      `Case ${row.case_number} was already brought back on ${row.restored_at}.`,
      { removalId },
    );
  return row;
}

/** A case that took the number since is the analyst's to renumber: say so, write nothing. */
function refuseTakenNumber(db: Db, row: RemovedRow): void {
  const other = db.prepare('SELECT title FROM cases WHERE number = ?').get(row.case_number) as
    { title: string } | undefined;
  if (other)
    throw new WorkbenchError(
      'CONFLICT',
      `Case ${row.case_number} cannot come back: that number is now used by "${other.title}". Renumber that case first.`,
      { removalId: row.id, field: 'number' },
    );
}

/** Rows of one table; a row may lack a column (a dependent row given a fresh id). */
function insertRows(db: Db, table: string, rows: Row[], verb: string): void {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  for (const r of rows) {
    const columns = Object.keys(r);
    const key = columns.join(',');
    let insert = statements.get(key);
    if (!insert) {
      const names = columns.map((c) => `"${c}"`).join(', ');
      const values = columns.map((c) => `@${c}`).join(', ');
      statements.set(key, (insert = db.prepare(`${verb} INTO "${table}" (${names}) VALUES (${values})`)));
    }
    insert.run(r);
  }
}

export function restoreCase(db: Db, removalId: number): CaseSummary {
  const row = removedRow(db, removalId);
  refuseTakenNumber(db, row);
  // Ids given to newer rows since the removal are replaced, with everything pointing at them.
  const { snap, renamed } = remapSnapshot(db, JSON.parse(row.snapshot) as CaseSnapshot);
  // Rows come back parents first, but a dependent table may point at another: check at commit.
  db.pragma('defer_foreign_keys = ON');
  for (const [table, rows] of Object.entries(snap.tables)) {
    // A shared entity still here keeps its current state; a dependent row left behind
    // (a foreign key without cascade) is put back as it was.
    if (table === 'entities') insertRows(db, table, rows, 'INSERT OR IGNORE');
    else if (table in CORE) insertRows(db, table, rows, 'INSERT');
    else {
      const free = rows.map((r) => freeDependentRow(db, table, r)).filter((r): r is Row => r !== null);
      insertRows(db, table, free, 'INSERT OR REPLACE');
    }
  }
  const search = db.prepare('INSERT INTO record_search (rowid, text) VALUES (?, ?)');
  for (const s of snap.search) search.run(s.rowid, s.text);
  const restoredAt = new Date().toISOString();
  db.prepare('UPDATE removed_cases SET restored_at = ? WHERE id = ?').run(restoredAt, removalId);
  const caseId = Number(snap.tables.cases![0]!.id);
  writeAudit(db, {
    analyst: readSettings(db).analyst,
    action: 'case.restore',
    summary: `Brought back case ${row.case_number} (undo of its removal on ${row.removed_at})${renamed ? `; ${renamed} id(s) taken since were given new ones` : ''}`,
    details: { caseId, number: row.case_number, removalId, renamedIds: renamed },
  });
  return caseById(db, caseId);
}

const CORE = { cases: true, records: true, links: true };

export function listRemoved(db: Db): RemovedCase[] {
  const rows = db
    .prepare(
      'SELECT id, case_id, case_number, removed_at, analyst, counts, restored_at FROM removed_cases ORDER BY id DESC',
    )
    .all() as Omit<RemovedRow, 'snapshot'>[];
  return rows.map((r) => ({
    removalId: r.id,
    caseId: r.case_id,
    number: r.case_number,
    removedAt: r.removed_at,
    analyst: r.analyst,
    counts: JSON.parse(r.counts) as CaseRemovalCounts,
    restoredAt: r.restored_at,
  }));
}
