// The report's "Connections between cases": the strongest case pairs with the entities each
// pair shares and why. A big workspace has thousands of pairs (7,000 at 24,000 records),
// more than a reader can use and, laid out in one table, a main-thread task of seconds:
// the section lists the strongest PAIRS_SHOWN pairs (EVIDENCE_SHOWN entities each), says
// how many more there are and where to find them, and lays them out a slice of pairs at a
// time, yielding between slices so the progress line moves and Cancel is heard.
import type { jsPDF } from 'jspdf';
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { CaseConnection } from '../../../../shared/contract/model';
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { because } from '../left/because';
import { pdfSafe as t } from './pdf-text';

/** Case pairs listed, strongest first; the rest are in the Connections tab. */
export const PAIRS_SHOWN = 100;
/** Shared entities listed under one pair. */
export const EVIDENCE_SHOWN = 25;
/** Pairs laid out in one task (at most PAIRS_PER_SLICE * (EVIDENCE_SHOWN + 1) rows). */
const PAIRS_PER_SLICE = 10;
const FONT = 8;
const PADDING = 3;
const HEAD_ROW = FONT * 1.15 + 2 * PADDING;
const COLUMNS = ['Entity', 'Type', 'Why it connects the cases'];

export interface SectionFrame {
  /** Room kept at the top and bottom of each page, and at the sides (pt). */
  head: number;
  foot: number;
  side: number;
  /** Where the section's text starts on its first page. */
  y: number;
}

export interface SliceControl {
  /** Called after each slice: pairs laid out so far, of how many. */
  onSlice: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const slice = () => new Promise((r) => setTimeout(r, 0));

export async function connectionsSection(
  doc: jsPDF,
  connections: CaseConnection[],
  frame: SectionFrame,
  control: SliceControl,
): Promise<void> {
  let y = frame.y;
  doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(82, 96, 109);
  const intro = introLine(connections.length);
  if (intro) {
    doc.text(doc.splitTextToSize(t(intro), pageWidth(doc) - 2 * frame.side) as string[], frame.side, y + 4);
    y += 18;
  }
  const shown = connections.slice(0, PAIRS_SHOWN);
  const widths = columnWidths(doc, frame);
  drawHead(doc, frame.side, y + 4, widths);
  let at = y + 4 + HEAD_ROW;
  if (shown.length === 0) {
    layOut(doc, [['No two cases share an entity.', '', '']], at, frame, widths);
    return;
  }
  for (let i = 0; i < shown.length; i += PAIRS_PER_SLICE) {
    if (i > 0) {
      control.onSlice(i, shown.length);
      await slice();
      control.signal?.throwIfAborted();
    }
    at = layOut(doc, shown.slice(i, i + PAIRS_PER_SLICE).flatMap(pairRows), at, frame, widths);
  }
  control.onSlice(shown.length, shown.length);
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

/** One slice as a table under the last; its pages after the first get the column heads. */
function layOut(doc: jsPDF, body: RowInput[], startY: number, frame: SectionFrame, widths: number[]) {
  autoTable(doc, {
    startY,
    body,
    showHead: 'never',
    margin: { top: frame.head + 6 + HEAD_ROW, bottom: frame.foot + 6, left: frame.side, right: frame.side },
    styles: { fontSize: FONT, cellPadding: PADDING, overflow: 'linebreak' },
    columnStyles: Object.fromEntries(widths.map((w, i) => [i, { cellWidth: w }])),
    willDrawPage: (data) => {
      if (data.pageNumber > 1) drawHead(doc, frame.side, frame.head + 6, widths);
    },
  });
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

/** The column heads, as autoTable draws a head row (its default blue, white bold text). */
function drawHead(doc: jsPDF, x: number, y: number, widths: number[]) {
  const total = widths.reduce((a, b) => a + b, 0);
  doc.setFillColor(47, 109, 176).rect(x, y, total, HEAD_ROW, 'F');
  doc.setFont('helvetica', 'bold').setFontSize(FONT).setTextColor(255, 255, 255);
  let left = x;
  COLUMNS.forEach((label, i) => {
    doc.text(label, left + PADDING, y + PADDING + FONT * 0.85);
    left += widths[i]!;
  });
  doc.setFont('helvetica', 'normal');
}
