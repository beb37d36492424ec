// Each malformed table gives a report naming file, row, column and what is wrong,
// and leaves the workspace exactly as it was.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportProblem, ImportReport } from '../../../shared/contract/exchange-model';
import { fixture, sampleSpec, snapshot, upload, workbench } from './helpers';

const HEADER = 'Sale ID,Buyer,Buyer DOB,Phone,Dealer,Dealer Licence,Serial,Make,Model,Date';
const GOOD =
  'S-1,José Ñúñez,1990-04-12,(555) 010-0131,Sample Arms,9-99-001-01-2A-00001,TST1,Testmark,AR-Sample,2021-03-02';

async function refused(content: Buffer | string, spec = sampleSpec(), name = 'bad.csv') {
  const { db, call } = workbench();
  await call('import.run', {
    file: upload('purchases.csv', fixture('purchases.csv')),
    spec: sampleSpec(),
    case: { number: 'BASE' },
    match: false,
  });
  const before = snapshot(db);
  const r = await call<ImportReport>('import.run', {
    file: upload(name, content),
    spec,
    case: { number: 'NEW-1' },
    match: false,
  });
  expect(r.written).toBe(false);
  expect(r.recordsAdded).toBe(0);
  expect(snapshot(db)).toEqual(before);
  return r;
}

const only = (problems: ImportProblem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('bad table input', () => {
  it('reports a ragged row with its row number', async () => {
    const r = await refused(`${HEADER}\n${GOOD}\nS-2,Robin,1987-11-30,555-010-0132,Sample Arms\n`);
    expect(only(r.problems)).toEqual({
      file: 'bad.csv',
      row: 3,
      column: null,
      message: 'ragged row: 5 fields where the header has 10',
    });
  });

  it('reports a mapped column missing from the header', async () => {
    const r = await refused(`${HEADER.replace('Dealer Licence', 'FFL')}\n${GOOD}\n`);
    const p = only(r.problems);
    expect(p).toMatchObject({ file: 'bad.csv', row: 1, column: 'Dealer Licence' });
    expect(p.message).toMatch(/maps column "Dealer Licence", which is not in the file's header/);
  });

  it('leaves out an impossible date of birth with a warning naming row, column and value; the row imports', async () => {
    const { db, call } = workbench();
    const typo = GOOD.replace('S-1', 'S-2').replace('1990-04-12', '1990-00-12');
    const r = await call<ImportReport>('import.run', {
      file: upload('typo.csv', `${HEADER}\n${GOOD}\n${typo}\n`),
      spec: sampleSpec(),
      case: { number: 'NEW-1' },
      match: false,
    });
    expect(r).toMatchObject({ written: true, rowsImported: 2, problems: [] });
    expect(r.warnings).toEqual([
      {
        file: 'typo.csv',
        row: 3,
        column: 'Buyer DOB',
        message: 'impossible date "1990-00-12": month 0 (read as YYYY-MM-DD); the cell was left out',
      },
    ]);
    const people = db
      .prepare("SELECT fields FROM records WHERE type = 'person' ORDER BY id")
      .pluck()
      .all() as string[];
    expect(people.map((f) => JSON.parse(f) as Record<string, string>)).toEqual([
      { name: 'José Ñúñez', dob: '1990-04-12' },
      { name: 'José Ñúñez' },
    ]);
  });

  it('refuses a row whose required date is impossible (the purchase date)', async () => {
    const r = await refused(
      `${HEADER}\n${GOOD}\n${GOOD.replace('S-1', 'S-2').replace('2021-03-02', '2021-02-30')}\n`,
    );
    expect(r.problems).toEqual([
      {
        file: 'bad.csv',
        row: 3,
        column: 'Date',
        message: 'impossible date "2021-02-30": 2021-02 has no day 30 (read as YYYY-MM-DD)',
      },
    ]);
  });

  it('reports a 5 MB cell', async () => {
    const huge = 'x'.repeat(5 * 2 ** 20);
    const r = await refused(`${HEADER}\n${GOOD.replace('AR-Sample', huge)}\n`);
    expect(only(r.problems)).toEqual({
      file: 'bad.csv',
      row: 2,
      column: 'Model',
      message: 'cell of 5,242,880 characters; the limit is 32,767',
    });
  });

  it('reports an empty required field', async () => {
    const r = await refused(`${HEADER}\n${GOOD.replace('TST1', '')}\n`);
    expect(only(r.problems)).toEqual({
      file: 'bad.csv',
      row: 2,
      column: 'Serial',
      message: 'required firearm field "serial" is empty',
    });
  });

  it('reports Latin-1 bytes in a file declared UTF-8, with the offset', async () => {
    const latin1 = iconv.encode(`${HEADER}\n${GOOD}\n`, 'latin1');
    const r = await refused(latin1, { ...sampleSpec(), encoding: 'utf-8' });
    const p = only(r.problems);
    expect(p.row).toBeNull();
    expect(p.message).toMatch(/not valid UTF-8 \(byte 0xe9 at offset 82, line 2\).*latin1/);
  });

  it('refuses UTF-16 and binary files in one line', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]);
    expect(only((await refused(utf16)).problems).message).toMatch(/the file is UTF-16; save it as UTF-8/);
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]);
    expect(only((await refused(binary)).problems).message).toMatch(/binary data \(a zero byte at offset 4\)/);
  });

  it('lists every problem of a file, and imports only valid rows when asked', async () => {
    const content = `${HEADER}\n${GOOD}\nS-2,,1987-11-30,555-010-0132,Sample Arms,,TST2,Fictiva,P-57,2021-03-05\nS-3,Lee,spring 1990,,Sample Arms,,TST3,Fictiva,P-57,2021-03-06\n`;
    const r = await refused(content);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Buyer'],
      [4, 'Buyer DOB'],
    ]);
    expect(r.notes[0]).toMatch(/Nothing was written: 2 of 3 rows have problems/);
    const { db, call } = workbench();
    const ok = await call<ImportReport>('import.run', {
      file: upload('mixed.csv', content),
      spec: sampleSpec(),
      case: { number: 'MIX' },
      skipInvalidRows: true,
      match: false,
    });
    expect(ok).toMatchObject({ written: true, rowsRead: 3, rowsImported: 1, rowsSkipped: 2 });
    expect(ok.problems).toHaveLength(2);
    expect(db.prepare("SELECT count(*) FROM records WHERE type = 'purchase'").pluck().get()).toBe(1);
  });
});

describe('encodings and formats that are fine', () => {
  it('detects Latin-1 and reads it correctly', async () => {
    const { db, call } = workbench();
    const latin1 = iconv.encode(`${HEADER}\n${GOOD}\n`, 'latin1');
    const p = await call<{ encoding: string }>('import.preview', {
      file: upload('l1.csv', latin1),
      spec: sampleSpec(),
    });
    expect(p.encoding).toBe('windows-1252');
    await call('import.run', {
      file: upload('l1.csv', latin1),
      spec: sampleSpec(),
      case: { number: 'L1' },
      match: false,
    });
    expect(db.prepare("SELECT label FROM records WHERE type = 'person'").pluck().get()).toBe('José Ñúñez');
  });

  it('reads UTF-8 with a BOM, semicolons and quoted fields with line breaks', async () => {
    const { db, call } = workbench();
    const text = `\uFEFF${HEADER.replace(/,/g, ';')}\nS-1;"Dana ""D"" Example";1990-04-12;555-010-0131;"Sample; Arms\nWest";9-99-001-01-2A-00001;TST1;Testmark;AR;2021-03-02\n`;
    const r = await call<ImportReport>('import.run', {
      file: upload('semi.csv', text),
      spec: sampleSpec(),
      case: { number: 'SEMI' },
      match: false,
    });
    expect(r.problems).toEqual([]);
    expect(db.prepare("SELECT label FROM records WHERE type = 'dealer'").pluck().get()).toBe(
      'Sample; Arms\nWest',
    );
    expect(db.prepare("SELECT label FROM records WHERE type = 'person'").pluck().get()).toBe(
      'Dana "D" Example',
    );
  });

  it('imports an .xlsx sheet and keeps the sheet name in each record source', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['nothing here']);
    const ws = wb.addWorksheet('Sales');
    ws.addRow(HEADER.split(','));
    ws.addRow([
      'S-1',
      'Dana Example',
      new Date(Date.UTC(1990, 3, 12)),
      '555-010-0131',
      'Sample Arms',
      '9-99-001-01-2A-00001',
      'TST1',
      'Testmark',
      'AR',
      '2021-03-02',
    ]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const { db, call } = workbench();
    const r = await call<ImportReport>('import.run', {
      file: upload('sales.xlsx', buffer),
      spec: { ...sampleSpec(), sheet: 'Sales' },
      case: { number: 'XL' },
      match: false,
    });
    expect(r).toMatchObject({ written: true, rowsImported: 1, problems: [] });
    const person = db.prepare("SELECT fields, source FROM records WHERE type = 'person'").get() as {
      fields: string;
      source: string;
    };
    expect(JSON.parse(person.fields)).toEqual({ name: 'Dana Example', dob: '1990-04-12' });
    expect(JSON.parse(person.source)).toEqual({ kind: 'file', file: 'sales.xlsx', sheet: 'Sales', row: 2 });
    const missing = await call<ImportReport>('import.run', {
      file: upload('sales.xlsx', buffer),
      spec: { ...sampleSpec(), sheet: 'Purchases' },
      case: { number: 'XL2' },
      match: false,
    });
    expect(missing.problems[0]?.message).toMatch(
      /the workbook has no sheet "Purchases" \(sheets: Notes, Sales\)/,
    );
  });
});
