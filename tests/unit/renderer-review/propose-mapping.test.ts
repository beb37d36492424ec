// The wizard proposes a person mapping from a list's column names and sample values.
import { describe, expect, it } from 'vitest';
import { importSpecSchema } from '../../../shared/contract/import-spec';
import { detectDateFormat, proposePersonMapping } from '../../../renderer/src/components/import/propose';
import { draftProblems, emptyDraft, toSpec } from '../../../renderer/src/components/import/spec-draft';

const FEBRL = [
  'rec_id',
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
];
const ROW = [
  'rec-1-org',
  'kayla',
  'voss',
  '12',
  'sample street',
  '',
  'bittern',
  '4814',
  'qld',
  '19900412',
  '1',
];

describe('a proposed mapping for a person list', () => {
  it('maps a FEBRL-shaped list in one click, with the street combined and the date format detected', () => {
    const draft = proposePersonMapping(emptyDraft(), FEBRL, [ROW, ROW]);
    expect(draft.externalIdColumn).toBe('rec_id');
    expect(draft.entities).toHaveLength(1);
    expect(draft.entities[0]!.fields).toEqual([
      { field: 'givenName', column: 'given_name', required: false },
      { field: 'surname', column: 'surname', required: false },
      { field: 'dob', column: 'date_of_birth', required: false, dateFormat: 'YYYYMMDD' },
      { field: 'street', column: '{street_number} {address_1}', required: false },
      { field: 'locality', column: 'suburb', required: false },
      { field: 'postcode', column: 'postcode', required: false },
      { field: 'state', column: 'state', required: false },
    ]);
    expect(draftProblems(draft, FEBRL)).toEqual([]);
    const spec = importSpecSchema.parse(toSpec(draft));
    expect(spec.entities[0]).toMatchObject({
      type: 'person',
      dedupe: 'none',
      dateFormat: { dob: 'YYYYMMDD' },
      fields: { street: '{street_number} {address_1}' },
    });
  });

  it('reads other spellings: first name, last name, birth date, city, zip, phone, email', () => {
    const cols = [
      'ID',
      'First Name',
      'Last Name',
      'Birth Date',
      'Address',
      'City',
      'ZIP',
      'Phone',
      'E-mail',
      'Notes',
    ];
    const draft = proposePersonMapping(emptyDraft(), cols, [
      ['7', 'A', 'B', '31/12/1980', 'x', 'y', 'z', 'p', 'e', 'n'],
    ]);
    expect(draft.entities[0]!.fields.map((f) => [f.field, f.column, f.dateFormat])).toEqual([
      ['givenName', 'First Name', undefined],
      ['surname', 'Last Name', undefined],
      ['dob', 'Birth Date', 'DD/MM/YYYY'],
      ['street', 'Address', undefined],
      ['locality', 'City', undefined],
      ['postcode', 'ZIP', undefined],
      ['phone', 'Phone', undefined],
      ['email', 'E-mail', undefined],
    ]);
    expect(draft.externalIdColumn).toBe('ID');
  });

  it('keeps a full name column when there is no given name and surname, and adds beside existing entities', () => {
    const first = proposePersonMapping(emptyDraft(), ['Name', 'DOB'], [['Kayla Voss', '1990-04-12']]);
    const second = proposePersonMapping(first, ['Name', 'DOB'], []);
    expect(second.entities.map((e) => e.key)).toEqual(['person', 'person2']);
    expect(first.entities[0]!.fields).toEqual([
      { field: 'name', column: 'Name', required: false },
      { field: 'dob', column: 'DOB', required: false, dateFormat: 'YYYY-MM-DD' },
    ]);
    expect(proposePersonMapping(emptyDraft(), ['Serial', 'Make'], [])).toEqual(emptyDraft());
  });

  it('detects date formats from values, or none when they disagree', () => {
    expect(detectDateFormat(['19900412', '', '20011231'])).toBe('YYYYMMDD');
    expect(detectDateFormat(['03/04/1990', '12/25/1990'])).toBe('MM/DD/YYYY');
    expect(detectDateFormat(['25/12/90', '03/04/90'])).toBe('DD/MM/YY');
    expect(detectDateFormat(['45292', '32874'])).toBe('excel-serial');
    expect(detectDateFormat(['1990-04-12', '12/25/1990'])).toBeUndefined();
    expect(detectDateFormat(['', ' '])).toBeUndefined();
  });
});
