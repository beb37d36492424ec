// Saved charts: named chart documents in the workspace. Charts are the analyst's
// conclusions layered on top of the records (nothing here touches a source record); each
// save, rename, duplicate and delete is in the audit log, a deletion with its document.
import type { ChartDocument, SavedChart, SavedChartSummary } from '../../shared/contract/chart-model';
import { WorkbenchError } from '../../shared/contract/result';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';
import { entityCountOf, readDocument } from './chart-document';

interface ChartRow {
  id: number;
  name: string;
  document: string;
  entityCount: number;
  thumbnail: string | null;
  createdAt: string;
  updatedAt: string;
  analyst: string;
}

const COLUMNS = `id, name, document, entity_count AS entityCount, thumbnail, created_at AS createdAt,
  updated_at AS updatedAt, analyst`;

const summaryOf = (r: ChartRow): SavedChartSummary => ({
  id: r.id,
  name: r.name,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  entityCount: r.entityCount,
  thumbnail: r.thumbnail,
});

function rowOf(db: Db, chartId: number): ChartRow {
  const row = db.prepare(`SELECT ${COLUMNS} FROM charts WHERE id = ?`).get(chartId) as ChartRow | undefined;
  if (!row) throw new WorkbenchError('NOT_FOUND', `There is no saved chart with id ${chartId}.`, { chartId });
  return row;
}

export function listCharts(db: Db): SavedChartSummary[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM charts ORDER BY updated_at DESC, id DESC`)
    .all() as ChartRow[];
  return rows.map(summaryOf);
}

export function getChart(db: Db, chartId: number): SavedChart {
  const row = rowOf(db, chartId);
  return {
    ...summaryOf(row),
    analyst: row.analyst,
    document: readDocument(row.document, `Saved chart "${row.name}"`),
  };
}

function refuseTakenName(db: Db, name: string, exceptId: number | null): void {
  const other = db.prepare('SELECT id FROM charts WHERE name = ? COLLATE NOCASE').pluck().get(name) as
    number | undefined;
  if (other !== undefined && other !== exceptId)
    throw new WorkbenchError('CONFLICT', `A saved chart is already called "${name}"; choose another name.`, {
      field: 'name',
      chartId: other,
    });
}

const analystOf = (db: Db) => readSettings(db).analyst;

function audit(db: Db, action: string, summary: string, details: Record<string, unknown>): void {
  writeAudit(db, { analyst: analystOf(db), action, summary, details });
}

export interface ChartSave {
  chartId?: number;
  name: string;
  document: ChartDocument;
  thumbnail: string | null;
}

/** Creates a chart, or overwrites the one given by chartId (its name may change too). */
export function saveChart(db: Db, input: ChartSave): SavedChartSummary {
  refuseTakenName(db, input.name, input.chartId ?? null);
  const now = new Date().toISOString();
  const json = JSON.stringify(input.document);
  const count = entityCountOf(input.document);
  if (input.chartId !== undefined) {
    const before = rowOf(db, input.chartId);
    db.prepare(
      `UPDATE charts SET name = ?, document = ?, entity_count = ?, thumbnail = ?, updated_at = ?, analyst = ?
       WHERE id = ?`,
    ).run(input.name, json, count, input.thumbnail, now, analystOf(db), input.chartId);
    audit(db, 'chart.save', `Saved chart "${input.name}" (${count} entities)`, {
      chartId: input.chartId,
      nameBefore: before.name,
    });
    return summaryOf(rowOf(db, input.chartId));
  }
  const chartId = insertChart(db, { ...input, createdAt: now });
  audit(db, 'chart.create', `Saved new chart "${input.name}" (${count} entities)`, { chartId });
  return summaryOf(rowOf(db, chartId));
}

/** Writes a chart row as given (a new save, a copy, a chart from a package). */
export function insertChart(db: Db, c: Omit<ChartSave, 'chartId'> & { createdAt: string }): number {
  const now = new Date().toISOString();
  return Number(
    db
      .prepare(
        `INSERT INTO charts (name, document, entity_count, thumbnail, created_at, updated_at, analyst)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        c.name,
        JSON.stringify(c.document),
        entityCountOf(c.document),
        c.thumbnail,
        c.createdAt,
        now,
        analystOf(db),
      ).lastInsertRowid,
  );
}

export function renameChart(db: Db, chartId: number, name: string): SavedChartSummary {
  const before = rowOf(db, chartId);
  refuseTakenName(db, name, chartId);
  db.prepare('UPDATE charts SET name = ?, updated_at = ? WHERE id = ?').run(
    name,
    new Date().toISOString(),
    chartId,
  );
  audit(db, 'chart.rename', `Renamed chart "${before.name}" to "${name}"`, {
    chartId,
    before: before.name,
    after: name,
  });
  return summaryOf(rowOf(db, chartId));
}

/** A name not yet taken: "Name (copy)", "Name (copy 2)", … */
export function freeName(db: Db, wanted: string): string {
  const taken = (n: string) => db.prepare('SELECT 1 FROM charts WHERE name = ? COLLATE NOCASE').get(n);
  if (!taken(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken(candidate)) return candidate;
  }
}

export function duplicateChart(db: Db, chartId: number, name?: string): SavedChartSummary {
  const source = getChart(db, chartId);
  const copyName = name ?? freeName(db, `${source.name} (copy)`);
  refuseTakenName(db, copyName, null);
  const copyId = insertChart(db, {
    name: copyName,
    document: source.document,
    thumbnail: source.thumbnail,
    createdAt: new Date().toISOString(),
  });
  audit(db, 'chart.duplicate', `Copied chart "${source.name}" as "${copyName}"`, {
    chartId: copyId,
    from: chartId,
  });
  return summaryOf(rowOf(db, copyId));
}

export function deleteChart(db: Db, chartId: number): SavedChartSummary {
  const row = rowOf(db, chartId);
  db.prepare('DELETE FROM charts WHERE id = ?').run(chartId);
  // The document stays in the audit entry: a deleted chart can still be read back.
  audit(db, 'chart.delete', `Deleted chart "${row.name}" (${row.entityCount} entities)`, {
    chartId,
    name: row.name,
    document: JSON.parse(row.document) as unknown,
  });
  return summaryOf(row);
}
