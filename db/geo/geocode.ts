// Geocoding against the bundled gazetteer: a record's city and state ("Zapopan",
// "Jalisco"; "Milwaukee", "WI"), or a place written in free text ("I-94 mile 340, Kenosha
// County, WI"; "Nogales DeConcini port"), with accents and case folded. What stays
// ambiguous is narrowed by the record's country and the case's jurisdiction, and is left
// unplaced (with the reason) rather than guessed.
import { foldText } from '../linking/identifiers';
import { gazetteer, placeName, type GeoPlace, type GeoState } from './gazetteer';

export interface PlaceQuery {
  city?: string;
  state?: string;
  country?: string;
  /** Free text naming a place somewhere in it. */
  text?: string;
  /** Where the case was worked ("Jalisco, Mexico", "Arizona"): a tie-breaker only. */
  jurisdiction?: string;
}

export type GeocodeResult =
  { ok: true; place: GeoPlace; name: string; matchedBy: string } | { ok: false; reason: string };

const COUNTRY_NAMES: Record<string, 'US' | 'MX'> = {
  us: 'US',
  usa: 'US',
  'u s': 'US',
  'u s a': 'US',
  'united states': 'US',
  'united states of america': 'US',
  mx: 'MX',
  mex: 'MX',
  mexico: 'MX',
  'estados unidos mexicanos': 'MX',
};

/** Words of a place in free text: at most this many ("San Luis Rio Colorado" is four). */
const MAX_WORDS = 4;

export function geocode(q: PlaceQuery): GeocodeResult {
  const country = q.country ? COUNTRY_NAMES[foldText(q.country)] : undefined;
  const states = q.state ? statesNamed(q.state, country) : [];
  if (q.state && states.length === 0 && !q.text && !q.city)
    return { ok: false, reason: `no state called "${q.state}"` };
  if (q.city) return byCity(q, states, country);
  if (q.text) return inText(q.text, states, country, q.jurisdiction);
  return { ok: false, reason: 'the records name no city or place' };
}

function byCity(q: PlaceQuery, states: GeoState[], country: 'US' | 'MX' | undefined): GeocodeResult {
  const found = gazetteer().byName.get(foldText(q.city!)) ?? [];
  if (found.length === 0) return { ok: false, reason: `"${q.city}" is not in the gazetteer` };
  const scoped = narrow(found, states, country);
  const where = q.state ? `, ${q.state}` : '';
  if (scoped.length === 0)
    return { ok: false, reason: `no place "${q.city}" in ${q.state ?? q.country ?? 'the U.S. or Mexico'}` };
  const how = q.state ? 'city and state' : country ? 'city and country' : 'city';
  return pick(scoped, q.jurisdiction, `${how} "${q.city}${where}"`);
}

/** A place named in free text: a whole comma-separated part first, else a capitalised run of words. */
function inText(
  text: string,
  states: GeoState[],
  country: 'US' | 'MX' | undefined,
  jurisdiction?: string,
): GeocodeResult {
  const parts = text.split(/[,;()]/).map((p) => p.trim());
  const mentioned = states.length ? states : parts.flatMap((p) => statesNamed(p, country));
  const inState = (found: GeoPlace[]) => narrow(found, mentioned, country);
  for (const part of parts) {
    const whole = inState(gazetteer().byName.get(foldText(part)) ?? []);
    if (whole.length) return pick(whole, jurisdiction, `place "${part}" in "${text}"`);
  }
  for (const part of parts) {
    for (const [words, found] of runsOfWords(part)) {
      const scoped = inState(found);
      if (scoped.length) return pick(scoped, jurisdiction, `place "${words}" in "${text}"`);
    }
  }
  return { ok: false, reason: `no gazetteer place found in "${text}"` };
}

/** Runs of words starting with a capital, longest first: "Nogales DeConcini port" gives "Nogales DeConcini", "Nogales", … */
function* runsOfWords(part: string): Generator<[string, GeoPlace[]]> {
  const words = part.split(/\s+/).filter(Boolean);
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!)) continue;
      const run = words.slice(i, i + n).join(' ');
      const key = foldText(run);
      if (key.length < 3 || /^\d+$/.test(key)) continue;
      const found = gazetteer().byName.get(key);
      if (found) yield [run, found];
    }
  }
}

function narrow(found: GeoPlace[], states: GeoState[], country: 'US' | 'MX' | undefined): GeoPlace[] {
  const inCountry = country ? found.filter((p) => p.state.country === country) : found;
  return states.length ? inCountry.filter((p) => states.includes(p.state)) : inCountry;
}

/** One place, or the one in the case's jurisdiction; more than that stays unplaced. */
function pick(found: GeoPlace[], jurisdiction: string | undefined, how: string): GeocodeResult {
  const distinct = distinctPlaces(found);
  if (distinct.length === 1) return matched(distinct[0]!, how);
  const local = jurisdiction ? narrow(distinct, jurisdictionStates(jurisdiction), undefined) : [];
  const one = distinctPlaces(local);
  if (one.length === 1) return matched(one[0]!, `${how}, in the case's jurisdiction "${jurisdiction}"`);
  const names = distinct.slice(0, 5).map(placeName).join('; ');
  return { ok: false, reason: `${how} is ambiguous (${distinct.length} places: ${names})` };
}

/** GeoNames can list one town twice a few hundred metres apart: those are one place. */
function distinctPlaces(found: GeoPlace[]): GeoPlace[] {
  const out: GeoPlace[] = [];
  for (const p of found) {
    const near = out.some(
      (o) => o.state === p.state && Math.abs(o.lat - p.lat) < 0.05 && Math.abs(o.lon - p.lon) < 0.05,
    );
    if (!near) out.push(p);
  }
  return out;
}

function matched(place: GeoPlace, how: string): GeocodeResult {
  return { ok: true, place, name: placeName(place), matchedBy: how };
}

function statesNamed(text: string, country: 'US' | 'MX' | undefined): GeoState[] {
  const found = gazetteer().stateByAlias.get(foldText(text)) ?? [];
  return country ? found.filter((s) => s.country === country) : found;
}

/** The states a jurisdiction names: "Jalisco, Mexico" → Jalisco; "Arizona" → Arizona. */
function jurisdictionStates(jurisdiction: string): GeoState[] {
  const parts = jurisdiction.split(/[,;/]/).map((p) => p.trim());
  const country = parts.map((p) => COUNTRY_NAMES[foldText(p)]).find(Boolean);
  return parts.flatMap((p) => (COUNTRY_NAMES[foldText(p)] ? [] : statesNamed(p, country)));
}

/** Gazetteer places whose name starts with the typed text (for placing an entity by hand). */
export function lookUpPlaces(query: string, limit: number): GeoPlace[] {
  const parts = query.split(',').map((p) => p.trim());
  const name = foldText(parts[0] ?? '');
  if (name.length < 2) return [];
  const states = parts.slice(1).flatMap((p) => statesNamed(p, COUNTRY_NAMES[foldText(p)]));
  const exact = gazetteer().byName.get(name) ?? [];
  const out = [...exact];
  for (const [key, places] of gazetteer().byName) {
    if (out.length >= limit * 4) break;
    if (key !== name && key.startsWith(name)) out.push(...places);
  }
  const scoped = states.length ? out.filter((p) => states.includes(p.state)) : out;
  return distinctPlaces(scoped).slice(0, limit);
}
