// The report's indicators on a big workspace: each kind's strongest only, strongest first,
// with its heading, a line saying how many more there are and where, and the evidence of one
// indicator cut to a few lines with the count of the rest; laid out in slices that report
// their progress and stop on Cancel. Read from the PDF's own pages.
import { describe, expect, it } from 'vitest';
import { newDoc, pagesOf } from './report-fixtures';
import type { IndicatorHit, IndicatorKind } from '../../../shared/contract/analysis-model';
import {
  EVIDENCE_SHOWN,
  HITS_SHOWN,
  indicatorsSection,
} from '../../../renderer/src/components/report/indicators-section';

const FRAME = { head: 46, foot: 44, side: 40, y: 74 };
const WHERE = "the workbench's Analysis tab (Trafficking indicators)";
/** Text as a PDF string holds it (brackets and backslashes escaped). */
const pdfString = (text: string) => text.replace(/[()\\]/g, '\\$&');

/** `n` indicators of a kind on firearms TRN-SMP-<kind>-<i>, with values from `value(i)`. */
function hits(kind: IndicatorKind, n: number, value: (i: number) => number, evidence = 2): IndicatorHit[] {
  return Array.from({ length: n }, (_, i) => ({
    kind,
    entity: { id: i, type: 'firearm' as const, label: `TRN-SMP-${kind}-${String(i).padStart(3, '0')}` },
    summary: `figure ${value(i)}`,
    evidence: Array.from({ length: evidence }, (_, k) => `fact ${k + 1} of ${kind} ${i}`),
    caseNumbers: ['SMP-2021-001'],
    value: value(i),
  }));
}

/** The entity labels of the table, in the order they are drawn. */
const labelsIn = (text: string) => [...text.matchAll(/\((TRN-SMP-[a-z_]+-\d{3})\) Tj/g)].map((m) => m[1]!);

describe('the report’s indicators', () => {
  it('lists each kind’s strongest first, says how many more there are and where, heads on every page', async () => {
    const doc = newDoc();
    // Time-to-crime: days 200, 199, … (the fewest days are the last found); cross-agency: 3 or 4 agencies.
    const found = [
      ...hits('multiple_sale', 3, (i) => 2 + i),
      ...hits('time_to_crime', HITS_SHOWN + 20, (i) => 200 - i),
      ...hits('cross_agency', HITS_SHOWN + 80, (i) => (i % 2 ? 4 : 3)),
    ];
    const slices: [number, number][] = [];
    await indicatorsSection(doc, found, FRAME, { onSlice: (done, total) => slices.push([done, total]) });
    const pages = pagesOf(doc).slice(1);
    const all = pages.join('\n');
    const listed = 3 + 2 * HITS_SHOWN;
    expect(all).toContain(
      `The ${HITS_SHOWN} strongest of each kind: ${listed} of the ${found.length} indicators found. The other 100`,
    );
    expect(all).toContain('Multiple sale: 3 found)');
    expect(all).toContain(`Short time-to-crime: 70 found, the ${HITS_SHOWN} with the fewest days listed`);
    expect(all).toContain(
      `One identifier, several agencies: 130 found, the ${HITS_SHOWN} with the most agencies listed`,
    );
    expect(all).toContain(pdfString(`... and 20 more short time-to-crime (${WHERE}).`));
    expect(all).toContain(pdfString(`... and 80 more one identifier, several agencies (${WHERE}).`));
    expect(all).not.toContain('more multiple sale');

    const labels = labelsIn(all);
    expect(labels).toHaveLength(listed);
    // Multiple sales: the most firearms first; time-to-crime: the fewest days (the last found) first.
    expect(labels.slice(0, 3)).toEqual([
      'TRN-SMP-multiple_sale-002',
      'TRN-SMP-multiple_sale-001',
      'TRN-SMP-multiple_sale-000',
    ]);
    const days = labels.slice(3, 3 + HITS_SHOWN).map((l) => 200 - Number(l.slice(-3)));
    expect(days).toEqual(Array.from({ length: HITS_SHOWN }, (_, i) => 131 + i));
    // Cross-agency: the 65 in 4 agencies' cases come first, in the order found, and only they are listed.
    const agencies = labels.slice(3 + HITS_SHOWN).map((l) => Number(l.slice(-3)));
    expect(agencies).toEqual(Array.from({ length: HITS_SHOWN }, (_, i) => 2 * i + 1));

    expect(pages.length).toBeGreaterThan(5);
    for (const [n, page] of pages.entries()) expect(page, `page ${n + 2}`).toContain('(Evidence) Tj');
    expect(slices.length).toBeGreaterThan(2);
    expect(slices.at(-1)).toEqual([listed, listed]);
    expect(slices.map(([done]) => done)).toEqual([...slices.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('cuts one indicator’s evidence to a few lines and counts the rest', async () => {
    const doc = newDoc();
    await indicatorsSection(
      doc,
      hits('multiple_sale', 1, () => 30, 30),
      FRAME,
      { onSlice: () => {} },
    );
    const all = pagesOf(doc).join('\n');
    expect(all).toContain(`(fact ${EVIDENCE_SHOWN} of multiple_sale 0)`);
    expect(all).not.toContain(`fact ${EVIDENCE_SHOWN + 1} of`);
    expect(all).toContain(`(... and ${30 - EVIDENCE_SHOWN} more)`);
  });

  it('stops between slices once cancelled', async () => {
    const doc = newDoc();
    const controller = new AbortController();
    const slices: number[] = [];
    const section = indicatorsSection(
      doc,
      hits('cross_agency', HITS_SHOWN, () => 3),
      FRAME,
      {
        signal: controller.signal,
        onSlice: (done) => {
          slices.push(done);
          controller.abort();
        },
      },
    );
    await expect(section).rejects.toMatchObject({ name: 'AbortError' });
    expect(slices).toHaveLength(1);
    expect(labelsIn(pagesOf(doc).join('\n'))).toHaveLength(slices[0]!);
  });

  it('a small workspace: every indicator, no line about more; none found: says so', async () => {
    const doc = newDoc();
    await indicatorsSection(
      doc,
      hits('time_to_crime', 4, (i) => 10 + i),
      FRAME,
      { onSlice: () => {} },
    );
    const all = pagesOf(doc).join('\n');
    expect(labelsIn(all)).toHaveLength(4);
    expect(all).not.toContain('strongest of each kind');
    expect(all).not.toMatch(/and \d+ more/);
    const empty = newDoc();
    await indicatorsSection(empty, [], FRAME, { onSlice: () => {} });
    expect(pagesOf(empty).join('\n')).toContain('(None at the workspace thresholds.) Tj');
  });
});
