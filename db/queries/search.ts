// Search over record names and identifiers, answered as entities: words as typed (prefixes),
// identifiers normalised the way linking normalises them, then names within a typo or that
// sound alike. Hits come in that order of confidence, each with its entity's cases.
import type { SearchHit } from '../../shared/contract/model';
import type { EntityType } from '../../shared/domain/entity-types';
import type { Db } from '../store/open-workspace';
import { foldText } from '../linking/identifiers';
import { placeholders } from './rows';
import { recordsByIdentifier, similarWords } from './search-terms';

/** Turns what a user typed into an FTS5 query of quoted prefix terms, so no syntax leaks in. */
export function ftsQuery(text: string): string | null {
  const terms = foldText(text).split(' ').filter(Boolean).slice(0, 12);
  return terms.length ? terms.map((t) => `"${t}"*`).join(' ') : null;
}

/** Each query word may be any of its close indexed words: ("hernandez" OR "hernandes"). */
function fuzzyFtsQuery(alternatives: string[][]): string | null {
  if (alternatives.length === 0) return null;
  return alternatives.map((words) => `(${words.map((w) => `"${w}"`).join(' OR ')})`).join(' AND ');
}

type HitRow = Omit<SearchHit, 'caseNumbers'> & { caseNumbers: string };

const HITS_SQL = (recordFilter: string, typeFilter: string) => `
  SELECT e.id AS entityId, e.type, e.label, min(r.label) AS matched,
    (SELECT group_concat(DISTINCT c.number) FROM entity_members am JOIN records ar ON ar.id = am.record_id
       JOIN cases c ON c.id = ar.case_id WHERE am.entity_id = e.id) AS caseNumbers
  FROM (${recordFilter}) f
  JOIN records r ON r.id = f.id
  JOIN entity_members m ON m.record_id = r.id
  JOIN entities e ON e.id = m.entity_id
  WHERE 1 ${typeFilter}
  GROUP BY e.id ORDER BY min(f.rank), e.label LIMIT ?`;

export function searchEntities(db: Db, query: string, limit: number, types?: EntityType[]): SearchHit[] {
  const typeFilter = types?.length ? `AND e.type IN (${placeholders(types.length)})` : '';
  const typeArgs = types ?? [];
  const hits = new Map<number, SearchHit>();
  const add = (rows: HitRow[]) => {
    for (const r of rows) {
      if (hits.size >= limit || hits.has(r.entityId)) continue;
      hits.set(r.entityId, { ...r, caseNumbers: r.caseNumbers.split(',') });
    }
  };
  const identified = recordsByIdentifier(db, query);
  if (identified.length) {
    const filter = `SELECT value AS id, 0 AS rank FROM json_each(?)`;
    add(
      db
        .prepare(HITS_SQL(filter, typeFilter))
        .all(JSON.stringify(identified), ...typeArgs, limit) as HitRow[],
    );
  }
  // Only the best-ranked records go on to be joined and grouped: a prefix such as "555-01"
  // matches a hundred thousand records of a big workspace (8 s to group them all).
  const fts = db.prepare(
    HITS_SQL(
      `SELECT rowid AS id, rank FROM record_search WHERE record_search MATCH ? ORDER BY rank LIMIT ?`,
      typeFilter,
    ),
  );
  const recordCap = Math.max(2000, limit * 50);
  const exact = ftsQuery(query);
  if (exact && hits.size < limit) add(fts.all(exact, recordCap, ...typeArgs, limit) as HitRow[]);
  const fuzzy = hits.size < limit ? fuzzyFtsQuery(similarWords(db, query)) : null;
  if (fuzzy) add(fts.all(fuzzy, recordCap, ...typeArgs, limit) as HitRow[]);
  return [...hits.values()];
}
