// Renderless: tells the chart which path to draw and which measure sizes the entities.
import { useEffect } from 'react';
import { scopeInput, useCall } from '../data/queries';
import { useAnalysis } from '../state/analysis-store';
import { useUi } from '../state/ui-store';
import type { ChartController } from './controller';

export function AnalysisSync({ chart }: { chart: ChartController }) {
  const path = useAnalysis((s) => s.shownPath);
  const sizeBy = useAnalysis((s) => s.sizeBy);
  const caseIds = useUi((s) => s.caseIds);
  const structure = useCall('analysis.structure', scopeInput(caseIds), { enabled: sizeBy !== null });
  useEffect(() => chart.showPath(path), [chart, path]);
  useEffect(() => {
    if (!sizeBy || !structure.data) return chart.sizeBy(null);
    chart.sizeBy(new Map(structure.data.entities.map((e) => [e.id, e[sizeBy]])));
  }, [chart, sizeBy, structure.data]);
  return null;
}
