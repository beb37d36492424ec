// The chart as other tools see it: entities with their type, label, cases, properties
// and (when the renderer passes them) positions; drawn links with type, label, cases.
import { LINK_TYPE_LABELS } from '../../shared/domain/link-types';
import type { GraphData } from '../../shared/contract/model';
import type { Grade } from '../../shared/contract/grading-model';
import { cleanGrade } from '../grading/grades';
import { graphOfCases } from '../queries/graph';

/** Source grades travel as these two attributes on nodes and edges (and are read back so). */
export const GRADE_ATTRIBUTES = ['reliability', 'credibility'];
import type { Db } from '../store/open-workspace';

export interface ExportNode {
  id: number;
  type: string;
  label: string;
  cases: string[];
  recordCount: number;
  crossCase: boolean;
  role: string;
  /** Distinct values of each field over the entity's records, in record order (each written apart). */
  properties: Record<string, string[]>;
  position: { x: number; y: number } | null;
  /** The best source grade among its records (reliability A-F, credibility 1-6), or null. */
  grade: Grade | null;
}

export interface ExportEdge {
  id: string;
  from: number;
  to: number;
  type: string;
  label: string;
  cases: string[];
  /** The source links' own weights summed when every one has a weight; else how many there are. */
  weight: number;
  /** False when every source link came from an undirected graph file. */
  directed: boolean;
  /** The best source grade among its source links, or null. */
  grade: Grade | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** Undirected only when every edge is (GraphML and GEXF readers refuse mixed graphs). */
  directed: boolean;
}

/** Attribute names the exporters write themselves; properties never take these names. */
export const RESERVED_ATTRIBUTES = [
  'type',
  'label',
  'cases',
  'recordCount',
  'crossCase',
  'role',
  'x',
  'y',
  ...GRADE_ATTRIBUTES,
];

function chart(db: Db, caseIds?: number[], entityIds?: number[]): GraphData {
  const all = graphOfCases(db, caseIds);
  if (!entityIds) return all;
  const keep = new Set(entityIds);
  return {
    nodes: all.nodes.filter((n) => keep.has(n.id)),
    links: all.links.filter((l) => keep.has(l.from) && keep.has(l.to)),
  };
}

export function exportGraph(
  db: Db,
  scope: { caseIds?: number[]; entityIds?: number[]; positions?: Record<string, { x: number; y: number }> },
): ExportGraph {
  const g = chart(db, scope.caseIds, scope.entityIds);
  const caseNumber = new Map(
    (db.prepare('SELECT id, number FROM cases').all() as { id: number; number: string }[]).map((c) => [
      c.id,
      c.number,
    ]),
  );
  const numbers = (ids: number[]) => ids.map((i) => caseNumber.get(i) ?? String(i));
  const fieldsOf = db.prepare(
    'SELECT r.fields FROM entity_members m JOIN records r ON r.id = m.record_id WHERE m.entity_id = ? ORDER BY r.id',
  );
  const gradeOfEntity = db.prepare(ENTITY_GRADE_SQL);
  const nodes = g.nodes.map((n): ExportNode => {
    const props = new Map<string, Set<string>>();
    for (const row of fieldsOf.all(n.id) as { fields: string }[]) {
      for (const [k, v] of Object.entries(JSON.parse(row.fields) as Record<string, string>)) {
        if (RESERVED_ATTRIBUTES.includes(k) || !v) continue;
        props.set(k, (props.get(k) ?? new Set()).add(v));
      }
    }
    return {
      id: n.id,
      type: n.type,
      label: n.label,
      cases: numbers(n.caseIds),
      recordCount: n.recordCount,
      crossCase: n.crossCase,
      role: n.role ?? '',
      properties: Object.fromEntries([...props].map(([k, v]) => [k, [...v]])),
      position: scope.positions?.[String(n.id)] ?? null,
      grade: cleanGrade(gradeOfEntity.get(n.id)),
    };
  });
  const facts = linkFacts(db, scope.caseIds);
  const edges = g.links.map((l, i): ExportEdge => {
    const own = facts.get(`${l.from}>${l.type}>${l.to}`) ?? [];
    const weights = own.map((f) => Number(f.weight ?? NaN));
    const weighted = own.length > 0 && weights.every(Number.isFinite);
    return {
      id: `e${i}`,
      from: l.from,
      to: l.to,
      type: l.type,
      label: LINK_TYPE_LABELS[l.type] ?? l.type,
      cases: numbers(l.caseIds),
      weight: weighted ? weights.reduce((a, b) => a + b, 0) : l.recordLinkCount,
      directed: own.length === 0 || own.some((f) => f.directed !== 'false'),
      grade: bestGrade(own),
    };
  });
  return { nodes, edges, directed: edges.length === 0 || edges.some((e) => e.directed) };
}

interface LinkFact {
  weight: string | number | null;
  directed: string | null;
  reliability: string | null;
  credibility: number | null;
}

/** The best (lowest) reliability and credibility among graded rows. */
function bestGrade(rows: { reliability: string | null; credibility: number | null }[]): Grade | null {
  const min = <T>(values: (T | null)[]) => values.filter((v) => v !== null).sort()[0] ?? null;
  return cleanGrade({
    reliability: min(rows.map((r) => r.reliability)),
    credibility: min(rows.map((r) => r.credibility)),
  });
}

/** An entity's best grade over its records: by hand, else imported. */
const ENTITY_GRADE_SQL = `SELECT
  min(COALESCE(g.reliability, json_extract(r.source, '$.grade.reliability'))) AS reliability,
  min(COALESCE(g.credibility, json_extract(r.source, '$.grade.credibility'))) AS credibility
  FROM entity_members m JOIN records r ON r.id = m.record_id LEFT JOIN record_grades g ON g.record_id = r.id
  WHERE m.entity_id = ?`;

/** The weight and direction a graph file gave each source link, by drawn link (from>type>to). */
function linkFacts(db: Db, caseIds?: number[]): Map<string, LinkFact[]> {
  const rows = db
    .prepare(
      `SELECT mf.entity_id AS fromId, mt.entity_id AS toId, l.type, l.case_id AS caseId,
         json_extract(l.fields, '$.weight') AS weight, json_extract(l.fields, '$.directed') AS directed,
         COALESCE(g.reliability, json_extract(l.source, '$.grade.reliability')) AS reliability,
         COALESCE(g.credibility, json_extract(l.source, '$.grade.credibility')) AS credibility
       FROM links l LEFT JOIN link_grades g ON g.link_id = l.id JOIN entity_members mf ON mf.record_id = l.from_record
       JOIN entity_members mt ON mt.record_id = l.to_record WHERE mf.entity_id <> mt.entity_id`,
    )
    .all() as (LinkFact & { fromId: number; toId: number; type: string; caseId: number })[];
  const inScope = caseIds ? new Set(caseIds) : null;
  const out = new Map<string, LinkFact[]>();
  for (const r of rows) {
    if (inScope && !inScope.has(r.caseId)) continue;
    const key = `${r.fromId}>${r.type}>${r.toId}`;
    const { weight, directed, reliability, credibility } = r;
    out.set(key, [...(out.get(key) ?? []), { weight, directed, reliability, credibility }]);
  }
  return out;
}

/** One declared attribute: the index-th value of a property (0 is the first). */
export interface PropertyColumn {
  name: string;
  property: string;
  index: number;
}

/**
 * The attributes that carry node properties, in a stable order. A field with several
 * values is written as one attribute per value ("number", "number_2", …): joined into
 * one text they would make a broken identifier on re-import.
 */
export function propertyColumns(nodes: ExportNode[]): PropertyColumn[] {
  const most = new Map<string, number>();
  for (const n of nodes)
    for (const [k, v] of Object.entries(n.properties)) most.set(k, Math.max(most.get(k) ?? 0, v.length));
  const taken = new Set([...most.keys(), ...RESERVED_ATTRIBUTES]);
  const columns: PropertyColumn[] = [];
  for (const property of [...most.keys()].sort()) {
    columns.push({ name: property, property, index: 0 });
    for (let index = 1; index < most.get(property)!; index++) {
      let name = `${property}_${index + 1}`;
      while (taken.has(name)) name += '_';
      taken.add(name);
      columns.push({ name, property, index });
    }
  }
  return columns;
}

/** The value a column holds for a node, or '' when the node has fewer values. */
export const columnValue = (n: ExportNode, c: PropertyColumn): string =>
  (Object.hasOwn(n.properties, c.property) ? n.properties[c.property]![c.index] : undefined) ?? '';

export const xmlEscape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 forbids (control codes) are dropped rather than written.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
