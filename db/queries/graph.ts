// The link chart's data: entities holding records of the chosen cases, and the
// drawn links between them (source links grouped by entity pair and type).
import type { EntityType } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import { LINK_TYPE_LABELS } from '../../shared/domain/link-types';
import { NEIGHBOUR_BUDGET } from '../../shared/contract/budget';
import type { BudgetedGraph, GraphData, GraphLink, GraphNode } from '../../shared/contract/model';
import type { Db } from '../store/open-workspace';
import { placeholders } from './rows';
import { LINK_CREDIBILITY_SQL, RECORD_CREDIBILITY_SQL } from '../grading/grades';

/** A source link's credibility: its own grade, else the weaker of its records' grades. */
const LINK_GRADE_SQL = `COALESCE(${LINK_CREDIBILITY_SQL('l')}, (SELECT max(${RECORD_CREDIBILITY_SQL('gr')})
  FROM records gr WHERE gr.id IN (l.from_record, l.to_record)))`;

interface NodeRow {
  id: number;
  type: string;
  label: string;
  caseIds: string;
  recordCount: number;
  role: string | null;
  dates: string | null;
}
interface LinkRow {
  fromId: number;
  toId: number;
  type: string;
  caseIds: string;
  n: number;
  dates: string | null;
  credibility: number | null;
}

const ids = (csv: string) => [...new Set(csv.split(',').map(Number))].sort((a, b) => a - b);
/** Distinct ISO dates (YYYY-MM-DD), sorted; anything else a record calls a date is left out. */
const isoDates = (csv: string | null) =>
  csv ? [...new Set(csv.split(',').filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))].sort() : [];

const NODE_SQL = (entityFilter: string) => `
  SELECT e.id, e.type, e.label, group_concat(DISTINCT r.case_id) AS caseIds, count(*) AS recordCount,
    max(json_extract(r.fields, '$.role')) AS role,
    group_concat(DISTINCT json_extract(r.fields, '$.date')) AS dates
  FROM entities e JOIN entity_members m ON m.entity_id = e.id JOIN records r ON r.id = m.record_id
  WHERE e.id IN (${entityFilter}) GROUP BY e.id ORDER BY e.id`;

/** Source links between two different entities (`mf` the one it is from, `mt` the one it is to). */
const ENTITY_LINKS = (where: string) => `
  FROM links l
  JOIN entity_members mf ON mf.record_id = l.from_record
  JOIN entity_members mt ON mt.record_id = l.to_record
  WHERE mf.entity_id <> mt.entity_id AND (${where})`;

const LINK_SQL = (where: string) => `
  SELECT mf.entity_id AS fromId, mt.entity_id AS toId, l.type, group_concat(DISTINCT l.case_id) AS caseIds, count(*) AS n,
    group_concat(DISTINCT l.occurred_on) AS dates,
    min(${LINK_GRADE_SQL}) AS credibility
  ${ENTITY_LINKS(where)}
  GROUP BY mf.entity_id, l.type, mt.entity_id`;

/** How many links LINK_SQL answers, without the fields it would build for each. */
const LINK_COUNT_SQL = (where: string) => `
  SELECT count(*) AS n FROM (SELECT 1 ${ENTITY_LINKS(where)} GROUP BY mf.entity_id, l.type, mt.entity_id)`;

function toNode(row: NodeRow): GraphNode {
  const caseIds = ids(row.caseIds);
  return {
    id: row.id,
    type: row.type as EntityType,
    label: row.label,
    caseIds,
    recordCount: row.recordCount,
    ...(row.role ? { role: row.role } : {}),
    crossCase: caseIds.length > 1,
    ...datesOf(row.dates),
  };
}

function toLink(row: LinkRow): GraphLink {
  const type = row.type as LinkType;
  return {
    id: `${row.fromId}>${type}>${row.toId}`,
    from: row.fromId,
    to: row.toId,
    type,
    label: LINK_TYPE_LABELS[type] ?? type,
    caseIds: ids(row.caseIds),
    recordLinkCount: row.n,
    ...datesOf(row.dates),
    ...(row.credibility ? { credibility: row.credibility } : {}),
  };
}

/** The dates field, only when there are dates (undated entities and links stay as they were). */
function datesOf(csv: string | null): { dates?: string[] } {
  const dates = isoDates(csv);
  return dates.length ? { dates } : {};
}

/**
 * The scope's entities, most connected first (ties by id, so the cut is stable). An entity's
 * degree is how many source links of the scope join it to another entity: the sum of
 * recordLinkCount over its drawn links.
 */
const RANKED_SQL = (inCases: string, linkWhere: string) => `
  WITH scope AS (
    SELECT DISTINCT m2.entity_id AS id FROM records r2 JOIN entity_members m2 ON m2.record_id = r2.id
    WHERE ${inCases}),
  ends AS (
    SELECT mf.entity_id AS a, mt.entity_id AS b FROM links l
    JOIN entity_members mf ON mf.record_id = l.from_record
    JOIN entity_members mt ON mt.record_id = l.to_record
    WHERE mf.entity_id <> mt.entity_id AND (${linkWhere})),
  degrees AS (
    SELECT id, count(*) AS degree FROM (SELECT a AS id FROM ends UNION ALL SELECT b FROM ends) GROUP BY id)
  SELECT scope.id, count(*) OVER () AS total FROM scope LEFT JOIN degrees ON degrees.id = scope.id
  ORDER BY coalesce(degrees.degree, 0) DESC, scope.id LIMIT ?`;

const IN_KEPT = 'SELECT value FROM json_each(?)';

/**
 * The source links touching the records of the entities `match` picks (`= ?` one entity,
 * `IN (…)` several), found through the indexes (not a scan of links); its parameters twice.
 */
const LINKS_OF = (match: string) => `
  SELECT lf.id FROM entity_members ef JOIN links lf ON lf.from_record = ef.record_id WHERE ef.entity_id ${match}
  UNION SELECT lt.id FROM entity_members et JOIN links lt ON lt.to_record = et.record_id WHERE et.entity_id ${match}`;
const LINKS_OF_ENTITY = LINKS_OF('= ?');

/** Entity ids by how strongly they are linked, strongest first (ties by id). */
const strongestFirst = (strength: Map<number, number>): number[] =>
  [...strength.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);

function budgeted(data: GraphData, budget: number, totalEntities: number, totalLinks: number): BudgetedGraph {
  return {
    ...data,
    budget,
    totalEntities,
    omitted: { entities: totalEntities - data.nodes.length, links: totalLinks - data.links.length },
  };
}

/**
 * The chart of the given cases (the whole workspace when absent). Past `limit` entities it
 * keeps the most connected part: the entities of highest degree (ranked in SQL) with their
 * neighbours, and the links among them. Without a limit
 * (exports, analysis) it answers everything.
 */
export function graphOfCases(db: Db, caseIds?: number[], limit?: number): BudgetedGraph {
  const inCases = caseIds ? `r2.case_id IN (${placeholders(caseIds.length)})` : '1';
  const linkWhere = caseIds ? `l.case_id IN (${placeholders(caseIds.length)})` : '1';
  const args = caseIds ?? [];
  const ranked = db.prepare(RANKED_SQL(inCases, linkWhere)).all(...args, ...args, limit ?? -1) as {
    id: number;
    total: number;
  }[];
  const totalEntities = ranked[0]?.total ?? 0;
  const budget = limit ?? totalEntities;
  if (totalEntities <= budget) {
    const nodes = db.prepare(NODE_SQL(IN_KEPT)).all(JSON.stringify(ranked.map((r) => r.id))) as NodeRow[];
    const links = db.prepare(LINK_SQL(linkWhere)).all(...args) as LinkRow[];
    return budgeted(
      { nodes: nodes.map(toNode), links: links.map(toLink) },
      budget,
      totalEntities,
      links.length,
    );
  }
  const kept = JSON.stringify(mostConnectedPart(db, ranked, budget, linkWhere, args));
  const nodes = db.prepare(NODE_SQL(IN_KEPT)).all(kept) as NodeRow[];
  const links = db
    .prepare(LINK_SQL(`(${linkWhere}) AND mf.entity_id IN (${IN_KEPT}) AND mt.entity_id IN (${IN_KEPT})`))
    .all(...args, kept, kept) as LinkRow[];
  const totalLinks = (db.prepare(LINK_COUNT_SQL(linkWhere)).get(...args) as { n: number }).n;
  return budgeted({ nodes: nodes.map(toNode), links: links.map(toLink) }, budget, totalEntities, totalLinks);
}

/**
 * How strongly each of these entities is linked to each other entity in the scope: the
 * scope's source links from or to their records, counted by entity pair (one query for
 * many entities, through the indexes; the chart's link fields are not needed to rank).
 */
const PAIR_STRENGTH_SQL = (linkWhere: string) => `
  SELECT mf.entity_id AS fromId, mt.entity_id AS toId, count(*) AS n
  ${ENTITY_LINKS(`l.id IN (${LINKS_OF(`IN (${IN_KEPT})`)}) AND (${linkWhere})`)}
  GROUP BY mf.entity_id, mt.entity_id`;

/** Hubs whose neighbours are read in one query (a 5,000-entity chart reads about 1,700 hubs). */
const HUB_BATCH = 500;

/** Each hub's neighbours in the scope, strongest first (ties by id), for a batch of hubs. */
function neighboursByHub(
  pairs: { fromId: number; toId: number; n: number }[],
  hubs: number[],
): Map<number, number[]> {
  const strength = new Map<number, Map<number, number>>(hubs.map((h) => [h, new Map()]));
  const add = (hub: number, other: number, n: number) => {
    const of = strength.get(hub);
    if (of) of.set(other, (of.get(other) ?? 0) + n);
  };
  for (const p of pairs) {
    add(p.fromId, p.toId, p.n);
    add(p.toId, p.fromId, p.n);
  }
  return new Map([...strength].map(([hub, of]) => [hub, strongestFirst(of)]));
}

/**
 * The most connected entities each with its neighbours in the scope, strongest links first,
 * until the budget is spent. Hubs alone rarely touch each other: a chart of the top entities
 * by degree would be a field of unlinked dots, while hubs with their neighbours read as
 * networks.
 */
function mostConnectedPart(
  db: Db,
  ranked: { id: number }[],
  budget: number,
  linkWhere: string,
  args: number[],
): number[] {
  const kept = new Set<number>();
  const pairsOf = db.prepare(PAIR_STRENGTH_SQL(linkWhere));
  for (let at = 0; at < ranked.length && kept.size < budget; at += HUB_BATCH) {
    const hubs = ranked.slice(at, at + HUB_BATCH).map((r) => r.id);
    const batch = JSON.stringify(hubs);
    const pairs = pairsOf.all(batch, batch, ...args) as { fromId: number; toId: number; n: number }[];
    const neighbours = neighboursByHub(pairs, hubs);
    for (const hub of hubs) {
      if (kept.size >= budget) break;
      kept.add(hub);
      for (const id of neighbours.get(hub)!) {
        if (kept.size >= budget) break;
        kept.add(id);
      }
    }
  }
  return [...kept];
}

/**
 * An entity, its neighbours across the whole workspace, and the links between them. Past
 * `limit` neighbours it keeps the ones with the most source links to the entity. With
 * `linkTypes`, only links of those types and the neighbours they reach. Neighbours in
 * `onChart` (already drawn) always come back, so their links are drawn, and do not count
 * against `limit`: the limit is what the expansion may add to the chart.
 */
export function neighboursOf(
  db: Db,
  entityId: number,
  limit = NEIGHBOUR_BUDGET,
  linkTypes?: readonly string[],
  onChart: readonly number[] = [],
): BudgetedGraph {
  const touching = db.prepare(LINK_SQL(`l.id IN (${LINKS_OF_ENTITY})`)).all(entityId, entityId) as LinkRow[];
  // Expand by link type: only neighbours joined by one of the chosen types count.
  const all = linkTypes ? touching.filter((l) => linkTypes.includes(l.type)) : touching;
  const strength = new Map<number, number>();
  for (const l of all) {
    const other = l.fromId === entityId ? l.toId : l.fromId;
    strength.set(other, (strength.get(other) ?? 0) + l.n);
  }
  const drawn = new Set(onChart);
  const ranked = strongestFirst(strength);
  const fresh = ranked.filter((id) => !drawn.has(id)).slice(0, limit);
  const entityIds = new Set<number>([entityId, ...ranked.filter((id) => drawn.has(id)), ...fresh]);
  const links = all.filter((l) => entityIds.has(l.fromId) && entityIds.has(l.toId));
  // One JSON parameter, not one per neighbour: a hub of an imported graph can have more
  // neighbours than SQLite takes parameters (32,766).
  const nodes = db.prepare(NODE_SQL(IN_KEPT)).all(JSON.stringify([...entityIds])) as NodeRow[];
  return budgeted(
    { nodes: nodes.map(toNode), links: links.map(toLink) },
    limit,
    strength.size + 1,
    all.length,
  );
}

/**
 * Exactly the given entities (a saved chart reopened: no ranking, no neighbours) and every
 * drawn link among them; past `limit` ids, the first ones. Ids of entities that are gone
 * (merged away, their case removed) are counted as omitted.
 */
export function graphOfEntities(db: Db, entityIds: number[], limit: number): BudgetedGraph {
  const kept = JSON.stringify([...new Set(entityIds)].slice(0, limit));
  const nodes = db.prepare(NODE_SQL(IN_KEPT)).all(kept) as NodeRow[];
  const links = db
    .prepare(LINK_SQL(`mf.entity_id IN (${IN_KEPT}) AND mt.entity_id IN (${IN_KEPT})`))
    .all(kept, kept) as LinkRow[];
  return budgeted({ nodes: nodes.map(toNode), links: links.map(toLink) }, limit, new Set(entityIds).size, 0);
}

/**
 * What two cases share: the entities holding records of both, with their neighbours through
 * the two cases' links (past `limit` entities, the shared ones first, then the most strongly
 * linked neighbours), and the links among them.
 */
export function graphOfConnection(db: Db, caseA: number, caseB: number, limit: number): BudgetedGraph {
  const shared = (
    db
      .prepare(
        `SELECT m.entity_id AS id FROM records r JOIN entity_members m ON m.record_id = r.id WHERE r.case_id = ?
         INTERSECT
         SELECT m.entity_id FROM records r JOIN entity_members m ON m.record_id = r.id WHERE r.case_id = ?`,
      )
      .all(caseA, caseB) as { id: number }[]
  ).map((r) => r.id);
  const inCases = 'l.case_id IN (?, ?)';
  const around = db.prepare(
    LINK_SQL(`(${inCases}) AND (mf.entity_id IN (${IN_KEPT}) OR mt.entity_id IN (${IN_KEPT}))`),
  );
  const sharedJson = JSON.stringify(shared);
  const touching = around.all(caseA, caseB, sharedJson, sharedJson) as LinkRow[];
  const strength = new Map<number, number>();
  const sharedSet = new Set(shared);
  for (const l of touching) {
    for (const id of [l.fromId, l.toId])
      if (!sharedSet.has(id)) strength.set(id, (strength.get(id) ?? 0) + l.n);
  }
  const neighbours = strongestFirst(strength);
  const kept = new Set([...shared, ...neighbours].slice(0, limit));
  const links = touching.filter((l) => kept.has(l.fromId) && kept.has(l.toId));
  const nodes = db.prepare(NODE_SQL(IN_KEPT)).all(JSON.stringify([...kept])) as NodeRow[];
  return budgeted(
    { nodes: nodes.map(toNode), links: links.map(toLink) },
    limit,
    shared.length + strength.size,
    touching.length,
  );
}
