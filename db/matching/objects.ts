// Things with identifiers: phones, firearms, vehicles, bank accounts. Exact identifiers
// are already linked by db/linking; these models find the near-misses (look-alike
// characters, one typo, a number written with another prefix).
import { normalisePhone } from '../linking/identifiers';
import type { Comparison, TypeModel } from './model';
import { spellingLevel } from './names';
import { same } from './person';
import { compactCode, digitsOf, foldConfusables, foldText, jw, oneEditApart } from './text';

/** exact / confusable / typo / differs / missing for serials, VINs and plates. */
export function compareCode(field: string, a: string, b: string, folded: [string, string]): Comparison {
  const base = { field, a, b };
  if (!a || !b) return { ...base, level: 'missing' };
  if (a === b) return { ...base, level: 'exact' };
  if (folded[0] === folded[1]) return { ...base, level: 'confusable' };
  if (folded[0].length >= 5 && oneEditApart(folded[0], folded[1])) return { ...base, level: 'typo' };
  return { ...base, level: 'differs' };
}

/**
 * Blocking keys for a code: whole (folded), and for long codes its tail, so that a typo in
 * the head still meets. Not the head: serials and VINs issued in sequence share it, which
 * would put whole production runs in one block.
 */
function codeKeys(prefix: string, folded: string): string[] {
  if (folded.length < 4) return [];
  return folded.length >= 10
    ? [`${prefix}:${folded}`, `${prefix}>:${folded.slice(-6)}`]
    : [`${prefix}:${folded}`];
}

// ---- phones
export interface PhoneFeatures {
  e164: string;
  local: string;
  subscriber: string;
  carrier: string;
}
export const phoneModel: TypeModel<PhoneFeatures> = {
  type: 'phone',
  features(f) {
    const e164 = f.number ? (normalisePhone(f.number, f.country === 'MX' ? 'MX' : 'US') ?? '') : '';
    const subscriber = foldText(f.subscriber ?? '');
    if (!e164 && !subscriber) return null;
    return { e164, local: digitsOf(e164).slice(-10), subscriber, carrier: foldText(f.carrier ?? '') };
  },
  sortKey: (f) => `${f.subscriber} ${f.e164}`,
  // The national number: the same phone written with or without its country code.
  keys: (f) => (f.local.length >= 7 ? [`ph:${f.local}`] : []),
  compare(a, b) {
    const number: Comparison = { field: 'number', a: a.e164, b: b.e164, level: 'missing' };
    if (a.e164 && b.e164) {
      if (a.e164 === b.e164) number.level = 'exact';
      else if (a.local === b.local) number.level = 'local';
      else if (a.e164.length === b.e164.length && oneEditApart(a.e164, b.e164)) number.level = 'typo';
      else number.level = 'differs';
    }
    return [
      number,
      compareName('subscriber', a.subscriber, b.subscriber),
      same('carrier', a.carrier, b.carrier),
    ];
  },
};

/** exact / close / tokens / differs / missing for folded free-text names. */
export function compareName(field: string, a: string, b: string): Comparison {
  const base = { field, a, b };
  if (!a || !b) return { ...base, level: 'missing' };
  if (a === b) return { ...base, level: 'exact' };
  // "Los Tapatios 0001" and "Los Tapatios 0002" are two groups, however alike they read.
  if (numbersOf(a) !== numbersOf(b)) return { ...base, level: 'differs' };
  // Spelled alike as a whole and word by word: "Halcones Rojos Norte" is not "Halcones Rojos Sur".
  if (jw(a, b) >= 0.94 && wordsAlike(a, b)) return { ...base, level: 'close' };
  const ta = new Set(a.split(' ').filter((w) => w.length > 2));
  const tb = new Set(b.split(' ').filter((w) => w.length > 2));
  let shared = 0;
  for (const w of tb) if (ta.has(w)) shared++;
  if (shared > 0 && shared === Math.min(ta.size, tb.size)) return { ...base, level: 'contained' };
  if (shared > 0 && shared * 2 >= Math.min(ta.size, tb.size) + 1) return { ...base, level: 'tokens' };
  return { ...base, level: 'differs' };
}

/** Every word of the shorter name has a word of the other spelled the same or one edit apart. */
function wordsAlike(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const others = long.split(' ');
  return short.split(' ').every((w) => others.some((o) => o === w || spellingLevel(o, w) === 'close'));
}

const numbersOf = (text: string) => (text.match(/\d+/g) ?? []).join(' ');

// ---- firearms
const MAKE_ALIASES: Record<string, string> = {
  sw: 'smith wesson',
  'smith and wesson': 'smith wesson',
  colt: 'colt',
  'colts manufacturing': 'colt',
  fn: 'fn herstal',
  'fn america': 'fn herstal',
  hk: 'heckler koch',
  psa: 'palmetto state armory',
  'heckler and koch': 'heckler koch',
};
const MAKE_NOISE = /\b(inc|llc|co|corp|company|arms|firearms|manufacturing|mfg|industries|usa)\b/g;
export function foldMake(raw: string): string {
  const f = foldText(raw.replace(/&/g, ' and '));
  const alias = MAKE_ALIASES[f] ?? MAKE_ALIASES[f.replace(/ /g, '')];
  if (alias) return alias;
  return f.replace(MAKE_NOISE, ' ').replace(/\s+/g, ' ').trim() || f;
}

export interface FirearmFeatures {
  serial: string;
  folded: string;
  make: string;
  model: string;
  calibre: string;
}
export const firearmModel: TypeModel<FirearmFeatures> = {
  type: 'firearm',
  features(f) {
    const serial = compactCode(f.serial ?? '');
    if (serial.length < 3) return null;
    return {
      serial,
      folded: foldConfusables(serial),
      make: foldMake(f.make ?? ''),
      model: compactCode(f.model ?? ''),
      calibre: compactCode(f.calibre ?? ''),
    };
  },
  keys: (f) => codeKeys('fs', f.folded),
  sortKey: (f) => `${f.make} ${f.model} ${f.folded}`,
  compare(a, b) {
    const model: Comparison = { field: 'model', a: a.model, b: b.model, level: 'missing' };
    if (a.model && b.model) {
      model.level = a.model === b.model ? 'same' : jw(a.model, b.model) >= 0.9 ? 'close' : 'differs';
    }
    return [
      compareCode('serial', a.serial, b.serial, [a.folded, b.folded]),
      same('make', a.make, b.make),
      model,
      same('calibre', a.calibre, b.calibre),
    ];
  },
};

// ---- vehicles
export interface VehicleFeatures {
  vin: string;
  vinFolded: string;
  plate: string;
  plateFolded: string;
  make: string;
  model: string;
  year: string;
  colour: string;
}
export const vehicleModel: TypeModel<VehicleFeatures> = {
  type: 'vehicle',
  features(f) {
    const vin = compactCode(f.vin ?? '');
    const plate = compactCode(f.plate ?? '');
    if (vin.length < 6 && plate.length < 3) return null;
    return {
      vin,
      vinFolded: foldConfusables(vin),
      plate,
      plateFolded: foldConfusables(plate),
      make: foldMake(f.make ?? ''),
      model: foldText(f.model ?? ''),
      year: digitsOf(f.year ?? ''),
      colour: foldText(f.colour ?? ''),
    };
  },
  sortKey: (f) => `${f.make} ${f.model} ${f.vinFolded} ${f.plateFolded}`,
  keys: (f) => [
    ...codeKeys('vv', f.vinFolded),
    ...(f.plateFolded.length >= 3 ? [`vp:${f.plateFolded}`] : []),
  ],
  compare(a, b) {
    return [
      compareCode('vin', a.vin, b.vin, [a.vinFolded, b.vinFolded]),
      compareCode('plate', a.plate, b.plate, [a.plateFolded, b.plateFolded]),
      same('make', a.make, b.make),
      same('model', a.model, b.model),
      same('year', a.year, b.year),
      same('colour', a.colour, b.colour),
    ];
  },
};

// ---- bank accounts
export interface AccountFeatures {
  number: string;
  bank: string;
  holder: string;
}
export const accountModel: TypeModel<AccountFeatures> = {
  type: 'account',
  features(f) {
    const number = compactCode(f.accountNumber ?? '');
    if (number.length < 4) return null;
    return { number, bank: foldMake(f.bank ?? ''), holder: foldText(f.holder ?? '') };
  },
  sortKey: (f) => `${f.holder} ${f.number}`,
  keys: (f) => [`ac:${f.number.slice(-6)}`],
  compare(a, b) {
    const number: Comparison = { field: 'number', a: a.number, b: b.number, level: 'differs' };
    if (a.number === b.number) number.level = 'exact';
    else if (a.number.slice(-4) === b.number.slice(-4)) number.level = 'tail';
    return [number, same('bank', a.bank, b.bank), compareName('holder', a.holder, b.holder)];
  },
};
