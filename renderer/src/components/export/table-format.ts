// A list as a table, written as CSV or XLSX. XLSX is written here in the renderer with
// write-excel-file (small, maintained, browser-ready): exceljs is Node-oriented, and a
// contract call returning bytes would send every list to the host and back for nothing.
import writeXlsxFile from 'write-excel-file/universal';

export type Cell = string | number | null;

export interface Table {
  /** File name stem and sheet name, e.g. "connections". */
  name: string;
  columns: string[];
  rows: Cell[][];
}

/** Cells a spreadsheet would run as a formula (CSV injection): = + - @, tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends and a BOM, so Excel reads accents right. */
export function toCsv(table: Table): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** An XLSX workbook of one sheet, header row bold and frozen. Strings stay text (never formulas). */
export async function toXlsx(table: Table): Promise<Uint8Array> {
  const header = table.columns.map((c) => ({ value: c, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    row.map((cell) =>
      cell === null
        ? null
        : typeof cell === 'number'
          ? { value: cell, type: Number }
          : { value: cell, type: String },
    ),
  );
  const blob = await writeXlsxFile([header, ...rows], {
    sheet: table.name.slice(0, 31),
    stickyRowsCount: 1,
    columns: table.columns.map((c, i) => ({ width: columnWidth(c, table.rows, i) })),
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function columnWidth(title: string, rows: Cell[][], i: number): number {
  const longest = rows.slice(0, 200).reduce((w, r) => Math.max(w, String(r[i] ?? '').length), title.length);
  return Math.min(60, Math.max(8, longest + 2));
}
