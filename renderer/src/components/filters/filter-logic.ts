// What the chart's filters let through (issue 11, point 5). Pure: element data and the
// filter state in, the entities and links filtered out as plain sets. Kinds combine with
// AND; the values of one kind with OR (an entity of two cases stays while one of them is shown).
import type { Measure } from '../../../../shared/contract/analysis-model';

/** The kinds of filter whose options are values an element has (or not). */
export const CATEGORY_KINDS = ['entityType', 'linkType', 'case', 'agency', 'state'] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];
export type FilterKind = CategoryKind | 'date' | 'degree' | 'measure';

export interface DateRange {
  /** ISO dates, both ends included. */
  from: string;
  to: string;
}

export interface Filters {
  /** Per kind, the values hidden (an element passes while it has a value not hidden). */
  hidden: Partial<Record<CategoryKind, string[]>>;
  dates: DateRange | null;
  degree: { min: number; max: number | null } | null;
  measure: { measure: Measure; min: number } | null;
}

export const NO_FILTERS: Filters = { hidden: {}, dates: null, degree: null, measure: null };

/** An entity as the filters see it: every value it has per kind. */
export interface FilterNode {
  id: number;
  values: Record<Exclude<CategoryKind, 'linkType'>, string[]>;
  dates: string[];
  degree: number;
  measures?: Partial<Record<Measure, number>>;
}

export interface FilterLink {
  id: string;
  from: number;
  to: number;
  values: Record<Exclude<CategoryKind, 'entityType'>, string[]>;
  dates: string[];
}

export interface FilterData {
  nodes: FilterNode[];
  links: FilterLink[];
}

export interface FilterOutcome {
  nodes: Set<number>;
  links: Set<string>;
}

export function activeKinds(f: Filters): FilterKind[] {
  const kinds: FilterKind[] = CATEGORY_KINDS.filter((k) => (f.hidden[k]?.length ?? 0) > 0);
  if (f.dates) kinds.push('date');
  if (f.degree) kinds.push('degree');
  if (f.measure) kinds.push('measure');
  return kinds;
}

const inRange = (dates: string[], r: DateRange) => dates.some((d) => d >= r.from && d <= r.to);

/**
 * Entities inside a date range: dated ones with a date in it, and undated ones (people,
 * phones) taking part in something dated in it: a dated link or a dated neighbour. Playback
 * with the range [first, t] so shows what had happened by t, and who was involved.
 */
export function entitiesInPeriod(data: FilterData, range: DateRange): Set<number> {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const dated = (id: number) => (byId.get(id)?.dates.length ?? 0) > 0;
  const inside = new Set(data.nodes.filter((n) => inRange(n.dates, range)).map((n) => n.id));
  const involved = new Set(inside);
  for (const l of data.links) {
    const linkInside = inRange(l.dates, range);
    for (const [end, other] of [
      [l.from, l.to],
      [l.to, l.from],
    ] as const) {
      if (!dated(end) && (linkInside || inside.has(other))) involved.add(end);
    }
  }
  return involved;
}

interface Context {
  filters: Filters;
  period: Set<number> | null;
}

const passesValues = (values: string[] | undefined, hidden: string[] | undefined) =>
  !hidden?.length || !values?.length || values.some((v) => !hidden.includes(v));

function nodePasses(n: FilterNode, ctx: Context, skip?: FilterKind): boolean {
  const f = ctx.filters;
  for (const kind of ['entityType', 'case', 'agency', 'state'] as const) {
    if (kind !== skip && !passesValues(n.values[kind], f.hidden[kind])) return false;
  }
  if (skip !== 'date' && ctx.period && !ctx.period.has(n.id)) return false;
  if (skip !== 'degree' && f.degree) {
    if (n.degree < f.degree.min || (f.degree.max !== null && n.degree > f.degree.max)) return false;
  }
  if (skip !== 'measure' && f.measure && (n.measures?.[f.measure.measure] ?? 0) < f.measure.min) return false;
  return true;
}

function linkPasses(l: FilterLink, ctx: Context, skip?: FilterKind): boolean {
  const f = ctx.filters;
  for (const kind of ['linkType', 'case', 'agency', 'state'] as const) {
    if (kind !== skip && !passesValues(l.values[kind], f.hidden[kind])) return false;
  }
  // Undated links (uses phone, lives at) stay while both ends do.
  if (skip !== 'date' && f.dates && l.dates.length > 0 && !inRange(l.dates, f.dates)) return false;
  return true;
}

function context(data: FilterData, filters: Filters): Context {
  return { filters, period: filters.dates ? entitiesInPeriod(data, filters.dates) : null };
}

/** The entities and links the filters leave out; a link goes with either of its ends. */
export function applyFilters(data: FilterData, filters: Filters): FilterOutcome {
  const out: FilterOutcome = { nodes: new Set(), links: new Set() };
  if (activeKinds(filters).length === 0) return out;
  const ctx = context(data, filters);
  for (const n of data.nodes) if (!nodePasses(n, ctx)) out.nodes.add(n.id);
  for (const l of data.links) {
    if (out.nodes.has(l.from) || out.nodes.has(l.to) || !linkPasses(l, ctx)) out.links.add(l.id);
  }
  return out;
}

/**
 * How many entities (links, for link types) have each value of a kind among those the
 * other kinds let through: what choosing the value would show.
 */
export function optionCounts(data: FilterData, filters: Filters, kind: CategoryKind): Map<string, number> {
  const ctx = context(data, filters);
  const counts = new Map<string, number>();
  const add = (values: string[]) => {
    for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
  };
  if (kind === 'linkType') {
    const outNodes = applyFilters(data, { ...filters, hidden: { ...filters.hidden, linkType: [] } }).nodes;
    for (const l of data.links) {
      if (!outNodes.has(l.from) && !outNodes.has(l.to) && linkPasses(l, ctx, kind)) add(l.values.linkType);
    }
    return counts;
  }
  for (const n of data.nodes) if (nodePasses(n, ctx, kind)) add(n.values[kind]);
  return counts;
}

/** Every value of a kind on the chart (entities' for most kinds, links' for link types), sorted. */
export function kindValues(data: FilterData, kind: CategoryKind): string[] {
  const values = new Set<string>();
  if (kind === 'linkType') data.links.forEach((l) => l.values.linkType.forEach((v) => values.add(v)));
  else data.nodes.forEach((n) => n.values[kind].forEach((v) => values.add(v)));
  return [...values].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}
