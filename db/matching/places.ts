// Addresses, licensed dealers and organisations: compared on normalised street parts,
// licence numbers and business-name words.
import { normaliseLicence, normaliseStreet } from '../linking/identifiers';
import type { Comparison, TypeModel } from './model';
import { compareName } from './objects';
import { same } from './person';
import { digitsOf, foldText, jw, oneEditApart, phonetic } from './text';

// ---- addresses
export interface AddressFeatures {
  number: string;
  street: string;
  /** Main word of the street name ("sample" in "north sample street"), for blocking. */
  streetKey: string;
  unit: string;
  postcode: string;
  city: string;
}

const STREET_KINDS = new Set([
  'street',
  'avenue',
  'avenida',
  'road',
  'drive',
  'boulevard',
  'lane',
  'highway',
  'court',
  'place',
  'parkway',
  'circle',
  'terrace',
  'trail',
  'way',
  'calle',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'colonia',
  'col',
]);

export function parseStreet(raw: string): {
  number: string;
  street: string;
  unit: string;
  streetKey: string;
} {
  const norm = normaliseStreet(raw);
  const [main = '', unitPart = ''] = norm.split(/\bunit\b/);
  const words = main.trim().split(' ').filter(Boolean);
  const numberIndex = words.findIndex((w) => /^\d+[a-z]?$/.test(w));
  const number = numberIndex >= 0 ? (words[numberIndex] ?? '') : '';
  const rest = words.filter((_, i) => i !== numberIndex && words[i] !== 'number');
  const named = rest.filter((w) => !STREET_KINDS.has(w));
  return {
    number,
    street: rest.join(' '),
    unit: unitPart.trim().replace(/^number /, ''),
    streetKey: named.sort((x, y) => y.length - x.length)[0] ?? rest[0] ?? '',
  };
}

export const addressModel: TypeModel<AddressFeatures> = {
  type: 'address',
  features(f) {
    const street = parseStreet(f.street ?? '');
    if (!street.street) return null;
    return { ...street, postcode: digitsOf(f.postcode ?? '').slice(0, 5), city: foldText(f.city ?? '') };
  },
  keys(f) {
    const code = phonetic(f.streetKey);
    const keys = [`ad:${f.number}:${code}:${f.postcode}`];
    if (f.city) keys.push(`adc:${f.number}:${code}:${f.city}`);
    // A misspelt street word changes its sound: number and place alone still meet.
    if (f.number) keys.push(`adn:${f.number}:${f.postcode || f.city}`);
    return keys;
  },
  sortKey: (f) => `${f.street} ${f.number} ${f.unit}`,
  compare(a, b) {
    const street: Comparison = { field: 'street', a: a.street, b: b.street, level: 'differs' };
    if (a.street === b.street) street.level = 'exact';
    else if (jw(a.street, b.street) >= 0.94) street.level = 'close';
    else if (phonetic(a.streetKey) === phonetic(b.streetKey)) street.level = 'phonetic';
    const postcode: Comparison = { field: 'postcode', a: a.postcode, b: b.postcode, level: 'missing' };
    if (a.postcode && b.postcode) {
      postcode.level =
        a.postcode === b.postcode ? 'same' : oneEditApart(a.postcode, b.postcode) ? 'near' : 'differs';
    }
    const city: Comparison = { field: 'city', a: a.city, b: b.city, level: 'missing' };
    if (a.city && b.city)
      city.level = a.city === b.city ? 'same' : jw(a.city, b.city) >= 0.9 ? 'close' : 'differs';
    return [same('number', a.number, b.number), street, same('unit', a.unit, b.unit), postcode, city];
  },
};

// ---- names of businesses and organisations
/** Legal forms, articles, and words that say what kind of group it is rather than which one. */
const BUSINESS_NOISE = new Set([
  'cell',
  'celula',
  'cartel',
  'group',
  'grupo',
  'organization',
  'organisation',
  'organizacion',
  'inc',
  'llc',
  'ltd',
  'co',
  'corp',
  'corporation',
  'company',
  'sa',
  'de',
  'cv',
  's',
  'rl',
  'srl',
  'the',
  'and',
  'y',
  'del',
  'la',
  'el',
  'los',
  'las',
]);

/** Folded business name without legal forms: "Transportes del Norte, S.A. de C.V." → "transportes norte". */
export function foldBusinessName(raw: string): string {
  return foldText(raw.replace(/&/g, ' and '))
    .split(' ')
    .filter((w) => w && !BUSINESS_NOISE.has(w))
    .join(' ');
}

function nameKeys(prefix: string, name: string): string[] {
  const words = name.split(' ').filter((w) => w.length > 2);
  return words.slice(0, 3).map((w) => `${prefix}:${phonetic(w)}`);
}

// ---- dealers
export interface DealerFeatures {
  licence: string;
  /** Last five characters of the licence: the dealer's own serial part. */
  licenceSerial: string;
  name: string;
  city: string;
  postcode: string;
}
export const dealerModel: TypeModel<DealerFeatures> = {
  type: 'dealer',
  features(f, label) {
    const licence = f.ffl ? (normaliseLicence(f.ffl) ?? '') : '';
    const name = foldBusinessName(f.name || label);
    if (!licence && !name) return null;
    return {
      licence,
      licenceSerial: licence.slice(-5),
      name,
      city: foldText(f.city ?? ''),
      postcode: digitsOf(f.postcode ?? '').slice(0, 5),
    };
  },
  sortKey: (f) => `${f.name} ${f.licence}`,
  // The whole name's sound, not its words: "Sample Chicago Firearms" shares words with half the trade.
  keys: (f) => [
    ...(f.licenceSerial ? [`dl:${f.licenceSerial}`] : []),
    ...(f.name ? [`dn:${f.name.split(' ').map(phonetic).join(' ')}`] : []),
  ],
  compare(a, b) {
    const licence: Comparison = { field: 'licence', a: a.licence, b: b.licence, level: 'missing' };
    if (a.licence && b.licence) {
      if (a.licence === b.licence) licence.level = 'exact';
      else if (a.licenceSerial === b.licenceSerial) licence.level = 'serial';
      else if (oneEditApart(a.licence, b.licence)) licence.level = 'typo';
      else licence.level = 'differs';
    }
    return [
      licence,
      compareName('name', a.name, b.name),
      same('city', a.city, b.city),
      same('postcode', a.postcode, b.postcode),
    ];
  },
};

// ---- organisations
export interface OrganisationFeatures {
  name: string;
  country: string;
  kind: string;
}
export const organisationModel: TypeModel<OrganisationFeatures> = {
  type: 'organisation',
  features(f, label) {
    const name = foldBusinessName(f.name || label);
    return name ? { name, country: foldText(f.country ?? ''), kind: foldText(f.kind ?? '') } : null;
  },
  keys: (f) => nameKeys('on', f.name),
  sortKey: (f) => `${f.name} ${f.country}`,
  compare(a, b) {
    return [
      compareName('name', a.name, b.name),
      same('country', a.country, b.country),
      same('kind', a.kind, b.kind),
    ];
  },
};
