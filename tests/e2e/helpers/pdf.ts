// Reading a saved PDF back as a briefing reader would, with Debian's poppler-utils.
import { expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const pdfPageCount = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

/**
 * One page's text, laid out as printed. A big vector chart page lays its tiny labels out
 * padded with spaces to their places: over 1 MB of text (execFileSync's default buffer), as
 * much as the layout happens to spread them.
 */
export const pdfPageText = (pdf: string, n: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

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

/** The images on one page, a row each as `pdfimages -list` prints them (header left out). */
export const pdfPageImages = (pdf: string, n: number): string[] =>
  execFileSync('pdfimages', ['-list', '-f', String(n), '-l', String(n), pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());

/** Pages `first`..`last` as PNGs at `dpi` (`<prefix>-<n>.png`), for people to look at. */
export function savePdfPages(
  pdf: string,
  prefix: string,
  pages: { first: number; last: number; dpi: number },
) {
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  const { first, last, dpi } = pages;
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdf, prefix]);
}
