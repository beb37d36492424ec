// A first mapping proposed from a person list's column names (and, for dates, a few of
// its values), which the analyst then checks and changes: a ten-column list maps in a
// few clicks instead of one field at a time.
import type { DateFormat } from '../../../../shared/contract/import-spec';
import type { PersonField } from '../../../../shared/domain/person-fields';
import type { EntityDraft, FieldDraft, MappingDraft } from './spec-draft';

/** Column names folded for comparison: "Date of Birth" → "dateofbirth". */
const fold = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Each person field and the folded column names that mean it, most specific first. */
const NAMES: [PersonField, string[]][] = [
  ['givenName', ['givenname', 'firstname', 'forename', 'forenames', 'given', 'first', 'fname']],
  ['surname', ['surname', 'lastname', 'familyname', 'last', 'lname', 'family']],
  ['name', ['name', 'fullname', 'personname']],
  ['dob', ['dateofbirth', 'dob', 'birthdate', 'born', 'birthday']],
  ['alias', ['alias', 'aka', 'nickname']],
  ['idNumber', ['idnumber', 'nationalid', 'passport', 'passportnumber', 'licencenumber', 'licensenumber']],
  ['nationality', ['nationality', 'citizenship']],
  ['street', ['street', 'streetaddress', 'address', 'address1', 'addressline1']],
  ['locality', ['suburb', 'city', 'town', 'locality', 'place']],
  ['postcode', ['postcode', 'zip', 'zipcode', 'postalcode', 'postal']],
  ['state', ['state', 'province', 'region', 'county']],
  ['phone', ['phone', 'telephone', 'tel', 'mobile', 'cell', 'phonenumber']],
  ['email', ['email', 'emailaddress', 'mail']],
];

const NUMBER_COLUMNS = ['streetnumber', 'housenumber', 'streetno', 'number', 'houseno'];
const ID_COLUMNS = ['recid', 'recordid', 'id', 'externalid', 'ref', 'reference'];

/** The date format every non-empty sample value fits, if one does. */
export function detectDateFormat(values: string[]): DateFormat | undefined {
  const seen = values.map((v) => v.trim()).filter(Boolean);
  if (seen.length === 0) return undefined;
  const all = (re: RegExp) => seen.every((v) => re.test(v));
  if (all(/^\d{8}$/)) return 'YYYYMMDD';
  if (all(/^\d{4}-\d{1,2}-\d{1,2}/)) return 'YYYY-MM-DD';
  if (all(/^\d{4}\/\d{1,2}\/\d{1,2}$/)) return 'YYYY/MM/DD';
  if (all(/^\d{1,2}\.\d{1,2}\.\d{4}$/)) return 'DD.MM.YYYY';
  if (all(/^\d{3,5}(\.\d+)?$/)) return 'excel-serial';
  for (const [re, dayFirst, monthFirst] of [
    [/^(\d{1,2})\/(\d{1,2})\/\d{4}$/, 'DD/MM/YYYY', 'MM/DD/YYYY'],
    [/^(\d{1,2})\/(\d{1,2})\/\d{2}$/, 'DD/MM/YY', 'MM/DD/YY'],
  ] as const) {
    if (!all(re)) continue;
    // A first part over 12 can only be a day; otherwise read month first (the US habit).
    const firstIsDay = seen.some((v) => Number(re.exec(v)![1]) > 12);
    return firstIsDay ? dayFirst : monthFirst;
  }
  return undefined;
}

/** The column each person field is proposed from; a street number column joins the street. */
function proposeFields(columns: string[]): { field: PersonField; column: string }[] {
  const byName = new Map(columns.map((c) => [fold(c), c]));
  const taken = new Set<string>();
  const found: { field: PersonField; column: string }[] = [];
  for (const [field, names] of NAMES) {
    const column = names.map((n) => byName.get(n)).find((c) => c !== undefined && !taken.has(c));
    if (!column) continue;
    taken.add(column);
    found.push({ field, column });
  }
  // A full name column is redundant beside given name + surname.
  const split = found.some((f) => f.field === 'givenName') && found.some((f) => f.field === 'surname');
  const kept = split ? found.filter((f) => f.field !== 'name') : found;
  const number = NUMBER_COLUMNS.map((n) => byName.get(n)).find((c) => c !== undefined);
  return kept.map((f) =>
    f.field === 'street' && number ? { field: f.field, column: `{${number}} {${f.column}}` } : f,
  );
}

/**
 * A person mapping for a person list: fields from the column names, a date format for the
 * date of birth from its sample values, and the record-id column as external id.
 */
export function proposePersonMapping(draft: MappingDraft, columns: string[], rows: string[][]): MappingDraft {
  const fields: FieldDraft[] = proposeFields(columns).map(({ field, column }) => {
    const f: FieldDraft = { field, column, required: false };
    if (field !== 'dob') return f;
    const at = columns.indexOf(column);
    const format = detectDateFormat(rows.slice(0, 50).map((r) => r[at] ?? ''));
    return format ? { ...f, dateFormat: format } : f;
  });
  if (fields.length === 0) return draft;
  const used = new Set(draft.entities.map((e) => e.key));
  let key = 'person';
  for (let n = 2; used.has(key); n++) key = `person${n}`;
  const person: EntityDraft = { key, type: 'person', fields, extra: { dedupe: 'none' } };
  const idColumn = ID_COLUMNS.map((n) => columns.find((c) => fold(c) === n)).find(Boolean);
  return {
    ...draft,
    name: draft.name || 'Person list',
    externalIdColumn: draft.externalIdColumn || idColumn || '',
    entities: [...draft.entities, person],
  };
}
