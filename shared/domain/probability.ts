// A match probability as analysts read it, the same in the review screen and the audit log.

/** "99.4 %" with one decimal near the ends of the scale, where the difference matters. */
export function percent(score: number): string {
  const p = score * 100;
  // Rounding 99.97 up to "100.0 %" would claim a certainty the engine never has.
  if (p >= 99.95 && p < 100) return '> 99.9 %';
  const digits = p >= 99 || p < 1 ? 1 : 0;
  return `${p.toFixed(digits)} %`;
}
