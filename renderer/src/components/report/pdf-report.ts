// The briefing report as a PDF (jsPDF, tables with jspdf-autotable): title page, the chart
// with its legend, the case map, the connections between cases with the identifiers and
// matches behind each, the paths found step by step with their records, the key players
// and the indicators; the caveat on every page, top and bottom, and "Page n of N".
// The chart is vector (svg2pdf.js, chart-vector.ts: names stay text), or for a chart too big
// for that an image at 200 DPI, which its page says.
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput } from 'jspdf-autotable';
import { keyPlayersTable, pathsTable } from '../export/tables';
import { caseMapScope, drawCaseMap } from './case-map';
import { connectionsSection } from './connections-section';
import { drawSvg, type DrawControl } from './chart-vector';
import { indicatorsSection } from './indicators-section';
import { pdfSafe as t } from './pdf-text';
import { writePdf } from './pdf-write';
import { KEY_PLAYER_ROWS, type ReportData } from './report-data';

export interface ReportOptions {
  title: string;
  analyst: string;
  caveat: string;
  date: string;
  paper: 'letter' | 'a4';
  /** "42 entities from 6 cases". */
  scaleNote: string;
}

/** The chart page's picture: SVG sized to chartArea in pt, or a JPEG with why it is one. */
export type ReportChart =
  | { kind: 'vector'; svg: string }
  | { kind: 'raster'; jpeg: Uint8Array; width: number; height: number; note: string };

/** Room kept at the top and bottom of every page for the caveat and page number (pt). */
const HEAD = 46;
const FOOT = 44;
const SIDE = 40;
export const REPORT_DPI = 200;
const CHART_PAGE = 2;

type Progress = (step: number, total: number, label: string) => void;
const slice = () => new Promise((r) => setTimeout(r, 0));

/** An aborted signal stops the report between steps and between the chart's slices. */
export async function buildReport(
  data: ReportData,
  chart: ReportChart | null,
  o: ReportOptions,
  onProgress: Progress = () => {},
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'pt', format: o.paper, orientation: 'landscape', compress: true });
  doc.setProperties({ title: t(o.title), author: t(o.analyst), creator: 'Thorline' });
  // The chart's page is drawn in slices, the connections and indicators laid out in slices:
  // their steps say how far they have come.
  const sliceProgress = (label: string, what: string) => (done: number, total: number) =>
    onProgress(
      sections.findIndex(([step]) => step === label),
      sections.length + 1,
      `${label}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what}`,
    );
  const frame = (title: string) => ({ head: HEAD, foot: FOOT, side: SIDE, y: newSection(doc, title) });
  // The chart page (page 2) is made last, after its caveat and page number are on it: readers
  // built on poppler (pdftotext, Evince) drop narrow letters drawn after a page's first 50,000
  // tiny characters, which a big chart's labels reach.
  const sections: [string, () => void | Promise<void>][] = [
    ['Title page', () => titlePage(doc, data, o)],
    ['Case map', () => caseMapPage(doc, data)],
    [
      'Connections',
      () =>
        connectionsSection(doc, data.connections, data.connectionCount, frame('Connections between cases'), {
          signal,
          onSlice: sliceProgress('Connections', 'case pairs laid out'),
        }),
    ],
    ['Paths', () => pathsSection(doc, data)],
    ['Key players', () => keyPlayersSection(doc, data)],
    [
      'Indicators',
      () =>
        indicatorsSection(doc, data.indicators, frame('Indicators found'), {
          signal,
          onSlice: sliceProgress('Indicators', 'laid out'),
        }),
    ],
    ['Page numbers', () => decorate(doc.insertPage(CHART_PAGE), o)],
    [
      'Chart',
      () => chartPage(doc, chart, o.paper, { signal, onProgress: sliceProgress('Chart', 'parts drawn') }),
    ],
  ];
  for (const [i, [label, run]] of sections.entries()) {
    onProgress(i, sections.length + 1, label);
    // Each step's start is marked, so a profile (and briefing-big.spec) can say which step a long task was in.
    performance.mark(`report: ${label}`);
    await slice();
    signal?.throwIfAborted();
    await run();
  }
  // Writing the file: the pages are compressed in a worker, then put together in one task.
  onProgress(sections.length, sections.length + 1, 'Writing the PDF');
  performance.mark('report: Writing the PDF');
  await slice();
  signal?.throwIfAborted();
  const pdf = await writePdf(doc);
  performance.mark('report: done');
  return pdf;
}

const pageSize = (doc: jsPDF) => ({
  w: doc.internal.pageSize.getWidth(),
  h: doc.internal.pageSize.getHeight(),
});

function titlePage(doc: jsPDF, data: ReportData, o: ReportOptions) {
  const { w, h } = pageSize(doc);
  doc.setFont('helvetica', 'bold').setFontSize(30).setTextColor(31, 41, 51);
  doc.text(
    doc.splitTextToSize(t(o.title || 'Link analysis briefing'), w - 2 * SIDE - 40) as string[],
    SIDE + 20,
    h * 0.32,
  );
  doc.setFont('helvetica', 'normal').setFontSize(14).setTextColor(82, 96, 109);
  const lines = [
    o.analyst && `Analyst: ${o.analyst}`,
    `Date: ${o.date}`,
    o.scaleNote,
    `${data.connectionCount.toLocaleString('en-US')} pairs of cases connected`,
  ].filter(Boolean) as string[];
  doc.text(lines.map(t), SIDE + 20, h * 0.32 + 50, { lineHeightFactor: 1.6 });
  if (o.caveat) {
    doc.setFillColor(122, 31, 31).rect(SIDE + 20, h * 0.62, w - 2 * SIDE - 40, 34, 'F');
    doc.setFont('helvetica', 'bold').setFontSize(14).setTextColor(255, 255, 255);
    doc.text(t(o.caveat), w / 2, h * 0.62 + 22, { align: 'center' });
  }
  doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(82, 96, 109);
  // Hundreds of cases would run over the page's caveat and number: as many lines as fit.
  const room = Math.floor((h - FOOT - 12 - h * 0.75) / (9 * doc.getLineHeightFactor()));
  const numbers = data.cases.map((c) => t(c.number));
  doc.text(caseLines(doc, numbers, w - 2 * SIDE - 40, room), SIDE + 20, h * 0.75);
}

/** "Cases: A, B, …" in at most maxLines lines, the last saying how many more there are. */
function caseLines(doc: jsPDF, numbers: string[], width: number, maxLines: number): string[] {
  const lines = doc.splitTextToSize(`Cases: ${numbers.join(', ')}`, width) as string[];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines - 1));
  const shown = kept
    .join(' ')
    .replace(/^Cases:/, '')
    .split(',')
    .filter((n) => n.trim()).length;
  return [...kept, `... and ${(numbers.length - shown).toLocaleString('en-US')} more.`];
}

function heading(doc: jsPDF, text: string, y = HEAD + 14): number {
  doc.setFont('helvetica', 'bold').setFontSize(16).setTextColor(31, 41, 51);
  doc.text(t(text), SIDE, y);
  doc.setFont('helvetica', 'normal');
  return y + 14;
}

function newSection(doc: jsPDF, title: string): number {
  doc.addPage();
  return heading(doc, title);
}

/** The area of a page the chart image fills (pt), for sizing the image at REPORT_DPI. */
export function chartArea(paper: 'letter' | 'a4') {
  const doc = new jsPDF({ unit: 'pt', format: paper, orientation: 'landscape' });
  const { w, h } = pageSize(doc);
  return { w: w - 2 * SIDE, h: h - HEAD - FOOT - 28 };
}

/** On the page inserted for it, already numbered. */
async function chartPage(
  doc: jsPDF,
  chart: ReportChart | null,
  paper: ReportOptions['paper'],
  control: DrawControl,
) {
  const y = heading(doc.setPage(CHART_PAGE), 'Link chart');
  if (!chart) {
    doc.setFontSize(11).text('The chart is empty.', SIDE, y + 10);
    return;
  }
  if (chart.kind === 'vector') return drawSvg(doc, chart.svg, SIDE, y, control);
  const area = chartArea(paper);
  const scale = Math.min(area.w / chart.width, area.h / chart.height);
  doc.addImage(chart.jpeg, 'JPEG', SIDE, y, chart.width * scale, chart.height * scale);
  doc.setFont('helvetica', 'normal').setFontSize(8).setTextColor(82, 96, 109);
  doc.text(t(chart.note), SIDE, y + area.h + 12);
}

function caseMapPage(doc: jsPDF, data: ReportData) {
  const y = newSection(doc, 'Case map');
  const scope = caseMapScope(data.cases, data.connections, data.connectionCount);
  const { w, h } = pageSize(doc);
  doc.setFontSize(9).setTextColor(82, 96, 109);
  const caption = doc.splitTextToSize(t(scope.caption), w - 2 * SIDE) as string[];
  doc.text(caption, SIDE, y + 2);
  const top = y + 10 + (caption.length - 1) * 11;
  drawCaseMap(doc, scope.cases, scope.connections, {
    x: SIDE,
    y: top,
    w: w - 2 * SIDE,
    h: h - top - FOOT - 4,
  });
}

const table = (
  doc: jsPDF,
  startY: number,
  head: string[],
  body: RowInput[],
  widths: Record<number, number> = {},
) =>
  autoTable(doc, {
    startY,
    head: [head.map(t)],
    body,
    margin: { top: HEAD + 6, bottom: FOOT + 6, left: SIDE, right: SIDE },
    styles: { fontSize: 8, cellPadding: 3, overflow: 'linebreak' },
    headStyles: { fillColor: [47, 109, 176] },
    columnStyles: Object.fromEntries(Object.entries(widths).map(([k, v]) => [k, { cellWidth: v }])),
  });

const lastY = (doc: jsPDF) => (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;

function pathsSection(doc: jsPDF, data: ReportData) {
  const y = newSection(doc, 'Paths');
  if (!data.paths || data.paths.list.length === 0) {
    doc.setFontSize(10).setTextColor(82, 96, 109);
    doc.text(
      'No path was asked for: choose two ends in Analysis > Paths before making the report.',
      SIDE,
      y + 6,
    );
    return;
  }
  const p = data.paths;
  doc.setFontSize(10).setTextColor(31, 41, 51);
  doc.text(t(`From ${p.from} to ${p.to}: ${p.list.length} path(s), shortest first.`), SIDE, y + 4);
  let at = y + 14;
  p.list.slice(0, 5).forEach((path, i) => {
    doc.setFont('helvetica', 'bold').setFontSize(11);
    if (at > pageSize(doc).h - FOOT - 60) {
      doc.addPage();
      at = HEAD + 14;
    }
    doc.text(
      t(`Path ${i + 1}${i === p.drawn ? ' (drawn on the chart)' : ''}: ${path.steps.length} steps`),
      SIDE,
      at + 8,
    );
    doc.setFont('helvetica', 'normal');
    const rows = pathsTable([path]).rows.map((r) => r.slice(1).map((c) => t(String(c ?? ''))));
    table(doc, at + 14, ['Step', 'From', 'Link', 'To', 'Cases', 'Source records'], rows, { 0: 30 });
    at = lastY(doc) + 10;
  });
}

function keyPlayersSection(doc: jsPDF, data: ReportData) {
  const y = newSection(doc, 'Key players');
  const s = data.structure;
  doc.setFontSize(10).setTextColor(82, 96, 109);
  doc.text(
    t(
      `${s.entityCount} entities in ${s.networkCount} separate network(s), ${s.communityCount} communities; the ${KEY_PLAYER_ROWS} highest by betweenness (brokers between groups).`,
    ),
    SIDE,
    y + 4,
  );
  const players = keyPlayersTable(data.keyPlayers);
  const keep = [0, 1, 3, 2, 4, 5, 9];
  table(
    doc,
    y + 12,
    keep.map((k) => players.columns[k]!),
    players.rows.slice(0, KEY_PLAYER_ROWS).map((r) => keep.map((k) => t(String(r[k] ?? '')))),
  );
}

function decorate(doc: jsPDF, o: ReportOptions) {
  const { w, h } = pageSize(doc);
  const pages = doc.getNumberOfPages();
  for (let n = 1; n <= pages; n++) {
    doc.setPage(n);
    doc.setFont('helvetica', 'bold').setFontSize(9).setTextColor(122, 31, 31);
    if (o.caveat) {
      doc.text(t(o.caveat), w / 2, 24, { align: 'center' });
      doc.text(t(o.caveat), w / 2, h - 16, { align: 'center' });
    }
    doc.setFont('helvetica', 'normal').setFontSize(8).setTextColor(82, 96, 109);
    doc.text(t(o.title || 'Link analysis briefing'), SIDE, h - 16);
    doc.text(`Page ${n} of ${pages}`, w - SIDE, h - 16, { align: 'right' });
  }
}
