// A chart document as stored: JSON checked against the contract's schema on the way in
// (dispatch validates the input) and again on the way out, so a document damaged in the
// file (or written by a newer build) is refused with the field named, never half-drawn.
import { chartDocumentSchema, type ChartDocument } from '../../shared/contract/chart-model';
import { inputIssues } from '../../shared/contract/issues';
import { WorkbenchError } from '../../shared/contract/result';

export function readDocument(json: string, where: string): ChartDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new WorkbenchError('BAD_FILE', `${where}: the stored chart is not valid JSON.`, {
      field: 'document',
    });
  }
  const parsed = chartDocumentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = inputIssues(parsed.error.issues, ['document']);
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw new WorkbenchError(
    'BAD_FILE',
    `${where}: the stored chart is not a valid chart document (${summary}).`,
    {
      issues,
    },
  );
}

/** Entities a document puts on the chart (its count in the list). */
export const entityCountOf = (doc: ChartDocument) => doc.entities.length;
