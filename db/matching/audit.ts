// The audit log: every decision, merge and unmerge, with who, when and the evidence then.
import type { AuditEntry } from '../../shared/contract/matching-model';
import { percent } from '../../shared/domain/probability';
import type { Db } from '../store/open-workspace';

const recordLabel = (db: Db, id: number): string =>
  (db.prepare('SELECT label FROM records WHERE id = ?').pluck().get(id) as string | undefined) ??
  `record ${id}`;

/**
 * A match as the audit log names it: both records' labels, the type and the probability
 * ("Ramón Quintero ↔ R. A. Quintero-Salas (person, 99.9 %)"), not a candidate number.
 */
export function matchTitle(
  db: Db,
  c: { recordA: number; recordB: number; type: string; score: number },
): string {
  return `${recordLabel(db, c.recordA)} ↔ ${recordLabel(db, c.recordB)} (${c.type}, ${percent(c.score)})`;
}

export function writeAudit(
  db: Db,
  entry: { analyst: string; action: string; summary: string; details: unknown },
): number {
  return Number(
    db
      .prepare('INSERT INTO audit_log (at, analyst, action, summary, details) VALUES (?, ?, ?, ?, ?)')
      .run(
        new Date().toISOString(),
        entry.analyst,
        entry.action,
        entry.summary,
        JSON.stringify(entry.details),
      ).lastInsertRowid,
  );
}

interface AuditRow {
  id: number;
  at: string;
  analyst: string;
  action: string;
  summary: string;
  details: string;
}

export function listAudit(db: Db, limit: number, offset: number): { total: number; entries: AuditEntry[] } {
  const total = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  const rows = db
    .prepare(
      'SELECT id, at, analyst, action, summary, details FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?',
    )
    .all(limit, offset) as AuditRow[];
  return { total, entries: rows.map((r) => ({ ...r, details: JSON.parse(r.details) as unknown })) };
}
