// Bounded quotes of outside input in messages: a 50 MB line must not become a 50 MB
// error (or an "Invalid string length" when joined). Every message that repeats what a
// file said goes through here.

/** Most characters of outside input any one message quotes. */
export const MAX_QUOTE_CHARS = 200;

/** The text, cut to max characters with a note of how long it really was. */
export function clip(text: string, max = MAX_QUOTE_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters in all)`;
}

/** A list of names, joined, showing at most max characters of it. */
export function clipList(names: readonly string[], max = MAX_QUOTE_CHARS): string {
  let out = '';
  for (let i = 0; i < names.length; i++) {
    const next = out ? `${out}, ${names[i]}` : names[i]!;
    if (next.length > max) return `${clip(next, max)} (${names.length} names)`;
    out = next;
  }
  return out;
}

/** Smallest and largest of a list of numbers without spreading it (a spread overflows the stack). */
export function minMax(values: Iterable<number>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min === Infinity ? null : { min, max };
}
