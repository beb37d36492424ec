// Normalises the identifiers a source record states, so that records written
// differently ("(555) 010-0142" and "+1 555 010 0142") yield the same key.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { EntityType, IdentifierKind } from '../../shared/domain/entity-types';

export interface Identifier {
  kind: IdentifierKind;
  value: string;
}

/** Any UTF-16 unit beyond ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;

/** Case- and accent-folded words: "Ñandú  José" and "nandu jose" are one. */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose and no accents to drop: skip the costly normalize.
  const plain = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Letters and digits only, upper-cased: "tst-0001 a" gives "TST0001A". */
function compact(text: string): string {
  // Plain ASCII folds to its letters and digits: drop the rest in one pass (same result).
  if (!NON_ASCII.test(text)) return text.replace(/[^A-Za-z0-9]+/g, '').toUpperCase();
  return foldText(text).replace(/ /g, '').toUpperCase();
}

export function normalisePhone(raw: string, defaultCountry: 'US' | 'MX' = 'US'): string | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7) return null;
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  if (parsed && parsed.nationalNumber.length >= 7) return parsed.number;
  return `+${digits}`;
}

export function normaliseSerial(make: string | undefined, serial: string): string | null {
  const s = compact(serial);
  if (s.length < 3) return null;
  return `${compact(make ?? '') || 'UNKNOWN'}:${s}`;
}

export function normaliseVin(raw: string): string | null {
  const vin = compact(raw);
  return vin.length >= 11 ? vin : null;
}

export function normalisePlate(state: string | undefined, plate: string): string | null {
  const p = compact(plate);
  return p.length >= 3 ? `${compact(state ?? '') || 'XX'}:${p}` : null;
}

export function normaliseLicence(raw: string): string | null {
  const ffl = compact(raw);
  return ffl.length >= 6 ? ffl : null;
}

export function normaliseAccount(bank: string | undefined, number: string): string | null {
  const n = number.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  return n.length >= 4 ? `${compact(bank ?? '') || 'BANK'}:${n}` : null;
}

const STREET_WORDS: Record<string, string> = {
  st: 'street',
  str: 'street',
  ave: 'avenue',
  av: 'avenue',
  avda: 'avenida',
  rd: 'road',
  dr: 'drive',
  blvd: 'boulevard',
  ln: 'lane',
  hwy: 'highway',
  ct: 'court',
  pl: 'place',
  pkwy: 'parkway',
  cir: 'circle',
  ter: 'terrace',
  trl: 'trail',
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  ne: 'northeast',
  nw: 'northwest',
  se: 'southeast',
  sw: 'southwest',
  apt: 'unit',
  ste: 'unit',
  suite: 'unit',
  no: 'number',
  c: 'calle',
};

/** "1208 N. Sample St., Apt 4" and "1208 north sample street unit 4" give one key. */
export function normaliseStreet(street: string): string {
  return foldText(street.replace(/#/g, ' unit '))
    .split(' ')
    .filter(Boolean)
    .map((word) => STREET_WORDS[word] ?? word)
    .join(' ');
}

export function normaliseAddress(fields: Record<string, string>): string | null {
  const street = normaliseStreet(fields.street ?? '');
  if (!/\d/.test(street) || street.length < 5) return null;
  const postcode = (fields.postcode ?? '').replace(/\D/g, '').slice(0, 5);
  const place = postcode || foldText(`${fields.city ?? ''} ${fields.state ?? ''}`);
  return place ? `${street}|${place}` : null;
}

type Extractor = (f: Record<string, string>) => (Identifier | null)[];
const key = (kind: IdentifierKind, value: string | null): Identifier | null =>
  value ? { kind, value } : null;

const EXTRACTORS: Partial<Record<EntityType, Extractor>> = {
  firearm: (f) => [key('serial', f.serial ? normaliseSerial(f.make, f.serial) : null)],
  phone: (f) => [key('phone', f.number ? normalisePhone(f.number, f.country === 'MX' ? 'MX' : 'US') : null)],
  vehicle: (f) => [
    key('vin', f.vin ? normaliseVin(f.vin) : null),
    key('plate', f.plate ? normalisePlate(f.plateState, f.plate) : null),
  ],
  dealer: (f) => [key('ffl', f.ffl ? normaliseLicence(f.ffl) : null)],
  address: (f) => [key('address', normaliseAddress(f))],
  account: (f) => [key('account', f.accountNumber ? normaliseAccount(f.bank, f.accountNumber) : null)],
};

/** The normalised identifiers a record of this type states; none for types without any. */
export function identifiersOf(type: EntityType, fields: Record<string, string>): Identifier[] {
  const extract = EXTRACTORS[type];
  return extract ? extract(fields).filter((k): k is Identifier => k !== null) : [];
}
