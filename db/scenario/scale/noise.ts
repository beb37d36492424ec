// How one case states a real identity: the canonical values with the noise found in
// real case files — typos, dropped accents, name variants, missing fields, swapped
// date parts, confusable serial characters, different phone and address formats.
import type { EntityType } from '../../../shared/domain/entity-types';
import type { Identity } from './identities';
import type { Prng } from './prng';
import { NICKNAMES, RESPELLINGS } from './vocab';

export interface StatedRecord {
  label: string;
  fields: Record<string, string>;
}

const stripAccents = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');

/** One keyboard slip: a dropped, doubled or swapped letter. */
export function typo(rng: Prng, s: string): string {
  if (s.length < 4) return s;
  const i = rng.int(1, s.length - 2);
  switch (rng.int(0, 2)) {
    case 0:
      return s.slice(0, i) + s.slice(i + 1);
    case 1:
      return s.slice(0, i) + s[i] + s.slice(i);
    default:
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  }
}

/** A name written as heard: one letter group swapped for one that sounds alike (z/s, v/b, ll/y …). */
export function respell(rng: Prng, s: string): string {
  const lower = s.toLowerCase();
  const options = RESPELLINGS.filter(([from]) => lower.indexOf(from, 1) > 0);
  if (options.length === 0) return s;
  const [from, to] = rng.pick(options);
  const at = lower.indexOf(from, 1);
  return s.slice(0, at) + to + s.slice(at + from.length);
}

/** Day and month swapped (only when both could be a month), as US and Mexican forms disagree. */
export function swapDayMonth(iso: string): string {
  const [y, m, d] = iso.split('-');
  return Number(d) <= 12 ? `${y}-${d}-${m}` : iso;
}

const CONFUSABLE: Record<string, string> = {
  '0': 'O',
  O: '0',
  '1': 'I',
  I: '1',
  '5': 'S',
  S: '5',
  '8': 'B',
  B: '8',
};

/** Misreads one character that has a look-alike (0/O, 1/I, 5/S, 8/B) in the part after the prefix. */
export function confuse(rng: Prng, s: string, from = 0): string {
  const spots = [...s].map((ch, i) => (i >= from && CONFUSABLE[ch] ? i : -1)).filter((i) => i >= 0);
  if (spots.length === 0) return s;
  const i = rng.pick(spots);
  return s.slice(0, i) + CONFUSABLE[s[i]!] + s.slice(i + 1);
}

function personName(rng: Prng, c: Record<string, string>): string {
  let given = c.given!;
  const nick = NICKNAMES[given];
  if (nick && rng.chance(0.12)) given = rng.pick(nick);
  let middle = c.middle ?? '';
  const roll = rng.next();
  if (middle && roll < 0.3) middle = `${middle[0]}.`;
  else if (roll < 0.5) middle = '';
  let surnames = [c.surname1!, c.surname2 ?? ''].filter(Boolean);
  if (surnames.length === 2 && rng.chance(0.3)) surnames = [surnames[0]!];
  const family = surnames.length === 2 && rng.chance(0.15) ? surnames.join('-') : surnames.join(' ');
  const order = rng.next();
  let name =
    order < 0.07
      ? `${family}, ${[given, middle].filter(Boolean).join(' ')}`
      : order < 0.1 // surname first without a comma, as some forms are filled in
        ? [family, given].join(' ')
        : [given, middle, family].filter(Boolean).join(' ');
  if (rng.chance(0.06)) name = respell(rng, name);
  if (rng.chance(0.4)) name = stripAccents(name);
  if (rng.chance(0.08)) name = typo(rng, name);
  if (rng.chance(0.05)) name = name.toUpperCase();
  return name;
}

function personDob(rng: Prng, dob: string): string | undefined {
  const r = rng.next();
  if (r < 0.12) return undefined;
  if (r < 0.2) return swapDayMonth(dob);
  if (r < 0.24) return dob.slice(0, 8) + String((Number(dob.slice(8)) % 28) + 1).padStart(2, '0');
  return dob;
}

const PHONE_FORMATS = [
  (a: string, l: string) => `(${a}) 555-${l}`,
  (a: string, l: string) => `${a}-555-${l}`,
  (a: string, l: string) => `${a}.555.${l}`,
  (a: string, l: string) => `+1 ${a} 555 ${l}`,
];

function phone(rng: Prng, c: Record<string, string>): string {
  const format = rng.pick(PHONE_FORMATS);
  let n = c.country === 'MX' ? `+52 (${c.area}) 555-${c.line}` : format(c.area!, c.line!);
  // A dropped digit: the record no longer states the same number.
  if (rng.chance(0.03)) n = n.slice(0, -3) + n.slice(-2);
  return n;
}

function serial(rng: Prng, s: string): string {
  let out = s;
  if (rng.chance(0.3)) out = out.replace(/-/g, rng.pick(['', ' ']));
  if (rng.chance(0.1)) out = out.toLowerCase();
  if (rng.chance(0.06)) out = confuse(rng, out.toUpperCase(), 3);
  return out;
}

function street(rng: Prng, c: Record<string, string>): string {
  let word = c.word!;
  if (rng.chance(0.04)) word = typo(rng, word);
  let s = `${c.number} ${word} ${rng.chance(0.4) ? `${c.short}${rng.chance(0.5) ? '.' : ''}` : c.full}`;
  if (rng.chance(0.1)) s = s.toLowerCase();
  return s;
}

/** The fields a case states for `id`; events and other types are stated as they are. */
export function stateIdentity(rng: Prng, id: Identity): StatedRecord {
  const c = id.canon;
  const gone = (p: number) => rng.chance(p);
  const stated = STATERS[id.type]?.(rng, c, gone) ?? { label: c.name ?? id.type, fields: { ...c } };
  for (const k of Object.keys(stated.fields)) if (!stated.fields[k]) delete stated.fields[k];
  return stated;
}

type Stater = (rng: Prng, c: Record<string, string>, gone: (p: number) => boolean) => StatedRecord;

const STATERS: Partial<Record<EntityType, Stater>> = {
  person: (rng, c, gone) => {
    const name = personName(rng, c);
    const fields: Record<string, string> = {
      name,
      dob: personDob(rng, c.dob!) ?? '',
      role: gone(0.2) ? '' : c.role!,
      nationality: gone(0.3) ? '' : c.nationality!,
    };
    if (c.alias && !gone(0.4)) fields.alias = c.alias;
    return { label: name, fields };
  },
  phone: (rng, c, gone) => {
    const number = phone(rng, c);
    return { label: number, fields: { number, country: c.country!, carrier: gone(0.5) ? '' : c.carrier! } };
  },
  firearm: (rng, c, gone) => {
    const make = rng.chance(0.06) ? c.short! : c.make!;
    const s = gone(0.03) ? '' : serial(rng, c.serial!);
    const model = gone(0.1) ? '' : c.model!;
    return {
      label: `${make} ${model} ${s || '(no serial)'}`.replace(/ +/g, ' '),
      fields: { make, model, serial: s, calibre: gone(0.2) ? '' : c.calibre!, category: c.category! },
    };
  },
  address: (rng, c, gone) => {
    const s = street(rng, c);
    const fields = {
      street: s,
      city: c.city!,
      state: c.state!,
      postcode: gone(0.1) ? '' : c.postcode!,
      country: c.country!,
    };
    return { label: `${s}, ${c.city}`, fields };
  },
  vehicle: (rng, c, gone) => {
    const noVin = gone(0.2);
    const vin = noVin ? '' : rng.chance(0.04) ? confuse(rng, c.vin!, 9) : c.vin!;
    const plate =
      !noVin && gone(0.15) ? '' : rng.chance(0.3) ? `${c.plate!.slice(0, 3)}-${c.plate!.slice(3)}` : c.plate!;
    const fields = {
      make: c.make!,
      model: gone(0.1) ? '' : c.model!,
      year: gone(0.2) ? '' : c.year!,
      colour: c.colour!,
      vin,
      plate,
      plateState: plate ? c.plateState! : '',
    };
    return { label: `${c.year} ${c.make} ${c.model}${plate ? ` (${c.plateState} ${plate})` : ''}`, fields };
  },
  dealer: (rng, c) => {
    const name = rng.chance(0.15) ? c.name!.replace('&', 'and') : c.name!;
    const ffl = rng.chance(0.2) ? c.ffl!.replace(/-/g, '') : c.ffl!;
    return { label: name, fields: { ...c, name, ffl } };
  },
  account: (rng, c) => {
    const n = c.accountNumber!;
    const accountNumber = rng.chance(0.3) ? `${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8)}` : n;
    return {
      label: `${c.bank} …${n.slice(-4)}`,
      fields: { bank: c.bank!, accountNumber, holder: c.holder! },
    };
  },
  organisation: (rng, c) => {
    let name = `${c.name}${rng.chance(0.7) ? c.suffix : ''}`;
    if (rng.chance(0.4)) name = stripAccents(name);
    return { label: name, fields: { name, kind: c.kind!, country: c.country! } };
  },
  purchase: (_rng, c) => ({ label: `Purchase ${c.date}, ${c.quantity} firearm(s)`, fields: { ...c } }),
  shipment: (_rng, c) => ({ label: `Parcel ${c.tracking}`, fields: { ...c } }),
  crossing: (_rng, c) => ({ label: `${c.direction} crossing ${c.port}, ${c.date}`, fields: { ...c } }),
  recovery: (_rng, c, gone) => ({
    label: `Recovery ${c.place}, ${c.date}`,
    fields: { ...c, traceNumber: gone(0.3) ? '' : c.traceNumber! },
  }),
};
