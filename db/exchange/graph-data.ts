// The chart as other tools see it: entities with their type, label, cases, properties
// and (when the renderer passes them) positions; drawn links with type, label, cases.
import { LINK_TYPE_LABELS } from '../../shared/domain/link-types';
import type { GraphData } from '../../shared/contract/model';
import { graphOfCases } from '../queries/graph';
import type { Db } from '../store/open-workspace';

export interface ExportNode {
  id: number;
  type: string;
  label: string;
  cases: string[];
  recordCount: number;
  crossCase: boolean;
  role: string;
  /** Field values of the entity's records (distinct values joined with "; "). */
  properties: Record<string, string>;
  position: { x: number; y: number } | null;
}

export interface ExportEdge {
  id: string;
  from: number;
  to: number;
  type: string;
  label: string;
  cases: string[];
  weight: number;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Attribute names the exporters write themselves; properties never take these names. */
export const RESERVED_ATTRIBUTES = ['type', 'label', 'cases', 'recordCount', 'crossCase', 'role', 'x', 'y'];

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
      properties: Object.fromEntries([...props].map(([k, v]) => [k, [...v].join('; ')])),
      position: scope.positions?.[String(n.id)] ?? null,
    };
  });
  const edges = g.links.map((l, i) => ({
    id: `e${i}`,
    from: l.from,
    to: l.to,
    type: l.type,
    label: LINK_TYPE_LABELS[l.type] ?? l.type,
    cases: numbers(l.caseIds),
    weight: l.recordLinkCount,
  }));
  return { nodes, edges };
}

/** Property names used by any node, in a stable order (they become declared attributes). */
export function propertyNames(nodes: ExportNode[]): string[] {
  const names = new Set<string>();
  for (const n of nodes) for (const k of Object.keys(n.properties)) names.add(k);
  return [...names].sort();
}

export const xmlEscape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 forbids (control codes) are dropped rather than written.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
