// The timeline's data (issue 11, point 6), pure: the chart's dated events and their bins.
// An event is a dated entity (a purchase, shipment, crossing, recovery) on each of its dates,
// or a dated link between undated entities (a call between two phones); links into a dated
// entity (sold, purchased, recovered in) repeat that entity's date and are not counted again.
import type { GraphData } from '../../../../shared/contract/model';

export interface TimelineEvent {
  date: string;
  /** Entity type or link type. */
  kind: string;
  /** The entities taking part: the dated entity, or the link's two ends. */
  entityIds: number[];
}

export function timelineEvents(graph: GraphData): TimelineEvent[] {
  const dated = new Set(graph.nodes.filter((n) => n.dates?.length).map((n) => n.id));
  const events: TimelineEvent[] = [];
  for (const n of graph.nodes) {
    for (const date of n.dates ?? []) events.push({ date, kind: n.type, entityIds: [n.id] });
  }
  for (const l of graph.links) {
    if (dated.has(l.from) || dated.has(l.to)) continue;
    for (const date of l.dates ?? []) events.push({ date, kind: l.type, entityIds: [l.from, l.to] });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export type BinUnit = 'day' | 'week' | 'month';

export interface Bin {
  /** First and last day of the bin, ISO, both included. */
  start: string;
  end: string;
  counts: Record<string, number>;
  total: number;
  /** Events of the marked (selected) entities in the bin. */
  marked: number;
}

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Days for a short span, weeks up to about a year and a half, months beyond. */
export function binUnit(first: string, last: string): BinUnit {
  const days = (toTime(last) - toTime(first)) / DAY;
  return days <= 60 ? 'day' : days <= 550 ? 'week' : 'month';
}

function binStart(iso: string, unit: BinUnit): number {
  const t = toTime(iso);
  if (unit === 'day') return t;
  if (unit === 'week') return t - ((new Date(t).getUTCDay() + 6) % 7) * DAY; // Monday
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function nextStart(start: number, unit: BinUnit): number {
  if (unit === 'day') return start + DAY;
  if (unit === 'week') return start + 7 * DAY;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * Every bin from the first event's to the last's (empty ones too, so time reads evenly),
 * with the events counted per kind and those touching a marked entity counted apart.
 */
export function binEvents(events: TimelineEvent[], marked: Set<number> = new Set(), unit?: BinUnit): Bin[] {
  if (events.length === 0) return [];
  const first = events[0]!.date;
  const last = events[events.length - 1]!.date;
  const u = unit ?? binUnit(first, last);
  const bins: Bin[] = [];
  const index = new Map<number, Bin>();
  for (let s = binStart(first, u); s <= toTime(last); s = nextStart(s, u)) {
    const bin: Bin = { start: toIso(s), end: toIso(nextStart(s, u) - DAY), counts: {}, total: 0, marked: 0 };
    bins.push(bin);
    index.set(s, bin);
  }
  for (const e of events) {
    const bin = index.get(binStart(e.date, u))!;
    bin.counts[e.kind] = (bin.counts[e.kind] ?? 0) + 1;
    bin.total++;
    if (e.entityIds.some((id) => marked.has(id))) bin.marked++;
  }
  return bins;
}

/** The selected entities and their neighbours: whose events a selection marks (a buyer's purchases). */
export function markedEntities(graph: GraphData, selected: number[]): Set<number> {
  const chosen = new Set(selected);
  const out = new Set(selected);
  for (const l of graph.links) {
    if (chosen.has(l.from)) out.add(l.to);
    if (chosen.has(l.to)) out.add(l.from);
  }
  return out;
}
