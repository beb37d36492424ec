// The chart's data as the filters see it: each entity and link with its cases, their
// agencies and states (a case's jurisdiction), its dates, degree and key-player measures.
import type { EntityMeasures } from '../../../../shared/contract/analysis-model';
import type { CaseSummary, GraphData } from '../../../../shared/contract/model';
import { MEASURES } from '../../../../shared/contract/analysis-model';
import type { FilterData, FilterNode } from './filter-logic';

type CaseInfo = Pick<CaseSummary, 'id' | 'agency' | 'jurisdiction'>;

export function filterData(graph: GraphData, cases: CaseInfo[], measures?: EntityMeasures[]): FilterData {
  const byCase = new Map(cases.map((c) => [c.id, c]));
  const caseValues = (caseIds: number[]) => ({
    case: caseIds.map(String),
    agency: caseIds.flatMap((id) => byCase.get(id)?.agency ?? []),
    state: caseIds.flatMap((id) => byCase.get(id)?.jurisdiction ?? []),
  });
  const neighbours = new Map<number, Set<number>>();
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const links = graph.links.filter((l) => nodeIds.has(l.from) && nodeIds.has(l.to));
  for (const l of links) {
    for (const [a, b] of [
      [l.from, l.to],
      [l.to, l.from],
    ] as const) {
      const set = neighbours.get(a) ?? new Set<number>();
      set.add(b);
      neighbours.set(a, set);
    }
  }
  const measureOf = new Map(measures?.map((m) => [m.id, m]));
  const nodes = graph.nodes.map((n): FilterNode => {
    const m = measureOf.get(n.id);
    return {
      id: n.id,
      values: { entityType: [n.type], ...caseValues(n.caseIds) },
      dates: n.dates ?? [],
      degree: neighbours.get(n.id)?.size ?? 0,
      ...(m ? { measures: Object.fromEntries(MEASURES.map((k) => [k, m[k]])) } : {}),
    };
  });
  return {
    nodes,
    links: links.map((l) => ({
      id: l.id,
      from: l.from,
      to: l.to,
      values: { linkType: [l.type], ...caseValues(l.caseIds) },
      dates: l.dates ?? [],
    })),
  };
}
