// String helpers for comparators: folding, cached phonetic codes, Jaro-Winkler (talisman),
// confusable-character folding for serials and one-edit tests.
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import { limited as damerauLimited } from 'talisman/metrics/damerau-levenshtein.js';
import doubleMetaphone from 'talisman/phonetics/double-metaphone.js';
import { foldText } from '../linking/identifiers';

export { foldText };

export const jw = (a: string, b: string): number => (a === b ? 1 : jaroWinkler(a, b));

/** Damerau-Levenshtein distance when it is at most 2, else 3 (cheap: bounded). */
export const editsWithin2 = (a: string, b: string): number => Math.min(3, damerauLimited(2, a, b));

const phoneticCache = new Map<string, string>();
/** Primary Double Metaphone code of a folded word, cached: names repeat a lot. */
export function phonetic(word: string): string {
  let code = phoneticCache.get(word);
  if (code === undefined) {
    code = word ? doubleMetaphone(word)[0] || word : '';
    if (phoneticCache.size > 500_000) phoneticCache.clear(); // bound memory on odd inputs
    phoneticCache.set(word, code);
  }
  return code;
}

/** Upper-case letters and digits only. */
export const compactCode = (raw: string): string => foldText(raw).replace(/ /g, '').toUpperCase();

const CONFUSABLE: Record<string, string> = { O: '0', Q: '0', D: '0', I: '1', L: '1', S: '5', B: '8', Z: '2' };
/** Serial/VIN/plate with look-alike characters folded: 0/O, 1/I/L, 5/S, 8/B, 2/Z. */
export function foldConfusables(code: string): string {
  let out = '';
  for (const ch of code) out += CONFUSABLE[ch] ?? ch;
  return out;
}

/** True when a and b differ by exactly one substitution, insertion, deletion or adjacent swap. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Digits only. */
export const digitsOf = (raw: string): string => raw.replace(/\D/g, '');
