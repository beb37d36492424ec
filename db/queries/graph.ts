// The link chart's data: entities holding records of the chosen cases, and the
// drawn links between them (source links grouped by entity pair and type).
import type { EntityType } from '../../shared/domain/entity-types';
import type { LinkType } from '../../shared/domain/link-types';
import { LINK_TYPE_LABELS } from '../../shared/domain/link-types';
import type { GraphData, GraphLink, GraphNode } from '../../shared/contract/model';
import type { Db } from '../store/open-workspace';
import { placeholders } from './rows';

interface NodeRow {
  id: number;
  type: string;
  label: string;
  caseIds: string;
  recordCount: number;
  role: string | null;
}
interface LinkRow {
  fromId: number;
  toId: number;
  type: string;
  caseIds: string;
  n: number;
}

const ids = (csv: string) => [...new Set(csv.split(',').map(Number))].sort((a, b) => a - b);

const NODE_SQL = (entityFilter: string) => `
  SELECT e.id, e.type, e.label, group_concat(DISTINCT r.case_id) AS caseIds, count(*) AS recordCount,
    max(json_extract(r.fields, '$.role')) AS role
  FROM entities e JOIN entity_members m ON m.entity_id = e.id JOIN records r ON r.id = m.record_id
  WHERE e.id IN (${entityFilter}) GROUP BY e.id ORDER BY e.id`;

const LINK_SQL = (where: string) => `
  SELECT mf.entity_id AS fromId, mt.entity_id AS toId, l.type, group_concat(DISTINCT l.case_id) AS caseIds, count(*) AS n
  FROM links l
  JOIN entity_members mf ON mf.record_id = l.from_record
  JOIN entity_members mt ON mt.record_id = l.to_record
  WHERE mf.entity_id <> mt.entity_id AND (${where})
  GROUP BY mf.entity_id, l.type, mt.entity_id`;

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
  };
}

export function graphOfCases(db: Db, caseIds?: number[]): GraphData {
  const inCases = caseIds ? `r2.case_id IN (${placeholders(caseIds.length)})` : '1';
  const args = caseIds ?? [];
  const nodes = db
    .prepare(
      NODE_SQL(
        `SELECT m2.entity_id FROM records r2 JOIN entity_members m2 ON m2.record_id = r2.id WHERE ${inCases}`,
      ),
    )
    .all(...args) as NodeRow[];
  const linkWhere = caseIds ? `l.case_id IN (${placeholders(caseIds.length)})` : '1';
  const links = db.prepare(LINK_SQL(linkWhere)).all(...args) as LinkRow[];
  return { nodes: nodes.map(toNode), links: links.map(toLink) };
}

/** An entity, its neighbours across the whole workspace, and the links between them. */
export function neighboursOf(db: Db, entityId: number): GraphData {
  const links = db
    .prepare(LINK_SQL('mf.entity_id = ? OR mt.entity_id = ?'))
    .all(entityId, entityId) as LinkRow[];
  const entityIds = new Set<number>([entityId]);
  for (const l of links) entityIds.add(l.fromId).add(l.toId);
  // One JSON parameter, not one per neighbour: a hub of an imported graph can have more
  // neighbours than SQLite takes parameters (32,766).
  const nodes = db
    .prepare(NODE_SQL('SELECT value FROM json_each(?)'))
    .all(JSON.stringify([...entityIds])) as NodeRow[];
  return { nodes: nodes.map(toNode), links: links.map(toLink) };
}
