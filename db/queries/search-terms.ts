// What a search query can mean beyond its words: the identifiers it normalises to (the way
// linking normalises them) and, for names, the indexed words within a typo or two or that
// sound alike ("Hernandes" → "hernandez", "Mendosa" → "mendoza").
import { limited as damerauLevenshtein } from 'talisman/metrics/damerau-levenshtein.js';
import doubleMetaphone from 'talisman/phonetics/double-metaphone.js';
import type { Db } from '../store/open-workspace';
import { foldText, normaliseLicence, normalisePhone, normaliseVin } from '../linking/identifiers';

/** One identifier lookup: its kind and either the exact key or the part after the "MAKE:" / "STATE:" prefix. */
export interface IdentifierProbe {
  kind: string;
  exact?: string;
  suffix?: string;
}

/** Identifier keys a query could be: a phone in any format, a serial, VIN, plate or licence without punctuation. */
export function identifierProbes(query: string): IdentifierProbe[] {
  const compact = foldText(query).replace(/ /g, '').toUpperCase();
  if (compact.length < 4 || !/\d/.test(compact)) return [];
  const probes: IdentifierProbe[] = [];
  const digits = query.replace(/\D/g, '');
  if (digits.length >= 7 && digits.length >= compact.length - 1) {
    for (const country of ['US', 'MX'] as const) {
      const phone = normalisePhone(query, country);
      if (phone) probes.push({ kind: 'phone', exact: phone });
    }
  }
  probes.push({ kind: 'serial', suffix: compact }, { kind: 'plate', suffix: compact });
  const vin = normaliseVin(query);
  if (vin) probes.push({ kind: 'vin', exact: vin });
  const licence = normaliseLicence(query);
  if (licence) probes.push({ kind: 'ffl', exact: licence });
  probes.push({ kind: 'account', suffix: digits.length >= 4 ? digits : compact });
  return probes;
}

/** Records holding an identifier that the query normalises to. */
export function recordsByIdentifier(db: Db, query: string): number[] {
  const exact = db.prepare('SELECT record_id AS id FROM record_identifiers WHERE kind = ? AND value = ?');
  // Keys are "PREFIX:VALUE"; an indexed range on the kind, then the suffix compared.
  const suffix = db.prepare(
    `SELECT record_id AS id FROM record_identifiers WHERE kind = ? AND substr(value, instr(value, ':') + 1) = ?`,
  );
  const ids = new Set<number>();
  for (const p of identifierProbes(query)) {
    const rows = (p.exact ? exact.all(p.kind, p.exact) : suffix.all(p.kind, p.suffix)) as { id: number }[];
    for (const r of rows) ids.add(r.id);
  }
  return [...ids];
}

/** Most edits allowed for a word of this length: none below 4 letters, one up to 6, two beyond. */
const maxEdits = (word: string) => (word.length < 4 ? 0 : word.length <= 6 ? 1 : 2);

/** Indexed words close to each query word (by edit distance or sound), per query word. */
export function similarWords(db: Db, query: string): string[][] {
  const words = foldText(query).split(' ').filter(Boolean).slice(0, 6);
  if (!words.some((w) => maxEdits(w) > 0 && !/\d/.test(w))) return [];
  const vocabulary = indexedWords(db);
  return words.map((word) => {
    const edits = maxEdits(word);
    if (edits === 0 || /\d/.test(word)) return [word];
    const sound = doubleMetaphone(word)[0];
    const close = vocabulary.filter(
      (term) =>
        Math.abs(term.length - word.length) <= edits &&
        (damerauLevenshtein(edits, word, term) <= edits || (term[0] === word[0] && sameSound(term, sound))),
    );
    return close.length ? close.slice(0, 20) : [word];
  });
}

const sameSound = (term: string, sound: string) => sound.length >= 3 && doubleMetaphone(term)[0] === sound;

/** The words the full-text index holds (letters only), through a per-connection fts5vocab table. */
function indexedWords(db: Db): string[] {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, record_search, row)');
  const rows = db.prepare(`SELECT term FROM temp.search_words WHERE term GLOB '[a-z]*'`).all() as {
    term: string;
  }[];
  return rows.map((r) => r.term).filter((t) => !/\d/.test(t));
}
