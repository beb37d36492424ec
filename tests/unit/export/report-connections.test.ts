// The report's connections section on a big workspace: the strongest pairs only, with a line
// saying how many more there are and where; laid out in slices that report their progress
// and stop on Cancel; the column heads on every page it fills. Read from the PDF's own pages.
import { describe, expect, it } from 'vitest';
import { newDoc, pagesOf } from './report-fixtures';
import {
  connectionsSection,
  EVIDENCE_SHOWN,
  PAIRS_SHOWN,
} from '../../../renderer/src/components/report/connections-section';
import type { CaseConnection } from '../../../shared/contract/model';

const FRAME = { head: 46, foot: 44, side: 40, y: 74 };

const pair = (i: number) => `PAIR-${String(i).padStart(3, '0')}`;
/** Text as a PDF string holds it (brackets and backslashes escaped). */
const pdfString = (text: string) => text.replace(/[()\\]/g, '\\$&');

/** `pairs` case pairs, each sharing `shared` phones (fictional 555-01xx numbers). */
function connections(pairs: number, shared: number): CaseConnection[] {
  return Array.from({ length: pairs }, (_, i) => ({
    caseA: { id: 2 * i + 1, number: `${pair(i)}-A`, title: 'Sample case' },
    caseB: { id: 2 * i + 2, number: `${pair(i)}-B`, title: 'Sample case' },
    evidence: Array.from({ length: shared }, (_, k) => ({
      entityId: i * 1000 + k,
      entityLabel: `(555) 010-01${String(k % 100).padStart(2, '0')} #${k}`,
      entityType: 'phone' as const,
      reason: 'identifier' as const,
      identifierKind: 'phone' as const,
      identifierValue: `555010${k}`,
      recordIds: [1, 2],
    })),
  }));
}

describe('the report’s connections between cases', () => {
  it('lists the strongest pairs only, says how many more there are, with the heads on every page', async () => {
    const doc = newDoc();
    const slices: [number, number][] = [];
    await connectionsSection(
      doc,
      connections(PAIRS_SHOWN + 50, EVIDENCE_SHOWN + 5),
      PAIRS_SHOWN + 50,
      FRAME,
      {
        onSlice: (done, total) => slices.push([done, total]),
      },
    );
    const pages = pagesOf(doc).slice(1);
    const all = pages.join('\n');
    expect(all).toContain(`The ${PAIRS_SHOWN} strongest of 150 connected case pairs. The other 50 are in`);
    expect(all).toContain(`${pair(PAIRS_SHOWN - 1)}-A <-> ${pair(PAIRS_SHOWN - 1)}-B`);
    expect(all).not.toContain(`${pair(PAIRS_SHOWN)}-A`);
    const more = pdfString('... and 5 more shared entities (Connections tab).');
    expect(all.split(more).length - 1).toBe(PAIRS_SHOWN);
    expect(all).not.toContain(`#${EVIDENCE_SHOWN}`);
    expect(pages.length).toBeGreaterThan(10);
    for (const [n, page] of pages.entries())
      expect(page, `page ${n + 2}`).toContain('Why it connects the cases');
    // More than one slice, each reported, the last at the end.
    expect(slices.length).toBeGreaterThan(2);
    expect(slices.at(-1)).toEqual([PAIRS_SHOWN, PAIRS_SHOWN]);
    expect(slices.map(([done]) => done)).toEqual([...slices.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('stops between slices once cancelled', async () => {
    const doc = newDoc();
    const controller = new AbortController();
    const slices: number[] = [];
    const section = connectionsSection(doc, connections(PAIRS_SHOWN, 10), PAIRS_SHOWN, FRAME, {
      signal: controller.signal,
      onSlice: (done) => {
        slices.push(done);
        controller.abort();
      },
    });
    await expect(section).rejects.toThrow();
    expect(slices).toHaveLength(1);
  });

  it('a small workspace: every pair, no line about more', async () => {
    const doc = newDoc();
    await connectionsSection(doc, connections(3, 2), 3, FRAME, { onSlice: () => {} });
    const all = pagesOf(doc).join('\n');
    expect(all).toContain('PAIR-002-A <-> PAIR-002-B');
    expect(all).not.toContain('strongest of');
  });

  it('no pairs: says so', async () => {
    const doc = newDoc();
    await connectionsSection(doc, [], 0, FRAME, { onSlice: () => {} });
    expect(pagesOf(doc).join('\n')).toContain('No two cases share an entity.');
  });
});
