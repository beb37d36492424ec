// The audit log: every decision, merge and unmerge, with who, when and the evidence then.
import type { AuditEntry } from '../../shared/contract/matching-model';
import type { Db } from '../store/open-workspace';

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
