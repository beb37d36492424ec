// Case list queries.
import type { CaseSummary } from '../../shared/contract/model';
import type { Db } from '../store/open-workspace';

export function listCases(db: Db, filter?: string): CaseSummary[] {
  const like = `%${(filter ?? '').trim().toLowerCase()}%`;
  return db
    .prepare(
      `SELECT c.id, c.number, c.title, c.agency, c.status, c.opened_on AS openedOn, c.jurisdiction, c.summary, c.closed_on AS closedOn,
         (SELECT count(*) FROM records r WHERE r.case_id = c.id) AS recordCount
       FROM cases c
       WHERE lower(c.number || ' ' || c.title || ' ' || c.agency || ' ' || c.jurisdiction || ' ' || c.status) LIKE ?
       ORDER BY c.opened_on, c.number`,
    )
    .all(like) as CaseSummary[];
}

export function caseRefs(db: Db, ids: number[]): Map<number, { id: number; number: string; title: string }> {
  const rows = db.prepare('SELECT id, number, title FROM cases').all() as {
    id: number;
    number: string;
    title: string;
  }[];
  const wanted = new Set(ids);
  return new Map(rows.filter((r) => wanted.size === 0 || wanted.has(r.id)).map((r) => [r.id, r]));
}
