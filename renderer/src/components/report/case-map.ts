// The case map of the report: every case on a circle, a line between two cases for each
// pair that shares entities (thicker for more), labelled with how many. Drawn from
// connections.list straight into the PDF as vector shapes. A big workspace's thousands of
// pairs made a page of solid ink and a task of 0.1-0.2 s (7,000 pairs of 640 cases at 24,000
// records): past PAIRS_SHOWN pairs it draws the strongest, the ones the Connections section
// lists, with their cases, and its caption says so.
import type { jsPDF } from 'jspdf';
import type { CaseConnection, CaseSummary } from '../../../../shared/contract/model';
import { PAIRS_SHOWN } from './report-data';
import { pdfSafe } from './pdf-text';

const LABEL_WIDTH = 130;

export interface CaseMapScope {
  cases: CaseSummary[];
  connections: CaseConnection[];
  /** The line under the heading: what the map shows. */
  caption: string;
}

/**
 * What the report's case map draws: everything, or the strongest pairs and their cases.
 * `connections` are the strongest pairs (at least the PAIRS_SHOWN drawn) of `total` connected.
 */
export function caseMapScope(
  cases: CaseSummary[],
  connections: CaseConnection[],
  total: number,
): CaseMapScope {
  const all = 'A line joins two cases that share entities; its number is how many.';
  if (total <= PAIRS_SHOWN) return { cases, connections, caption: all };
  const shown = connections.slice(0, PAIRS_SHOWN);
  const ids = new Set(shown.flatMap((c) => [c.caseA.id, c.caseB.id]));
  const drawn = cases.filter((c) => ids.has(c.id));
  const n = (v: number) => v.toLocaleString('en-US');
  return {
    cases: drawn,
    connections: shown,
    caption: `${all} The ${PAIRS_SHOWN} strongest of ${n(total)} connected case pairs, between ${n(drawn.length)} of the ${n(cases.length)} cases; the workbench's case map shows them all.`,
  };
}

export function drawCaseMap(
  doc: jsPDF,
  cases: CaseSummary[],
  connections: CaseConnection[],
  box: { x: number; y: number; w: number; h: number },
): void {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  // Room at the sides for the labels: the case number, and the agency wrapped under it.
  const r = Math.min(box.h / 2 - 24, box.w / 2 - LABEL_WIDTH - 16);
  const at = new Map(
    cases.map((c, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(cases.length, 1);
      return [c.id, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), a }];
    }),
  );
  const most = connections.reduce((m, c) => Math.max(m, c.evidence.length), 1);
  doc.setDrawColor(217, 72, 15);
  for (const conn of connections) {
    const a = at.get(conn.caseA.id);
    const b = at.get(conn.caseB.id);
    if (!a || !b) continue;
    doc.setLineWidth(0.8 + (3.5 * conn.evidence.length) / most);
    doc.line(a.x, a.y, b.x, b.y);
    doc.setFontSize(7);
    doc.setTextColor(120, 50, 10);
    doc.text(String(conn.evidence.length), (a.x + b.x) / 2, (a.y + b.y) / 2 - 2, { align: 'center' });
  }
  const linked = new Set(connections.flatMap((c) => [c.caseA.id, c.caseB.id]));
  for (const c of cases) {
    const p = at.get(c.id)!;
    doc.setFillColor(...((linked.has(c.id) ? [47, 109, 176] : [173, 181, 189]) as [number, number, number]));
    doc.circle(p.x, p.y, 6, 'F');
    const right = Math.cos(p.a) >= 0;
    const x = p.x + (right ? 10 : -10);
    const align = right ? 'left' : 'right';
    doc.setFont('helvetica', 'bold').setFontSize(8).setTextColor(31, 41, 51);
    doc.text(c.number, x, p.y + 1, { align });
    doc.setFont('helvetica', 'normal').setFontSize(6.5).setTextColor(82, 96, 109);
    doc.text(doc.splitTextToSize(pdfSafe(c.agency), LABEL_WIDTH) as string[], x, p.y + 9, { align });
  }
}
