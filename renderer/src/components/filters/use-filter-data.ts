// The chart's data as drawn (the scope's graph with its expansions) and as the filters and
// the timeline read it. The same queries as the chart's own, so nothing is fetched twice.
import { useMemo } from 'react';
import type { GraphData } from '../../../../shared/contract/model';
import { graphInput } from '../../chart/budget';
import { mergeGraphs } from '../../chart/elements';
import { useCall } from '../../data/queries';
import { useStructure } from '../../data/use-structure';
import { useUi } from '../../state/ui-store';
import { filterData } from './filter-data';
import type { FilterData } from './filter-logic';

export function useChartGraph(): GraphData | null {
  const caseIds = useUi((s) => s.caseIds);
  const expansions = useUi((s) => s.expansions);
  const graph = useCall('graph.get', graphInput(caseIds)).data;
  return useMemo(
    () => (graph ? mergeGraphs(graph, ...expansions.map((e) => e.data)) : null),
    [graph, expansions],
  );
}

export function useFilterData(): FilterData | null {
  const graph = useChartGraph();
  const caseIds = useUi((s) => s.caseIds);
  const cases = useCall('cases.list', {}).data;
  const structure = useStructure(caseIds).data;
  return useMemo(
    () => (graph && cases ? filterData(graph, cases, structure?.entities) : null),
    [graph, cases, structure],
  );
}
