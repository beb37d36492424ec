// Streams the rows of one worksheet of an .xlsx file through exceljs' WorkbookReader.
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import { clip, clipList } from '../safety/quote';
import type { TableSink } from './read-table';

/** Columns of an imported table: far more than any case file has, far fewer than a sheet allows. */
export const MAX_XLSX_COLUMNS = 2000;
/** Excel's own row limit. */
export const MAX_XLSX_ROWS = 1_048_576;

/** Text of a cell as the analyst sees it; dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    if (v.error) return v.error;
    return '';
  }
  return String(value);
}

interface ReaderModel {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

function sheetName(reader: unknown, id: number | string): string {
  const r = reader as ReaderModel;
  const rel = r.workbookRels?.find((x) => x.Target.endsWith(`sheet${id}.xml`));
  return r.model?.sheets?.find((s) => s.rId === rel?.Id)?.name ?? `Sheet${id}`;
}

/** Reads the named sheet (the first when absent); returns its name. */
export async function readXlsx(
  source: Readable,
  wanted: string | undefined,
  sink: TableSink,
): Promise<string> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let found: string | null = null;
  const seen: string[] = [];
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { id: number };
    const name = sheetName(reader, ws.id);
    seen.push(name);
    if (found !== null || (wanted && name !== wanted)) {
      for await (const _row of ws) void _row; // drain: the zip is read in order
      continue;
    }
    found = name;
    sink.startSheet?.(name);
    let expected = 1;
    for await (const row of ws) {
      if (sink.done()) continue;
      // exceljs skips empty rows; the sink sees them as blank so row numbers stay true.
      for (; expected < row.number; expected++) sink.row([], expected);
      if (row.number > MAX_XLSX_ROWS)
        throw new Error(`sheet "${name}" has more than ${MAX_XLSX_ROWS.toLocaleString('en-US')} rows`);
      const raw = row.values as unknown[];
      if (raw.length - 1 > MAX_XLSX_COLUMNS)
        throw new Error(
          `row ${row.number} of sheet "${name}" reaches column ${raw.length - 1}; the limit is ${MAX_XLSX_COLUMNS} columns`,
        );
      const values = raw.slice(1);
      sink.row(Array.from(values, cellText), row.number);
      expected = row.number + 1;
    }
  }
  if (found === null) {
    throw new Error(
      wanted
        ? `the workbook has no sheet "${clip(wanted)}" (sheets: ${clipList(seen)})`
        : 'the workbook has no worksheet',
    );
  }
  return found;
}
