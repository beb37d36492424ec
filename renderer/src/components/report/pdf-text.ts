// jsPDF's built-in fonts (no font file to ship) cover WinAnsi only: Latin-1 and a few
// typographic marks. Other characters are spelled out or replaced, never garbled.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SPELLED: Record<string, string> = { '↔': '<->', '→': '->', '←': '<-', '↓': 'v', '≥': '>=', '≤': '<=' };

export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code <= 0xff || WIN_ANSI_EXTRA.has(ch) ? ch : (SPELLED[ch] ?? '?');
  }
  return out;
}
