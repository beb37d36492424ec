// Saved charts in a case package: the charts whose entities are all in the package (or
// the charts chosen at export, cut to the package's entities) travel with it, and an
// import brings them back with every entity id remapped to the receiving workspace's.
// A packaged chart's document keeps the exporting workspace's entity ids; `entityRefs`
// names the package entity behind each, so the reader can check and remap them.
import { z } from 'zod';
import { chartDocumentSchema, type ChartDocument } from '../../shared/contract/chart-model';
import type { ImportProblem } from '../../shared/contract/exchange-model';
import { readDocument } from '../charts/chart-document';
import { freeName, insertChart } from '../charts/saved-charts';
import type { Db } from '../store/open-workspace';
import { hasTable } from './package-export';
import type { CasePackage } from './package-format';

export const packageChartSchema = z.object({
  name: z.string().min(1).max(200),
  createdAt: z.string().max(40),
  document: chartDocumentSchema,
  entityRefs: z.record(z.string().regex(/^\d+$/), z.string().min(1).max(64)),
});
export type PackageChart = z.output<typeof packageChartSchema>;

/** Every entity id a document uses (on the chart, hidden, pinned, grouped, styled, annotated). */
function idsIn(doc: ChartDocument): number[] {
  return [
    ...doc.entities,
    ...Object.keys(doc.positions).map(Number),
    ...doc.hidden,
    ...doc.pinned,
    ...doc.groups.flatMap((g) => g.members),
    ...Object.keys(doc.styles).map(Number),
    ...doc.annotations.flatMap((a) => (a.entityId === undefined ? [] : [a.entityId])),
  ];
}

/** The document with each entity id mapped; ids without a mapping leave the chart. */
export function remapDocument(doc: ChartDocument, map: (id: number) => number | undefined): ChartDocument {
  const ids = (list: number[]) => [
    ...new Set(list.flatMap((id) => (map(id) === undefined ? [] : [map(id)!]))),
  ];
  const keyed = <T>(rec: Record<string, T>) => {
    const out: Record<string, T> = {};
    for (const [k, v] of Object.entries(rec)) {
      const to = map(Number(k));
      if (to !== undefined && !(String(to) in out)) out[String(to)] = v;
    }
    return out;
  };
  return {
    ...doc,
    entities: ids(doc.entities),
    positions: keyed(doc.positions),
    hidden: ids(doc.hidden),
    pinned: ids(doc.pinned),
    groups: doc.groups.map((g) => ({ ...g, members: ids(g.members) })),
    styles: keyed(doc.styles),
    annotations: doc.annotations.map((a) => {
      if (a.entityId === undefined) return a;
      const to = map(a.entityId);
      const { entityId: _dropped, ...free } = a;
      return to === undefined ? free : { ...a, entityId: to };
    }),
  };
}

/** The saved charts a package of these entities carries (chosen ones, or those wholly inside). */
export function exportCharts(db: Db, entities: CasePackage['entities'], chartIds?: number[]): PackageChart[] {
  if (!hasTable(db, 'charts')) return [];
  const refOf = new Map(entities.map((e) => [Number(e.ref.slice(1)), e.ref]));
  const rows = db
    .prepare('SELECT id, name, document, created_at AS createdAt FROM charts ORDER BY id')
    .all() as {
    id: number;
    name: string;
    document: string;
    createdAt: string;
  }[];
  const chosen = chartIds ? new Set(chartIds) : null;
  return rows.flatMap((row) => {
    if (chosen && !chosen.has(row.id)) return [];
    const doc = readDocument(row.document, `Saved chart "${row.name}"`);
    const inside = idsIn(doc).every((id) => refOf.has(id));
    if (!chosen && (!inside || doc.entities.length === 0)) return [];
    const cut = remapDocument(doc, (id) => (refOf.has(id) ? id : undefined));
    const entityRefs = Object.fromEntries(idsIn(cut).map((id) => [String(id), refOf.get(id)!]));
    return [{ name: row.name, createdAt: row.createdAt, document: cut, entityRefs }];
  });
}

/** Charts must name only the package's entities (checked before anything is written). */
export function checkChartReferences(file: string, pkg: CasePackage): ImportProblem[] {
  const refs = new Set(pkg.entities.map((e) => e.ref));
  const out: ImportProblem[] = [];
  pkg.charts.forEach((c, i) => {
    for (const id of new Set(idsIn(c.document))) {
      const ref = c.entityRefs[String(id)];
      const message =
        ref === undefined
          ? `chart "${c.name}" uses entity ${id}, which entityRefs does not name`
          : `dangling reference: entity "${ref}" of chart "${c.name}" is not in the package`;
      if (ref === undefined || !refs.has(ref))
        out.push({ file, row: null, column: `charts.${i}.entityRefs.${id}`, message });
      if (out.length >= 20) return;
    }
  });
  return out;
}

/**
 * Saves the package's charts here, each entity id mapped to the entity that now holds the
 * package entity's first record (linking on import may have joined it to one already
 * here), the case scope to the imported cases. A name already taken gets " (2)".
 */
export function importCharts(
  db: Db,
  pkg: CasePackage,
  records: Map<string, { recordId: number }>,
  caseIds: number[],
): string[] {
  if (!pkg.charts.length) return [];
  const entityOfRecord = db.prepare('SELECT entity_id FROM entity_members WHERE record_id = ?').pluck();
  const firstRecord = new Map(pkg.entities.map((e) => [e.ref, e.members[0]!.record]));
  const names: string[] = [];
  for (const c of pkg.charts) {
    const map = (id: number) => {
      const record = records.get(firstRecord.get(c.entityRefs[String(id)] ?? '') ?? '');
      return record ? (entityOfRecord.get(record.recordId) as number | undefined) : undefined;
    };
    const doc = remapDocument(c.document, map);
    const name = freeName(db, c.name);
    insertChart(db, {
      name,
      document: { ...doc, caseIds: c.document.caseIds === null ? null : caseIds },
      thumbnail: null,
      createdAt: c.createdAt,
    });
    names.push(`“${name}”`);
  }
  return [`${names.length} saved chart(s) came with the package: ${names.join(', ')}.`];
}
