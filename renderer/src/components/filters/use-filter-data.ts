// The chart's data as drawn (the scope's graph with its expansions) and as the filters and
// the timeline read it. The same queries as the chart's own, so nothing is fetched twice,
// and one computation for every panel that reads it (the filter bar, the filter sync, the
// timeline, the map): on a 5,000-entity chart each copy cost about 100 ms of the opening.
import memoizeOne from 'memoize-one';
import type { GraphData } from '../../../../shared/contract/model';
import { graphInput } from '../../chart/budget';
import { mergeGraphs } from '../../chart/elements';
import { useCall } from '../../data/queries';
import { useMeasuresOf } from '../../data/use-key-players';
import { useUi, type UiState } from '../../state/ui-store';
import type { CallOutput } from '../../../../shared/contract/calls';
import type { EntityMeasures } from '../../../../shared/contract/analysis-model';
import { useChartStatus } from '../../chart/chart-status';
import { filterData } from './filter-data';
import type { FilterData } from './filter-logic';

/**
 * `afterChart` (the chart view's filters and timeline): null until the chart's first drawing
 * has ended. Their sums over a big chart's entities (about 40 ms for 5,000) would otherwise
 * run in the task that mounts the chart view, now that its graph is often there before it
 * (asked for as the page opens, views/chart-opening.ts), or between the drawing's slices.
 */
export function useChartGraph(opts: { afterChart?: boolean } = {}): GraphData | null {
  const caseIds = useUi((s) => s.caseIds);
  const expansions = useUi((s) => s.expansions);
  const graph = useCall('graph.get', graphInput(caseIds)).data;
  const drawn = useChartStatus((s) => s.drawn);
  if (opts.afterChart && !drawn) return null;
  return graph ? mergedGraph(graph, expansions) : null;
}

/**
 * `afterChart`: the filters' data, and the key-player measures they offer, once the chart's
 * first drawing has ended (computing them would slow the drawing, chart-status.ts).
 */
export function useFilterData(opts: { afterChart?: boolean } = {}): FilterData | null {
  const graph = useChartGraph(opts);
  const caseIds = useUi((s) => s.caseIds);
  const cases = useCall('cases.list', {}).data;
  const drawn = useChartStatus((s) => s.drawn);
  // The measures of the chart's entities only (the whole scope's was 6 MB at 24,000 records).
  const measures = useMeasuresOf(caseIds, graph, { enabled: !opts.afterChart || drawn });
  return graph && cases ? filterDataOf(graph, cases, measures) : null;
}

// Each keeps its last answer while its arguments are the same objects.
const mergedGraph = memoizeOne((graph: GraphData, expansions: UiState['expansions']) =>
  mergeGraphs(graph, ...expansions.map((e) => e.data)),
);

const filterDataOf = memoizeOne(
  (graph: GraphData, cases: CallOutput<'cases.list'>, measures: EntityMeasures[] | undefined) =>
    filterData(graph, cases, measures),
);
