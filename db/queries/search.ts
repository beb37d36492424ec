// Full-text search over record names and identifiers, answered as entities.
import type { SearchHit } from '../../shared/contract/model';
import type { EntityType } from '../../shared/domain/entity-types';
import type { Db } from '../store/open-workspace';
import { foldText } from '../linking/identifiers';
import { placeholders } from './rows';

/** Turns what a user typed into an FTS5 query of quoted prefix terms, so no syntax leaks in. */
export function ftsQuery(text: string): string | null {
  const terms = foldText(text).split(' ').filter(Boolean).slice(0, 12);
  return terms.length ? terms.map((t) => `"${t}"*`).join(' ') : null;
}

export function searchEntities(db: Db, query: string, limit: number, types?: EntityType[]): SearchHit[] {
  const fts = ftsQuery(query);
  if (!fts) return [];
  const typeFilter = types?.length ? `AND e.type IN (${placeholders(types.length)})` : '';
  const rows = db
    .prepare(
      `SELECT e.id AS entityId, e.type, e.label, min(r.label) AS matched,
         group_concat(DISTINCT c.number) AS caseNumbers, min(s.rank) AS rank
       FROM record_search s
       JOIN records r ON r.id = s.rowid
       JOIN entity_members m ON m.record_id = r.id
       JOIN entities e ON e.id = m.entity_id
       JOIN records ar ON ar.id IN (SELECT record_id FROM entity_members WHERE entity_id = e.id)
       JOIN cases c ON c.id = ar.case_id
       WHERE record_search MATCH ? ${typeFilter}
       GROUP BY e.id ORDER BY rank LIMIT ?`,
    )
    .all(fts, ...(types ?? []), limit) as (Omit<SearchHit, 'caseNumbers'> & { caseNumbers: string })[];
  return rows.map((r) => ({
    entityId: r.entityId,
    type: r.type,
    label: r.label,
    matched: r.matched,
    caseNumbers: r.caseNumbers.split(','),
  }));
}
