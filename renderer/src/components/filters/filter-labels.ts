// Filters in the analyst's words: option names and the text of each active filter's chip.
import type { CaseSummary } from '../../../../shared/contract/model';
import { ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { LINK_TYPE_LABELS, type LinkType } from '../../../../shared/domain/link-types';
import type { Measure } from '../../../../shared/contract/analysis-model';
import type { CategoryKind, FilterKind, Filters } from './filter-logic';

export const MEASURE_LABELS: Record<Measure, string> = {
  degree: 'Degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  pagerank: 'PageRank',
  eigenvector: 'Eigenvector',
};

export const KIND_LABELS: Record<FilterKind, string> = {
  entityType: 'Entity type',
  linkType: 'Link type',
  case: 'Case',
  agency: 'Agency',
  state: 'State',
  date: 'Dates',
  degree: 'Degree',
  measure: 'Measure',
};

type Cases = Pick<CaseSummary, 'id' | 'number'>[];

export function optionLabel(kind: CategoryKind, value: string, cases: Cases): string {
  if (kind === 'entityType') return ENTITY_TYPE_INFO[value as EntityType]?.plural ?? value;
  if (kind === 'linkType') return LINK_TYPE_LABELS[value as LinkType] ?? value;
  if (kind === 'case') return cases.find((c) => String(c.id) === value)?.number ?? `case ${value}`;
  return value;
}

const list = (names: string[]) =>
  names.length > 3 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');

const round = (x: number) => (Math.abs(x) >= 10 ? x.toFixed(0) : x.toPrecision(2));

/**
 * What a chip says: "Entity type: hiding Phones", or, when most values are hidden,
 * "Case: only ATF-MKE-2020-017". `values` are the kind's options on the chart.
 */
export function chipText(kind: FilterKind, filters: Filters, values: string[], cases: Cases): string {
  const title = KIND_LABELS[kind];
  if (kind === 'date') return `${title}: ${filters.dates?.from} – ${filters.dates?.to}`;
  if (kind === 'degree') {
    const d = filters.degree!;
    return d.max === null ? `${title} ≥ ${d.min}` : `${title} ${d.min}–${d.max}`;
  }
  if (kind === 'measure') {
    const m = filters.measure!;
    return `${MEASURE_LABELS[m.measure]} ≥ ${round(m.min)}`;
  }
  const hidden = filters.hidden[kind] ?? [];
  const shown = values.filter((v) => !hidden.includes(v));
  const names = (vs: string[]) => list(vs.map((v) => optionLabel(kind, v, cases)));
  if (shown.length > 0 && shown.length < hidden.length) return `${title}: only ${names(shown)}`;
  return `${title}: hiding ${names(hidden)}`;
}
