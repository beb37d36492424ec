// What the report's unit tests share: a headless jsPDF document like the report's own, the
// text each page draws (as jsPDF keeps it before compressing), and a fictional case.
import { jsPDF } from 'jspdf';
import type { CaseSummary } from '../../../shared/contract/model';

/** A blank landscape letter document, as the report makes, with a page to draw on. */
export function newDoc(): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', orientation: 'landscape', compress: false });
  doc.addPage();
  return doc;
}

/** Each page's drawn text, as jsPDF keeps it before compressing. */
export function pagesOf(doc: jsPDF): string[] {
  const pages = (doc.internal as unknown as { pages: (string[] | null)[] }).pages;
  return pages.slice(1).map((lines) => (lines ?? []).join('\n'));
}

/** A fictional case of one record, numbered SMP-0001 and on. */
export function sampleCase(id: number): CaseSummary {
  return {
    id,
    number: `SMP-${String(id).padStart(4, '0')}`,
    title: 'Sample case',
    agency: 'Sample Agency',
    status: 'open',
    openedOn: '2021-01-01',
    jurisdiction: 'Sample County',
    summary: '',
    recordCount: 1,
  };
}
