// The report's "Indicators found": each trafficking indicator found, grouped by kind, with
// its evidence. A big workspace finds more than a reader can use (1,341 at 24,000 records,
// 125 pages laid out in one task of 0.4-3.3 s): each kind lists its HITS_SHOWN strongest,
// says how many more there are and where to find them (the Analysis tab's indicators, which
// export every one as CSV or XLSX), and the table is laid out a slice of indicators at a
// time (table-in-slices.ts), so the progress line moves and Cancel is heard.
import type { jsPDF } from 'jspdf';
import type { RowInput } from 'jspdf-autotable';
import {
  INDICATOR_KINDS,
  type IndicatorHit,
  type IndicatorKind,
} from '../../../../shared/contract/analysis-model';
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { INDICATOR_LABELS } from '../analysis/IndicatorList';
import { pdfSafe as t } from './pdf-text';
import { tableInSlices, type SectionFrame, type SliceControl } from './table-in-slices';

/** Indicators listed of each kind, strongest first. */
export const HITS_SHOWN = 50;
/** Evidence lines listed under one indicator. */
export const EVIDENCE_SHOWN = 8;
/** Indicators laid out in one task (each a row of at most EVIDENCE_SHOWN + 1 lines). */
const HITS_PER_SLICE = 20;
const WHERE = "the workbench's Analysis tab (Trafficking indicators)";

/** What makes one indicator of a kind stronger than another, as the heading says it. */
const STRONGEST: Record<IndicatorKind, string> = {
  multiple_sale: 'most firearms',
  time_to_crime: 'fewest days',
  high_demand_repeat: 'most firearms',
  cross_agency: 'most agencies',
  far_purchase_recovered_in_mexico: 'most firearms',
};

/** One indicator listed, with the kind's heading above it or the count of the rest below. */
interface Listed {
  hit: IndicatorHit;
  heading?: string;
  more?: string;
}

export async function indicatorsSection(
  doc: jsPDF,
  hits: IndicatorHit[],
  frame: SectionFrame,
  control: SliceControl,
): Promise<void> {
  let y = frame.y;
  const listed = listedOf(hits);
  doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(82, 96, 109);
  const intro = introLine(hits.length, listed.length);
  if (intro) {
    const room = doc.internal.pageSize.getWidth() - 2 * frame.side;
    doc.text(doc.splitTextToSize(t(intro), room) as string[], frame.side, y + 4);
    y += 18;
  }
  const table = {
    columns: ['Entity', 'Type', 'Finding', 'Value', 'Cases', 'Evidence'],
    widths: columnWidths(doc, frame),
    items: listed,
    rowsOf,
    perSlice: HITS_PER_SLICE,
    empty: 'None at the workspace thresholds.',
  };
  await tableInSlices(doc, table, frame, y + 4, control);
}

/** Said above the table when not every indicator found is listed. */
export function introLine(found: number, listed: number): string {
  if (listed === found) return '';
  const n = (v: number) => v.toLocaleString('en-US');
  return `The ${HITS_SHOWN} strongest of each kind: ${n(listed)} of the ${n(found)} indicators found. The other ${n(found - listed)} are in ${WHERE}, which exports every one as CSV or XLSX.`;
}

/** Each kind's strongest HITS_SHOWN, in the Analysis tab's order of kinds. */
function listedOf(hits: IndicatorHit[]): Listed[] {
  return INDICATOR_KINDS.flatMap((kind) => {
    const all = hits.filter((h) => h.kind === kind).sort(strongestFirst);
    const shown = all.slice(0, HITS_SHOWN).map((hit): Listed => ({ hit }));
    if (shown.length === 0) return [];
    const label = INDICATOR_LABELS[kind];
    const rest = all.length - shown.length;
    shown[0]!.heading = rest
      ? `${label}: ${all.length.toLocaleString('en-US')} found, the ${shown.length} with the ${STRONGEST[kind]} listed`
      : `${label}: ${all.length.toLocaleString('en-US')} found`;
    if (rest)
      shown.at(-1)!.more = `... and ${rest.toLocaleString('en-US')} more ${label.toLowerCase()} (${WHERE}).`;
    return shown;
  });
}

/** Fewest days to a recovery first; for the other kinds the highest figure. Ties keep the found order. */
const strongestFirst = (a: IndicatorHit, b: IndicatorHit) =>
  a.kind === 'time_to_crime' ? a.value - b.value : b.value - a.value;

function rowsOf({ hit, heading, more }: Listed): RowInput[] {
  const span = 6;
  const rows: RowInput[] = [];
  if (heading)
    rows.push([
      { content: t(heading), colSpan: span, styles: { fontStyle: 'bold', fillColor: [238, 242, 247] } },
    ]);
  const evidence = hit.evidence.slice(0, EVIDENCE_SHOWN);
  const unlisted = hit.evidence.length - evidence.length;
  if (unlisted > 0) evidence.push(`... and ${unlisted.toLocaleString('en-US')} more`);
  rows.push(
    [
      hit.entity.label,
      ENTITY_TYPE_INFO[hit.entity.type].label,
      hit.summary,
      String(hit.value),
      hit.caseNumbers.join(', '),
      evidence.join('\n'),
    ].map(t),
  );
  if (more)
    rows.push([
      { content: t(more), colSpan: span, styles: { fontStyle: 'italic', textColor: [82, 96, 109] } },
    ]);
  return rows;
}

/** Fixed widths, so every slice's table lines up with the one above it. */
function columnWidths(doc: jsPDF, frame: SectionFrame): number[] {
  const room = doc.internal.pageSize.getWidth() - 2 * frame.side;
  const [type, value] = [55, 36];
  const entity = Math.round(room * 0.18);
  const finding = Math.round(room * 0.16);
  const cases = Math.round(room * 0.14);
  return [entity, type, finding, value, cases, room - entity - type - finding - value - cases];
}
