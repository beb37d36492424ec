// A long table of the report laid out a slice of items at a time (an item is a group of
// rows: a case pair with its shared entities, an indicator found with its evidence), so
// that no main-thread task holds the window: laid out in one autoTable call, thousands of
// rows were a task of seconds. A slice is at most `perSlice` items, fewer when the last took
// too long (slice-size.ts). Between slices it yields to the page, says how far it has come
// and stops once cancelled. Every slice is a table of its own under the last, with
// fixed column widths so they line up, and the column heads on every page the table fills.
import type { jsPDF } from 'jspdf';
import { autoTable, type CellDef, type CellInput, type RowInput } from 'jspdf-autotable';
import { nextSliceSize } from './slice-size';

export interface SectionFrame {
  /** Room kept at the top and bottom of each page, and at the sides (pt). */
  head: number;
  foot: number;
  side: number;
  /** Where the section's text starts on its first page. */
  y: number;
}

export interface SliceControl {
  /** Called after each slice: items laid out so far, of how many. */
  onSlice: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface SlicedTable<T> {
  columns: string[];
  /** Each column's width (pt); together the page's width between the sides. */
  widths: number[];
  items: readonly T[];
  rowsOf: (item: T) => RowInput[];
  /** Items laid out in one task at most. */
  perSlice: number;
  /** The one row shown when there are no items. */
  empty: string;
}

export const FONT = 8;
const PADDING = 3;
const HEAD_ROW = FONT * 1.15 + 2 * PADDING;

const yieldToPage = () => new Promise((r) => setTimeout(r, 0));

/** Lays the table out from `y` down; resolves to where it ends. Rejects once `signal` is aborted. */
export async function tableInSlices<T>(
  doc: jsPDF,
  table: SlicedTable<T>,
  frame: SectionFrame,
  y: number,
  control: SliceControl,
): Promise<number> {
  drawHead(doc, table, frame.side, y);
  let at = y + HEAD_ROW;
  const { items, perSlice } = table;
  if (items.length === 0)
    return layOut(doc, table, [[{ content: table.empty, colSpan: table.widths.length }]], at, frame);
  let size = perSlice;
  for (let done = 0; done < items.length;) {
    if (done > 0) {
      await yieldToPage();
      control.signal?.throwIfAborted();
    }
    const started = performance.now();
    const slice = items.slice(done, done + size);
    at = layOutSlice(doc, table, slice.map(table.rowsOf), at, frame);
    done += slice.length;
    control.onSlice(done, items.length);
    size = nextSliceSize(size, performance.now() - started, perSlice);
  }
  return at;
}

/**
 * A slice's items as tables under one another: a run of items in one table, a new one at
 * each item with headings (rows spanning every column, such as a case pair's or a kind's),
 * which starts on the next page unless its headings and first row fit on this one.
 */
function layOutSlice<T>(
  doc: jsPDF,
  table: SlicedTable<T>,
  items: RowInput[][],
  y: number,
  frame: SectionFrame,
) {
  let at = y;
  let run: RowInput[] = [];
  for (const rows of items) {
    const room = headedRoom(doc, table, rows);
    if (room > 0 && run.length > 0) {
      at = layOut(doc, table, run, at, frame);
      run = [];
    }
    if (room > 0 && at + room > doc.internal.pageSize.getHeight() - frame.foot - 6) {
      doc.addPage();
      drawHead(doc, table, frame.side, frame.head + 6);
      at = frame.head + 6 + HEAD_ROW;
    }
    run.push(...rows);
  }
  return run.length > 0 ? layOut(doc, table, run, at, frame) : at;
}

/** The height an item's headings and its first row take (pt); 0 for an item without headings. */
function headedRoom<T>(doc: jsPDF, table: SlicedTable<T>, rows: RowInput[]): number {
  const isHeading = (row: RowInput) =>
    Array.isArray(row) && row.length === 1 && spans(row[0] ?? null, table.widths.length);
  const headings = rows.findIndex((row) => !isHeading(row));
  if (headings <= 0) return 0;
  doc.setFont('helvetica', 'normal').setFontSize(FONT);
  const total = table.widths.reduce((a, b) => a + b, 0);
  const lines = (cell: CellInput, width: number) =>
    (doc.splitTextToSize(textOf(cell), width - 2 * PADDING) as string[]).length;
  const height = (n: number) => n * FONT * 1.15 + 2 * PADDING;
  const first = rows[headings] as CellInput[];
  const tallest = Math.max(...first.map((cell, i) => lines(cell, table.widths[i] ?? total)));
  return rows
    .slice(0, headings)
    .reduce((h, row) => h + height(lines((row as CellInput[])[0]!, total)), height(tallest));
}

const spans = (cell: CellInput, columns: number) =>
  typeof cell === 'object' && cell !== null && !Array.isArray(cell) && (cell as CellDef).colSpan === columns;

function textOf(cell: CellInput): string {
  if (Array.isArray(cell)) return cell.join('\n');
  if (typeof cell === 'object' && cell !== null) return String((cell as CellDef).content ?? '');
  return String(cell ?? '');
}

/** One run of rows as a table under the last; its pages after the first get the column heads. */
function layOut<T>(doc: jsPDF, table: SlicedTable<T>, body: RowInput[], startY: number, frame: SectionFrame) {
  autoTable(doc, {
    startY,
    body,
    showHead: 'never',
    margin: { top: frame.head + 6 + HEAD_ROW, bottom: frame.foot + 6, left: frame.side, right: frame.side },
    styles: { fontSize: FONT, cellPadding: PADDING, overflow: 'linebreak' },
    // A row is kept whole on one page (split only when taller than a page).
    rowPageBreak: 'avoid',
    columnStyles: Object.fromEntries(table.widths.map((w, i) => [i, { cellWidth: w }])),
    willDrawPage: (data) => {
      if (data.pageNumber > 1) drawHead(doc, table, frame.side, frame.head + 6);
    },
  });
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

/** The column heads, as autoTable draws a head row (its default blue, white bold text). */
function drawHead<T>(doc: jsPDF, table: SlicedTable<T>, x: number, y: number) {
  const total = table.widths.reduce((a, b) => a + b, 0);
  doc.setFillColor(47, 109, 176).rect(x, y, total, HEAD_ROW, 'F');
  doc.setFont('helvetica', 'bold').setFontSize(FONT).setTextColor(255, 255, 255);
  let left = x;
  table.columns.forEach((label, i) => {
    doc.text(label, left + PADDING, y + PADDING + FONT * 0.85);
    left += table.widths[i]!;
  });
  doc.setFont('helvetica', 'normal');
}
