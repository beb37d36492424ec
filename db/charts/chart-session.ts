// The open chart as the analyst last left it, kept in the workspace (one row) so that a
// plain reload brings it back exactly: autosave writes here, never over a saved chart, so
// "Save chart" stays the analyst's decision. Not audited: it is a view, not a conclusion.
import type { ChartDocument, ChartSession } from '../../shared/contract/chart-model';
import type { Db } from '../store/open-workspace';
import { readDocument } from './chart-document';

export function readSession(db: Db): ChartSession | null {
  const row = db
    .prepare(
      `SELECT s.chart_id AS chartId, c.name AS chartName, s.document, s.updated_at AS updatedAt
       FROM chart_session s LEFT JOIN charts c ON c.id = s.chart_id WHERE s.id = 1`,
    )
    .get() as
    { chartId: number | null; chartName: string | null; document: string; updatedAt: string } | undefined;
  if (!row) return null;
  return {
    chartId: row.chartId,
    chartName: row.chartName,
    document: readDocument(row.document, 'The last chart session'),
    updatedAt: row.updatedAt,
  };
}

export function writeSession(db: Db, chartId: number | null, document: ChartDocument): ChartSession {
  const known =
    chartId === null || db.prepare('SELECT 1 FROM charts WHERE id = ?').get(chartId) !== undefined;
  const updatedAt = new Date().toISOString();
  db.prepare(
    `INSERT INTO chart_session (id, chart_id, document, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET chart_id = excluded.chart_id, document = excluded.document,
       updated_at = excluded.updated_at`,
  ).run(known ? chartId : null, JSON.stringify(document), updatedAt);
  return readSession(db)!;
}
