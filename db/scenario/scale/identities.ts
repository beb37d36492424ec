// Real-world identities for the scaled generator: the true person, gun, phone... that
// one or more generated records describe. Identifiers are built from a per-type
// counter, scattered, so two identities never share a phone, serial, VIN, plate,
// licence, address or account (up to the sizes documented at each builder).
import type { EntityType } from '../../../shared/domain/entity-types';
import type { Prng } from './prng';
import * as V from './vocab';

export interface Identity {
  type: EntityType;
  cluster: string;
  decoy: boolean;
  /** The true values; records state them with noise. */
  canon: Record<string, string>;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** A bijection of [0, range) for counters below range (1000003 is prime, coprime to range). */
const scatter = (c: number, range: number) => (c * 1000003) % range;
const iso = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

export function randomDate(rng: Prng, fromYear: number, toYear: number): string {
  return iso(rng.int(fromYear, toYear), rng.int(1, 12), rng.int(1, 28));
}

export function personCanon(rng: Prng): Record<string, string> {
  const female = rng.chance(0.3);
  const spanish = rng.chance(0.7);
  const names = female
    ? spanish
      ? V.FEMALE_NAMES_ES
      : V.FEMALE_NAMES_EN
    : spanish
      ? V.MALE_NAMES_ES
      : V.MALE_NAMES_EN;
  return {
    given: rng.pick(names),
    middle: rng.chance(0.4) ? rng.pick(names) : '',
    surname1: rng.pick(spanish ? V.SURNAMES_ES : V.SURNAMES_EN),
    surname2: spanish && rng.chance(0.6) ? rng.pick(V.SURNAMES_ES) : '',
    dob: randomDate(rng, 1960, 2002),
    alias: rng.chance(0.15) ? rng.pick(V.ALIASES) : '',
    role: rng.pick(V.ROLES),
    nationality: spanish && rng.chance(0.6) ? 'MX' : 'US',
  };
}

/** A different person whose name looks like `of`'s: same given name and first surname, other birth year. */
export function lookalikeCanon(rng: Prng, of: Record<string, string>): Record<string, string> {
  const year = Number(of.dob!.slice(0, 4));
  const other = year + (rng.chance(0.5) ? 1 : -1) * rng.int(3, 12);
  return {
    ...personCanon(rng),
    given: of.given!,
    surname1: of.surname1!,
    dob: iso(other, rng.int(1, 12), rng.int(1, 28)),
  };
}

/** Unique for the first 160,000 phones: (AAA) 555-01xx in 800 area codes, US then MX. */
export function phoneCanon(c: number): Record<string, string> {
  const n = scatter(c, 160_000);
  const area = 200 + Math.floor((n % 80_000) / 100);
  const country = n >= 80_000 ? 'MX' : 'US';
  return { area: String(area), line: `01${pad(n % 100, 2)}`, country, carrier: 'Sample Wireless' };
}

/** Unique serials: two letters and a seven-digit counter. */
export function gunCanon(rng: Prng, c: number): Record<string, string> {
  const g = rng.pick(V.GUN_MODELS);
  const letters = String.fromCharCode(65 + (c % 26), 65 + (Math.floor(c / 26) % 26));
  return {
    make: g.make,
    short: g.short,
    model: g.model,
    calibre: g.calibre,
    category: g.category,
    serial: `TRN-${letters}${pad(scatter(c, 10_000_000), 7)}`,
  };
}

/** Unique for 200 streets x 9,000 house numbers per place. */
export function addressCanon(c: number): Record<string, string> {
  const n = scatter(c, 1_800_000);
  const [full, short] = V.STREET_TYPES[n % V.STREET_TYPES.length]!;
  const word = V.STREET_WORDS[Math.floor(n / V.STREET_TYPES.length) % V.STREET_WORDS.length]!;
  const place = V.PLACES[c % V.PLACES.length]!;
  const number = 100 + Math.floor(n / 200);
  return { number: String(number), word, full, short, ...place };
}

export function vehicleCanon(rng: Prng, c: number): Record<string, string> {
  const [make, model] = rng.pick(V.VEHICLE_MODELS);
  const n = scatter(c, 10_000_000);
  const letters = [0, 1, 2]
    .map((i) => String.fromCharCode(65 + (Math.floor(c / 10_000 / 26 ** i) % 26)))
    .join('');
  return {
    make,
    model,
    year: String(rng.int(2005, 2022)),
    colour: rng.pick(V.COLOURS),
    vin: `1THORSMPL${pad(n, 8)}`,
    plate: `${letters}${pad(c % 10_000, 4)}`,
    plateState: rng.pick(['AZ', 'TX', 'NM', 'WI', 'AK', 'CA']),
  };
}

export function dealerCanon(rng: Prng, c: number): Record<string, string> {
  const place = rng.pick(V.PLACES.filter((p) => p.country === 'US'));
  const kind = rng.pick(V.DEALER_KINDS);
  const a = addressCanon(c + 5_000_000);
  return {
    name: `${rng.pick(V.DEALER_WORDS)} ${place.city} ${kind}`,
    ffl: `9-86-${pad(Math.floor(c / 10_000) % 1000, 3)}-01-1A-0${pad(c % 10_000, 4)}`,
    street: `${a.number} ${a.word} ${a.full}`,
    city: place.city,
    state: place.state,
    postcode: place.postcode,
  };
}

export function accountCanon(rng: Prng, c: number, holder: string): Record<string, string> {
  return { bank: rng.pick(V.BANKS), accountNumber: `7700${pad(scatter(c, 100_000_000), 8)}`, holder };
}

/**
 * One distinct name per organisation, composed from word lists (no running numbers): word,
 * qualifier and place make 8,800 names that differ in at least one word; the prefix ("Los",
 * "Célula" …) is decoration that matching folds away. Beyond 8,800 organisations names repeat.
 */
function organisationName(c: number): string {
  const [w, q, l] = [V.ORG_WORDS.length, V.ORG_QUALIFIERS.length, V.ORG_PLACES.length];
  const n = scatter(c, w * q * l);
  const prefix = V.ORG_PREFIXES[c % V.ORG_PREFIXES.length]!;
  const word = V.ORG_WORDS[n % w]!;
  const qualifier = V.ORG_QUALIFIERS[Math.floor(n / w) % q]!;
  return `${prefix} ${word} ${qualifier} ${V.ORG_PLACES[Math.floor(n / (w * q)) % l]}`;
}

export function organisationCanon(rng: Prng, c: number): Record<string, string> {
  return {
    name: organisationName(c),
    kind: 'cartel cell',
    country: 'MX',
    suffix: rng.chance(0.5) ? ' (CJNG)' : '',
  };
}

export function eventCanon(rng: Prng, type: EntityType, c: number, year: number): Record<string, string> {
  const date = iso(year, rng.int(1, 12), rng.int(1, 28));
  switch (type) {
    case 'purchase': {
      const quantity = rng.int(1, 5);
      return {
        date,
        quantity: String(quantity),
        amount: (quantity * rng.int(600, 2400)).toFixed(2),
        paymentMethod: rng.chance(0.8) ? 'cash' : 'card',
        form4473: 'yes',
      };
    }
    case 'shipment':
      return {
        date,
        carrier: rng.pick(V.CARRIERS),
        tracking: `SMPL${pad(c, 10)}`,
        origin: rng.pick(V.PLACES).city,
        destination: rng.pick(V.PLACES).city,
      };
    case 'crossing':
      return { date, port: rng.pick(V.PORTS), direction: rng.chance(0.5) ? 'southbound' : 'northbound' };
    default: {
      const place = rng.pick(V.PLACES);
      return {
        date,
        place: `${place.city}, ${place.state}`,
        country: place.country,
        agency: rng.pick(V.AGENCIES).agency,
        traceNumber: `T-SMPL-${pad(c, 8)}`,
      };
    }
  }
}
