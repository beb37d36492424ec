// The report's case map on a big workspace: past the pairs the Connections section lists it
// draws the strongest pairs and their cases only, and its caption says how many of each;
// a small workspace's map draws every case, linked or not. Read from the PDF page drawn.
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { caseMapScope, drawCaseMap } from '../../../renderer/src/components/report/case-map';
import { PAIRS_SHOWN } from '../../../renderer/src/components/report/connections-section';
import type { CaseConnection } from '../../../shared/contract/model';
import { sampleCase } from './report-fixtures';

const number = (id: number) => sampleCase(id).number;

/** Pairs (1,2), (3,4), … strongest first, the i-th sharing `pairs - i` entities. */
function pairs(n: number): CaseConnection[] {
  return Array.from({ length: n }, (_, i) => ({
    caseA: { id: 2 * i + 1, number: number(2 * i + 1), title: 'Sample case' },
    caseB: { id: 2 * i + 2, number: number(2 * i + 2), title: 'Sample case' },
    evidence: Array.from({ length: n - i }, (_, k) => ({
      entityId: k,
      entityLabel: `Sample entity ${k}`,
      entityType: 'phone' as const,
      reason: 'identifier' as const,
      recordIds: [1],
    })),
  }));
}

function drawn(scope: ReturnType<typeof caseMapScope>): string {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', orientation: 'landscape', compress: false });
  drawCaseMap(doc, scope.cases, scope.connections, { x: 40, y: 80, w: 712, h: 440 });
  return (doc.internal as unknown as { pages: string[][] }).pages[1]!.join('\n');
}

describe('the report’s case map', () => {
  it('draws the strongest pairs and their cases only past the pairs listed, and says so', () => {
    const cases = Array.from({ length: 2 * PAIRS_SHOWN + 60 }, (_, i) => sampleCase(i + 1));
    // The report reads the strongest PAIRS_SHOWN pairs and the count of all.
    const scope = caseMapScope(cases, pairs(PAIRS_SHOWN + 30).slice(0, PAIRS_SHOWN), PAIRS_SHOWN + 30);
    expect(scope.caption).toContain(
      `The ${PAIRS_SHOWN} strongest of ${PAIRS_SHOWN + 30} connected case pairs, between ${2 * PAIRS_SHOWN} of the ${cases.length} cases; the workbench's case map shows them all.`,
    );
    const page = drawn(scope);
    expect(page).toContain(`(${number(1)}) Tj`);
    expect(page).toContain(`(${number(2 * PAIRS_SHOWN)}) Tj`);
    expect(page).not.toContain(number(2 * PAIRS_SHOWN + 1));
    // One line a pair, labelled with its count: the strongest shares 130 entities.
    expect(page.match(/ l\nS/g)).toHaveLength(PAIRS_SHOWN);
    expect(page).toContain(`(${PAIRS_SHOWN + 30}) Tj`);
  });

  it('a small workspace: every case, linked or not, every pair', () => {
    const cases = Array.from({ length: 9 }, (_, i) => sampleCase(i + 1));
    const scope = caseMapScope(cases, pairs(3), 3);
    expect(scope.caption).toBe('A line joins two cases that share entities; its number is how many.');
    const page = drawn(scope);
    for (const c of cases) expect(page).toContain(`(${c.number}) Tj`);
    expect(page.match(/ l\nS/g)).toHaveLength(3);
  });
});
