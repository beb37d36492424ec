// The case map's one-line summary, pure so it can be unit-tested.
import type { CaseMap } from '../../../shared/contract/casemap-model';
import { count as n, plural } from '../app/counts';

export function summaryLine(map: CaseMap): string {
  const s = map.summary;
  const parts = [
    `${plural(s.cases, 'case', 'cases')} form ${plural(s.networks, 'separate network', 'separate networks')}`,
  ];
  if (s.largestNetwork > 1) parts.push(`the largest joins ${n(s.largestNetwork)} cases`);
  if (s.apart > 0) parts.push(`${plural(s.apart, 'case shares', 'cases share')} nothing with any other`);
  return parts.join(' · ');
}

/** Said when the budget left cases out, or null. */
export function omittedLine(map: CaseMap): string | null {
  if (map.omitted.cases <= 0) return null;
  return `Showing the ${n(map.cases.length)} most connected of ${n(map.summary.cases)} cases — open cases from the chart's case list or search to see the others.`;
}
