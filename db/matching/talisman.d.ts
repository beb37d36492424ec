// Typings for the parts of talisman the matching engine uses (the package ships none).
declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro-Winkler similarity in [0, 1]. */
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
  export const similarity: (a: string, b: string) => number;
}
declare module 'talisman/phonetics/double-metaphone.js' {
  /** Primary and secondary Double Metaphone codes. */
  const doubleMetaphone: (word: string) => [string, string];
  export default doubleMetaphone;
}
declare module 'talisman/metrics/damerau-levenshtein.js' {
  /** Damerau-Levenshtein distance, or Infinity once it exceeds max. */
  export const limited: (max: number, a: string, b: string) => number;
}
