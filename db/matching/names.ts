// Parsing and comparing people's names: accents folded, "Last, First" and word order,
// double surnames (Hernández Ruiz ~ Hernandez), initials (J. L. ~ José Luis), nicknames
// and Spanish/English forms (José ~ Joe, Guillermo ~ Memo), quoted aliases ("El Flaco").
import { isKnownGivenName, nameGroups, sameNameGroup } from './nicknames';
import { editsWithin2, foldText, jw, phonetic } from './text';

export interface ParsedName {
  given: string[];
  surnames: string[];
  /** Alias found inside the name ('Jose "El Flaco" Hernandez'). */
  alias: string;
}

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'da', 'van', 'von', 'di']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const ALIAS_ARTICLES = /^(el|la|los|las|the|aka|alias)\s+/;

/** Folded alias without its article: "El Flaco" → "flaco". */
export function foldAlias(raw: string): string {
  let a = foldText(raw);
  while (ALIAS_ARTICLES.test(a)) a = a.replace(ALIAS_ARTICLES, '');
  return a;
}

export function parseName(raw: string): ParsedName {
  let text = raw;
  let alias = '';
  const quoted = /["“”']([^"“”']{2,})["“”']/.exec(text);
  if (quoted) {
    alias = foldAlias(quoted[1] ?? '');
    text = text.replace(quoted[0], ' ');
  }
  const comma = text.indexOf(',');
  if (comma > 0) {
    const surnames = words(text.slice(0, comma)).filter((w) => !PARTICLES.has(w));
    return { given: words(text.slice(comma + 1)), surnames, alias };
  }
  const all = words(text);
  if (all.length <= 1) return { given: [], surnames: all, alias };
  // Spanish names of four or more words are usually two given names and two surnames.
  let split = all.length >= 4 ? all.length - 2 : 1;
  while (split < all.length - 1 && isGivenWord(all[split] ?? '')) split++;
  const surnames = all.slice(split).filter((w) => !PARTICLES.has(w));
  return { given: all.slice(0, split), surnames: surnames.length ? surnames : all.slice(split), alias };
}

const isGivenWord = (w: string) => w.length === 1 || isKnownGivenName(w);

export function words(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w && !SUFFIXES.has(w));
}

export type GivenLevel =
  'exact' | 'nickname' | 'close' | 'near' | 'phonetic' | 'initials' | 'partial' | 'differs' | 'missing';
export type SurnameLevel =
  'full' | 'exact' | 'shared' | 'close' | 'near' | 'phonetic' | 'differs' | 'missing';

/**
 * Graded spelling closeness, as Splink's name comparisons grade it: "close" is Jaro-Winkler
 * ≥ 0.92 or one edit (homann / homamn), "near" is Jaro-Winkler ≥ 0.85 or two edits. How much
 * each grade is worth is estimated from the workspace's own data (estimate.ts).
 */
export function spellingLevel(a: string, b: string): 'close' | 'near' | null {
  if (a.length < 2 || b.length < 2) return null;
  const sim = jw(a, b);
  if (sim >= 0.92) return 'close';
  const edits = editsWithin2(a, b);
  if (edits <= 1) return 'close';
  if (sim >= 0.85 || edits <= 2) return 'near';
  return null;
}

/** A small integer per written form of a name part ("jose luis"), so results can be cached by number. */
const nameIds = new Map<string, number>();
export function nameId(tokens: string[]): number {
  const key = tokens.join(' ');
  let id = nameIds.get(key);
  if (id === undefined) {
    if (nameIds.size >= 4_000_000) nameIds.clear(); // ids stay unique: the counter never restarts
    nameIds.set(key, (id = nextNameId++));
  }
  return id;
}
let nextNameId = 0;

export function compareGiven(a: string[], b: string[]): GivenLevel {
  const a0 = a[0];
  const b0 = b[0];
  if (a0 === undefined || b0 === undefined) return 'missing';
  if (a0 === b0 && a0.length > 1) return 'exact';
  if (a0.length > 1 && b0.length > 1) {
    if (sameNameGroup(a0, b0) || compoundNickname(a, b) || compoundNickname(b, a)) return 'nickname';
    const spelled = spellingLevel(a0, b0);
    if (spelled === 'close') return spelled;
    if (phonetic(a0) === phonetic(b0)) return 'phonetic';
    if (spelled) return spelled;
  }
  if (initialsFit(a, b) || initialsFit(b, a)) return 'initials';
  if (a.some((w) => w.length > 1 && b.includes(w))) return 'partial';
  return 'differs';
}

/** "Pepe" ~ "José Luis": a compound given name matched as one. */
function compoundNickname(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 1) return false;
  const compound = `${a[0]} ${a[1]}`;
  return nameGroups(compound).length > 0 && b.some((w) => sameNameGroup(compound, w));
}

/**
 * Every word of `short` is an initial (or a full word) that fits `long` in order: J. L. ~ José Luis.
 * Initials beyond the other's given names (R. A. ~ Ramón) are not held against it.
 */
function initialsFit(short: string[], long: string[]): boolean {
  if (!short.some((w) => w.length === 1)) return false;
  return short.slice(0, long.length).every((w, i) => {
    const other = long[i] ?? '';
    return w.length === 1 ? other.startsWith(w) : w === other || sameNameGroup(w, other);
  });
}

export function compareSurnames(a: string[], b: string[]): SurnameLevel {
  if (a.length === 0 || b.length === 0) return 'missing';
  // Hernández Ruiz ~ Hernández is the same surname; Hernández Ruiz ~ Hernández López (siblings?) only shares one.
  if (a.length >= 2 && b.length >= 2 && a[0] === b[0] && a[1] === b[1]) return 'full';
  if (a[0] === b[0] && (a.length < 2 || b.length < 2)) return 'exact';
  if (a.some((w) => w.length > 1 && b.includes(w))) return 'shared';
  // A typo'd surname (homann / homamn) is graded, not "differs".
  let best: 'close' | 'near' | null = null;
  for (const x of a) {
    for (const y of b) {
      const level = spellingLevel(x, y);
      if (level === 'close') return level;
      best ??= level;
    }
  }
  if (a.some((x) => b.some((y) => phonetic(x) === phonetic(y)))) return 'phonetic';
  return best ?? 'differs';
}
