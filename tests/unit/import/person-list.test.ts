// A public person list as it comes (FEBRL: YYYYMMDD dates with typos, the street number
// in its own column) imports into person records with the agreed matching fields.
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../shared/contract/exchange-model';
import { fillComposite } from '../../../db/import/row-mapper';
import { unusedFieldNotes } from '../../../db/import/unused-fields';
import { parseSpec } from '../../../db/import/spec';
import { fixture, upload, workbench } from './helpers';

const DATA = 'febrl-dataset1-200.csv';
const spec = () => JSON.parse(fixture('febrl-person-list.spec.json').toString('utf8')) as unknown;

describe('composite fields', () => {
  const cells: Record<string, string> = { number: '69', street: 'giblin street', unit: '', town: 'bittern' };
  const cell = (c: string) => cells[c] ?? '';

  it('joins columns through the template', () => {
    expect(fillComposite('{number} {street}', cell)).toBe('69 giblin street');
    expect(fillComposite('{street}, {town}', cell)).toBe('giblin street, bittern');
  });

  it('leaves no stray space, comma or brackets where a part is empty', () => {
    expect(fillComposite('{unit} {street}', cell)).toBe('giblin street');
    expect(fillComposite('{unit}, {street}, {unit}, {town}', cell)).toBe('giblin street, bittern');
    expect(fillComposite('{street} ({unit})', cell)).toBe('giblin street');
    expect(fillComposite('{unit} {unit}', cell)).toBe('');
  });

  it('is refused when braces name no column', () => {
    expect(() =>
      parseSpec({ name: 'x', entities: [{ key: 'p', type: 'person', fields: { street: '{ }' } }] }),
    ).toThrow(/entities\.0\.fields\.street: a column name, or a template/);
  });
});

describe('fields the matcher does not read', () => {
  it('are named, with their columns, for each person mapping', () => {
    expect(unusedFieldNotes(parseSpec(spec()))).toEqual([
      'Person "person": column "address_2" (buildingName) is stored but not used for matching.',
    ]);
    const all = parseSpec({
      name: 'x',
      entities: [
        { key: 'p', type: 'person', fields: { name: 'Name', role: 'Role', eyes: 'Eye colour' } },
        { key: 'ph', type: 'phone', fields: { number: 'Phone', carrier: 'Carrier' } },
      ],
    });
    expect(unusedFieldNotes(all)).toEqual([
      'Person "p": columns "Role", "Eye colour" (role, eyes) are stored but not used for matching.',
    ]);
  });
});

describe('importing a FEBRL person list', () => {
  it('previews the impossible dates and the unused column before anything is written', async () => {
    const { call } = workbench();
    const p = await call<ImportPreview>('import.preview', {
      file: upload(DATA, fixture(DATA)),
      spec: spec(),
    });
    expect(p.totalRows).toBe(200);
    expect(p.problems).toEqual([]);
    expect(p.warnings.map((w) => [w.row, w.column])).toEqual([
      [146, 'date_of_birth'],
      [149, 'date_of_birth'],
    ]);
    expect(p.notes).toEqual([expect.stringContaining('"address_2" (buildingName) is stored but not used')]);
  });

  it('stores every row as a person with the agreed fields, dates as ISO, the street combined', async () => {
    const { db, call } = workbench();
    const r = await call<ImportReport>('import.run', {
      file: upload(DATA, fixture(DATA)),
      spec: spec(),
      case: { number: 'FEBRL-1' },
      match: false,
    });
    expect(r).toMatchObject({ written: true, rowsRead: 200, rowsImported: 200, problems: [] });
    expect(r.warnings).toEqual([
      {
        file: DATA,
        row: 146,
        column: 'date_of_birth',
        message:
          'impossible date "19371233": 1937-12 has no day 33 (read as YYYYMMDD); the cell was left out',
      },
      {
        file: DATA,
        row: 149,
        column: 'date_of_birth',
        message: 'impossible date "19729518": month 95 (read as YYYYMMDD); the cell was left out',
      },
    ]);
    const person = (id: string) => {
      const row = db
        .prepare("SELECT label, fields FROM records WHERE type = 'person' AND external_id = ?")
        .get(`${id}#person`) as { label: string; fields: string };
      return { label: row.label, fields: JSON.parse(row.fields) as Record<string, string> };
    };
    expect(person('rec-122-org')).toEqual({
      label: 'lachlan berry',
      fields: {
        givenName: 'lachlan',
        surname: 'berry',
        dob: '1999-02-19',
        street: '69 giblin street',
        buildingName: 'killarney',
        locality: 'bittern',
        postcode: '4814',
        state: 'qld',
      },
    });
    expect(person('rec-10-dup-0').fields.street).toBe('maltby circuit');
    expect(person('rec-223-org')).toMatchObject({ label: 'waller', fields: { surname: 'waller' } });
    expect(person('rec-223-org').fields).not.toHaveProperty('givenName');
    expect(person('rec-444-dup-0').fields).not.toHaveProperty('dob');
    expect(person('rec-444-dup-0').fields.surname).toBe('lovelock');
    expect(db.prepare("SELECT count(*) FROM records WHERE type = 'person'").pluck().get()).toBe(200);
    expect(db.prepare("SELECT count(*) FROM records WHERE fields LIKE '%soc_sec%'").pluck().get()).toBe(0);
  });
});
