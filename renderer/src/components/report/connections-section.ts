// The report's "Connections between cases": the strongest case pairs with the entities each
// pair shares and why. A big workspace has thousands of pairs (7,000 at 24,000 records),
// more than a reader can use and, laid out in one table, a main-thread task of seconds:
// the section lists the strongest PAIRS_SHOWN pairs (EVIDENCE_SHOWN entities each), says
// how many more there are and where to find them, and lays them out a slice of pairs at a
// time (table-in-slices.ts), so the progress line moves and Cancel is heard.
import type { jsPDF } from 'jspdf';
import type { RowInput } from 'jspdf-autotable';
import type { CaseConnection } from '../../../../shared/contract/model';
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { because } from '../left/because';
import { pdfSafe as t } from './pdf-text';
import { PAIRS_SHOWN } from './report-data';
import { tableInSlices, type SectionFrame, type SliceControl } from './table-in-slices';

export { PAIRS_SHOWN };
/** Shared entities listed under one pair. */
export const EVIDENCE_SHOWN = 25;
/** Pairs laid out in one task (at most PAIRS_PER_SLICE * (EVIDENCE_SHOWN + 2) rows). */
const PAIRS_PER_SLICE = 10;

/** `connections` the strongest pairs (at least the PAIRS_SHOWN listed) of `total` connected. */
export async function connectionsSection(
  doc: jsPDF,
  connections: CaseConnection[],
  total: number,
  frame: SectionFrame,
  control: SliceControl,
): Promise<void> {
  let y = frame.y;
  doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(82, 96, 109);
  const intro = introLine(total);
  if (intro) {
    doc.text(doc.splitTextToSize(t(intro), pageWidth(doc) - 2 * frame.side) as string[], frame.side, y + 4);
    y += 18;
  }
  const table = {
    columns: ['Entity', 'Type', 'Why it connects the cases'],
    widths: columnWidths(doc, frame),
    items: connections.slice(0, PAIRS_SHOWN),
    rowsOf: pairRows,
    perSlice: PAIRS_PER_SLICE,
    empty: 'No two cases share an entity.',
  };
  await tableInSlices(doc, table, frame, y + 4, control);
}

/** Said above the table when not every pair is listed. */
export function introLine(pairs: number): string {
  if (pairs <= PAIRS_SHOWN) return '';
  const more = (pairs - PAIRS_SHOWN).toLocaleString('en-US');
  return `The ${PAIRS_SHOWN} strongest of ${pairs.toLocaleString('en-US')} connected case pairs. The other ${more} are in the workbench's Connections tab, which exports every pair as CSV or XLSX.`;
}

function pairRows(c: CaseConnection): RowInput[] {
  const rows: RowInput[] = [
    [
      {
        content: t(
          `${c.caseA.number} <-> ${c.caseB.number}   (${c.caseA.title} / ${c.caseB.title}): ${c.evidence.length} shared`,
        ),
        colSpan: 3,
        styles: { fontStyle: 'bold', fillColor: [238, 242, 247] },
      },
    ],
    ...c.evidence
      .slice(0, EVIDENCE_SHOWN)
      .map((ev) => [t(ev.entityLabel), ENTITY_TYPE_INFO[ev.entityType].label, t(because(ev))]),
  ];
  const more = c.evidence.length - EVIDENCE_SHOWN;
  if (more > 0)
    rows.push([
      {
        content: `... and ${more.toLocaleString('en-US')} more shared entities (Connections tab).`,
        colSpan: 3,
        styles: { fontStyle: 'italic', textColor: [82, 96, 109] },
      },
    ]);
  return rows;
}

const pageWidth = (doc: jsPDF) => doc.internal.pageSize.getWidth();

/** Fixed widths, so every slice's table lines up with the one above it. */
function columnWidths(doc: jsPDF, frame: SectionFrame): number[] {
  const room = pageWidth(doc) - 2 * frame.side;
  const entity = Math.round(room * 0.32);
  return [entity, 80, room - entity - 80];
}
