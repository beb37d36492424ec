// People: given names, surnames (tried in both word orders), date of birth, address, phone,
// email, linked entities (relational evidence), alias, ID number.
import {
  compareGiven,
  compareSurnames,
  foldAlias,
  nameId,
  parseName,
  words,
  type GivenLevel,
  type SurnameLevel,
  type ParsedName,
} from './names';
import type { Comparison, TypeModel } from './model';
import { compareContact, compareLinked, contactFeatures, type ContactFeatures } from './person-contact';
import { personKeys } from './person-keys';
import { jw } from './text';

export interface PersonFeatures extends ContactFeatures {
  given: string[];
  surnames: string[];
  /** Interned ids of the given names and surnames as written, for the comparison cache. */
  givenId: number;
  surId: number;
  /** The same as text, for evidence and term frequencies (computed once, not per pair). */
  givenText: string;
  surnameText: string;
  firstSurnames: string;
  /** Birth date parts; 0 when not stated. */
  y: number;
  m: number;
  d: number;
  /** YYYYMMDD when the full date is stated, for the one-digit test; YYYY-MM-DD for evidence. */
  dob8: string;
  dobText: string;
  alias: string;
  idNumber: string;
  nationality: string;
  display: string;
}

export function parseDob(raw: string | undefined): { y: number; m: number; d: number } {
  const none = { y: 0, m: 0, d: 0 };
  if (!raw) return none;
  const t = raw.trim();
  let g = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(t);
  if (g) return valid(Number(g[1]), Number(g[2] ?? 0), Number(g[3] ?? 0));
  g = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t); // US order, as US case files write it
  if (g) return valid(Number(g[3]), Number(g[1]), Number(g[2]));
  return none;
}

function valid(y: number, m: number, d: number) {
  if (y < 1900 || y > 2100) return { y: 0, m: 0, d: 0 };
  return { y, m: m >= 1 && m <= 12 ? m : 0, d: d >= 1 && d <= 31 ? d : 0 };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dobText = (f: { y: number; m: number; d: number }) =>
  f.y ? [f.y, f.m && pad(f.m), f.d && pad(f.d)].filter(Boolean).join('-') : '';

export function compareDob(a: PersonFeatures, b: PersonFeatures): string {
  if (!a.y || !b.y) return 'missing';
  if (a.m > 0 && a.d > 0 && b.m > 0 && b.d > 0) {
    if (a.y === b.y && a.m === b.m && a.d === b.d) return 'exact';
    if (a.y === b.y && a.m === b.d && a.d === b.m) return 'transposed';
    let diff = 0;
    for (let i = 0; i < 8; i++) if (a.dob8[i] !== b.dob8[i]) diff++;
    if (diff === 1) return 'typo';
  }
  if (a.y === b.y) return 'year';
  return Math.abs(a.y - b.y) === 1 ? 'near' : 'differs';
}

const GIVEN_RANK: GivenLevel[] = [
  'exact',
  'nickname',
  'close',
  'near',
  'initials',
  'phonetic',
  'partial',
  'differs',
  'missing',
];
const SURNAME_RANK: SurnameLevel[] = [
  'full',
  'exact',
  'shared',
  'close',
  'phonetic',
  'near',
  'differs',
  'missing',
];

/**
 * Name comparisons repeat endlessly across a run (the same "jose luis" against the same
 * "jose l"), so their levels are remembered per pair of written forms, in bounded caches.
 */
const givenCache = new Map<number, GivenLevel>();
const surnameCache = new Map<number, SurnameLevel>();
function cached<L>(cache: Map<number, L>, a: number, b: number, compute: () => L): L {
  const key = a * 4_294_967_296 + b;
  let level = cache.get(key);
  if (level === undefined) {
    level = compute();
    if (cache.size >= 2_000_000) cache.clear();
    cache.set(key, level);
  }
  return level;
}

/** Names in the given order, and swapped (records that put the surname first); the better wins. */
function compareNames(
  a: PersonFeatures,
  b: PersonFeatures,
): { given: GivenLevel; surname: SurnameLevel; swapped: boolean } {
  const given = cached(givenCache, a.givenId, b.givenId, () => compareGiven(a.given, b.given));
  const surname = cached(surnameCache, a.surId, b.surId, () => compareSurnames(a.surnames, b.surnames));
  if (given !== 'differs' && surname !== 'differs') return { given, surname, swapped: false };
  const sGiven = cached(givenCache, a.givenId, b.surId, () => compareGiven(a.given, b.surnames));
  const sSurname = cached(surnameCache, a.surId, b.givenId, () => compareSurnames(a.surnames, b.given));
  const rank = (g: GivenLevel, s: SurnameLevel) => GIVEN_RANK.indexOf(g) + SURNAME_RANK.indexOf(s);
  return rank(sGiven, sSurname) < rank(given, surname)
    ? { given: sGiven, surname: sSurname, swapped: true }
    : { given, surname, swapped: false };
}

/** A name given whole ("name") or in parts ("givenName", "surname"); the parts win when stated. */
function nameOf(fields: Record<string, string>, label: string): ParsedName {
  const given = fields.givenName?.trim() ?? '';
  const surname = fields.surname?.trim() ?? '';
  if (!given && !surname) return parseName(fields.name || label);
  const whole = fields.name ? parseName(fields.name) : null;
  return { given: words(given), surnames: words(surname), alias: whole?.alias ?? '' };
}

export const personModel: TypeModel<PersonFeatures> = {
  type: 'person',
  features(fields, label) {
    const parsed = nameOf(fields, label);
    if (parsed.given.length === 0 && parsed.surnames.length === 0) return null;
    const dob = parseDob(fields.dob);
    return {
      given: parsed.given,
      surnames: parsed.surnames,
      givenId: nameId(parsed.given),
      surId: nameId(parsed.surnames),
      givenText: parsed.given.join(' '),
      surnameText: parsed.surnames.join(' '),
      firstSurnames: parsed.surnames.slice(0, 2).join(' '),
      ...dob,
      dob8: dob.y && dob.m && dob.d ? `${dob.y}${pad(dob.m)}${pad(dob.d)}` : '',
      dobText: dobText(dob),
      alias: foldAlias(fields.alias ?? '') || parsed.alias,
      idNumber: (fields.idNumber ?? '').replace(/[^0-9A-Za-z]/g, '').toUpperCase(),
      nationality: (fields.nationality ?? '').trim().toLowerCase(),
      display: fields.name || label,
      ...contactFeatures(fields),
    };
  },
  keys: personKeys,
  sortKey: (f) => `${f.surnames.join(' ')} ${f.given.join(' ')}`,
  compare(a, b, stats) {
    const out: Comparison[] = [];
    const names = compareNames(a, b);
    // Swapped: a's given name was compared with b's surname, and a's surname with b's given name.
    const gb = names.swapped ? b.surnameText : b.givenText;
    const sb = names.swapped ? b.givenText : b.surnameText;
    out.push({
      field: 'given',
      level: names.given,
      a: a.givenText,
      b: gb,
      tf: names.given === 'exact' ? ['given', a.given[0] ?? ''] : undefined,
    });
    const surnameTf: Comparison['tf'] =
      names.surname === 'full'
        ? ['surnames', a.firstSurnames]
        : names.surname === 'exact'
          ? ['surname', a.surnames[0] ?? '']
          : undefined;
    out.push({ field: 'surname', level: names.surname, a: a.surnameText, b: sb, tf: surnameTf });
    if (names.swapped) out.push({ field: 'order', level: 'swapped' });
    out.push({ field: 'dob', level: compareDob(a, b), a: a.dobText, b: b.dobText });
    out.push(...compareContact(a, b));
    const linked = compareLinked(a, b, stats?.entities);
    if (linked) out.push(linked);
    // Missing names and dates are worth showing; a missing alias or ID number is the norm.
    if (a.alias && b.alias)
      out.push({ field: 'alias', level: compareAlias(a.alias, b.alias), a: a.alias, b: b.alias });
    if (a.idNumber && b.idNumber) out.push(same('idNumber', a.idNumber, b.idNumber));
    if (a.nationality && b.nationality) out.push(same('nationality', a.nationality, b.nationality));
    return out;
  },
};

function compareAlias(a: string, b: string): string {
  if (!a || !b) return 'missing';
  if (a === b) return 'same';
  return jw(a, b) >= 0.9 ? 'close' : 'differs';
}

export function same(field: string, a: string, b: string): Comparison {
  return { field, level: !a || !b ? 'missing' : a === b ? 'same' : 'differs', a, b };
}
