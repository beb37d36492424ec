// Typings for the part of talisman that typo-tolerant search uses (the package ships none).
declare module 'talisman/metrics/damerau-levenshtein.js' {
  /** Edit distance with transpositions; `limited` gives up (returns Infinity) past max. */
  const damerauLevenshtein: (a: string, b: string) => number;
  export default damerauLevenshtein;
  export const limited: (max: number, a: string, b: string) => number;
}
