// The open chart as the analyst last left it, kept in the workspace (one row) so that a
// plain reload brings it back exactly: autosave writes here, never over a saved chart, so
// "Save chart" stays the analyst's decision. Not audited: it is a view, not a conclusion.
import type { ChartDocument, ChartSession } from '../../shared/contract/chart-model';
import type { Db } from '../store/open-workspace';
import { readDocument } from './chart-document';

export function readSession(db: Db): ChartSession | null {
  const row = db
    .prepare('SELECT chart_id AS chartId, document, updated_at AS updatedAt FROM chart_session WHERE id = 1')
    .get() as { chartId: number | null; document: string; updatedAt: string } | undefined;
  if (!row) return null;
  return {
    chartId: row.chartId,
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
  return { chartId: known ? chartId : null, document, updatedAt };
}
