// Blocking for people: a union of rules, each a key family; two records are compared when
// they share a key of any rule. Rules are chosen so that one kind of error (a typo'd
// surname, a changed date, swapped names, a missing name part) leaves another rule intact.
import { nameGroups } from './nicknames';
import type { PersonFeatures } from './person';
import { phonetic } from './text';

/** Rule of each key prefix, as eval:linking reports it. */
export const PERSON_RULES: Record<string, string> = {
  'p:sy': 'surname sound + birth year',
  'p:gd': 'given name + date of birth',
  'p:d': 'date of birth (day and month in either order)',
  'p:nn': 'given name and surname sounds, either order',
  'p:gs': 'given name (or a form of it) + surname sound',
  'p:is': 'initial + surname sound',
  'p:pi': 'postcode + initial',
  'p:st': 'street and house number',
  'p:a': 'alias',
  'p:e': 'linked to one address, phone, vehicle or account',
};

export function personKeys(f: PersonFeatures): string[] {
  const keys: string[] = [];
  const sur = f.surnames.slice(0, 2).map(phonetic);
  const s0 = sur[0];
  const g0 = f.given[0];
  const full = f.y && f.m && f.d;
  if (f.y) for (const s of sur) keys.push(`p:sy:${s}:${f.y}`);
  if (g0 && g0.length > 1 && full) keys.push(`p:gd:${phonetic(g0)}:${f.dob8}`);
  // Day and month in order-free form: exact and transposed dates share the key.
  if (full) keys.push(`p:d:${f.y}:${Math.min(f.m, f.d)}:${Math.max(f.m, f.d)}`);
  if (g0 && g0.length > 1 && s0) {
    const pair = [phonetic(g0), s0].sort();
    keys.push(`p:nn:${pair[0]}:${pair[1]}`);
    const groups = nameGroups(g0);
    const givenKeys = groups.length ? groups.slice(0, 2).map(String) : [phonetic(g0)];
    for (const g of givenKeys) keys.push(`p:gs:${g}:${s0}`);
  }
  // First initial and surname: catches "C. Pruitt" when no birth date is stated.
  if (g0 && s0) keys.push(`p:is:${g0[0]}:${s0}`);
  if (f.postcode && g0) keys.push(`p:pi:${f.postcode}:${g0[0]}`);
  if (f.streetName && f.houseNo) keys.push(`p:st:${f.houseNo}:${f.streetName}`);
  if (f.alias) keys.push(`p:a:${f.alias}`);
  for (const e of f.linked.slice(0, 2)) keys.push(`p:e:${e}`);
  return keys;
}
