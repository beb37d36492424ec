// Reading a saved PDF back as a briefing reader would, with Debian's poppler-utils.
import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';

export const pdfPageCount = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** One page's text, laid out as printed. */
export const pdfPageText = (pdf: string, n: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });

/**
 * Every page opens and closes with the caveat, and its last line numbers it "Page n of N".
 * `unread`: pages poppler cannot read whole (past 50,000 tiny characters on a page, as a big
 * vector chart has, it drops every narrow glyph drawn after them, the caveat's "I"s too).
 */
export function expectCaveatOnEveryPage(
  pdf: string,
  pages: number,
  caveat: string,
  unread: number[] = [],
): void {
  for (let n = 1; n <= pages; n++) {
    if (unread.includes(n)) continue;
    const lines = pdfPageText(pdf, n)
      .split('\n')
      .filter((l) => l.trim());
    expect(lines[0], `caveat at the top of page ${n}`).toContain(caveat);
    expect(lines.at(-1), `caveat at the bottom of page ${n}`).toContain(caveat);
    expect(lines.at(-1)).toContain(`Page ${n} of ${pages}`);
  }
}
