// Renderless: tells the chart which path to draw, which measure sizes the entities and
// which entities a trafficking indicator raised.
import { useEffect } from 'react';
import { useCall } from '../data/queries';
import { useMeasuresOf } from '../data/use-key-players';
import { useChartGraph } from '../components/filters/use-filter-data';
import { useAnalysis } from '../state/analysis-store';
import { useUi } from '../state/ui-store';
import type { ChartController } from './controller';

/**
 * `drawn`: the chart's first layout has ended. The indicators are read over the whole
 * workspace (seconds at a million records, in a thread of the host's, so its other answers
 * do not wait), and are asked for only then: on two cores that thread would slow the
 * chart's first layout.
 */
export function AnalysisSync({ chart, drawn }: { chart: ChartController; drawn: boolean }) {
  const path = useAnalysis((s) => s.shownPath);
  const sizeBy = useAnalysis((s) => s.sizeBy);
  const caseIds = useUi((s) => s.caseIds);
  // The chart's entities' measures (the same query as the filters').
  const measures = useMeasuresOf(caseIds, useChartGraph(), { enabled: sizeBy !== null });
  const indicators = useCall('analysis.indicators', {}, { enabled: drawn }).data;
  useEffect(() => chart.showPath(path), [chart, path]);
  useEffect(() => {
    chart.flag(indicators ? new Set(indicators.hits.map((h) => h.entity.id)) : null);
  }, [chart, indicators]);
  useEffect(() => {
    if (!sizeBy || !measures) return chart.sizeBy(null);
    chart.sizeBy(new Map(measures.map((e) => [e.id, e[sizeBy]])));
  }, [chart, sizeBy, measures]);
  return null;
}
