import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, toXlsx, type Table } from '../../../renderer/src/components/export/table-format';

const table: Table = {
  name: 'connections',
  columns: ['Case A', 'Case B', 'Entity', 'Because', 'Score'],
  rows: [
    ['WI-2020-017', 'AK-2020-006', '(555) 010-0177', 'same phone number: 5550100177', 3],
    ['HSI-TUC', 'DEA-ELP', 'Said "hi", then left', 'line one\nline two', -1.5],
    ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', null],
    ['\tTabbed', 'Ramón Ibarra', ' padded ', '', 0],
  ],
};

describe('CSV export of a list', () => {
  const csv = toCsv(table);

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back to the same cells', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(table.columns);
    expect(parsed[1]).toEqual([
      'WI-2020-017',
      'AK-2020-006',
      '(555) 010-0177',
      'same phone number: 5550100177',
      '3',
    ]);
    expect(parsed[2]).toEqual(['HSI-TUC', 'DEA-ELP', 'Said "hi", then left', 'line one\nline two', '-1.5']);
    expect(parsed[4]![1]).toBe('Ramón Ibarra');
    expect(parsed[4]![2]).toBe(' padded ');
  });

  it('guards cells a spreadsheet would run as formulas with a leading apostrophe, not numbers', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[3]).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", '']);
    expect(parsed[4]![0]).toBe("'\tTabbed");
    expect(parsed[2]![4]).toBe('-1.5');
  });
});

describe('XLSX export of a list', () => {
  it('is a workbook exceljs reads back: one sheet, header, text as text, numbers as numbers', async () => {
    const bytes = await toXlsx(table);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['connections']);
    const sheet = book.worksheets[0]!;
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(table.columns);
    expect(values(2)).toEqual([
      'WI-2020-017',
      'AK-2020-006',
      '(555) 010-0177',
      'same phone number: 5550100177',
      3,
    ]);
    expect(values(3)).toEqual(['HSI-TUC', 'DEA-ELP', 'Said "hi", then left', 'line one\nline two', -1.5]);
    // A string that looks like a formula stays a string: nothing runs when the file is opened.
    expect(sheet.getCell('A4').value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getCell('A4').formula).toBeUndefined();
    expect(sheet.getCell('A1').font?.bold).toBe(true);
  });
});
