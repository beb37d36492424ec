// Reading a saved PDF back as a briefing reader would, with Debian's poppler-utils.
import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';

export const pdfPageCount = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/** One page's text, laid out as printed. */
export const pdfPageText = (pdf: string, n: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });

/** Every page opens and closes with the caveat, and its last line numbers it "Page n of N". */
export function expectCaveatOnEveryPage(pdf: string, pages: number, caveat: string): void {
  for (let n = 1; n <= pages; n++) {
    const lines = pdfPageText(pdf, n)
      .split('\n')
      .filter((l) => l.trim());
    expect(lines[0], `caveat at the top of page ${n}`).toContain(caveat);
    expect(lines.at(-1), `caveat at the bottom of page ${n}`).toContain(caveat);
    expect(lines.at(-1)).toContain(`Page ${n} of ${pages}`);
  }
}
