// The person fields the matching engine reads, agreed between import and matching: a
// person list maps its columns to these names, and the import reports any other field
// as stored but not used for matching. Address, phone and email stated on a person row
// are fields of that person (evidence for the person), not separate entities.
export const PERSON_FIELDS = [
  'name',
  'givenName',
  'surname',
  'dob',
  'alias',
  'idNumber',
  'nationality',
  'street',
  'locality',
  'postcode',
  'state',
  'phone',
  'email',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** What each field holds, for the wizard and docs/import-spec.md. */
export const PERSON_FIELD_HELP: Record<PersonField, string> = {
  name: 'full name, as written',
  givenName: 'given (first) name(s)',
  surname: 'family name(s)',
  dob: 'date of birth (stored as YYYY-MM-DD)',
  alias: 'nickname or alias',
  idNumber: 'identity document number',
  nationality: 'nationality or country',
  street: 'street number and street',
  locality: 'suburb, town or city',
  postcode: 'postcode or ZIP',
  state: 'state or province',
  phone: 'phone number',
  email: 'email address',
};

export function isPersonField(field: string): field is PersonField {
  return (PERSON_FIELDS as readonly string[]).includes(field);
}
