// The case map of the report: every case on a circle, a line between two cases for each
// pair that shares entities (thicker for more), labelled with how many. Drawn from
// connections.list straight into the PDF as vector shapes.
import type { jsPDF } from 'jspdf';
import type { CaseConnection, CaseSummary } from '../../../../shared/contract/model';
import { pdfSafe } from './pdf-text';

const LABEL_WIDTH = 130;

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
  const most = Math.max(1, ...connections.map((c) => c.evidence.length));
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
