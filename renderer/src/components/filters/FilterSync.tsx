// Renderless: tells the chart what the filters leave out, and how to show it (hidden or dimmed).
import { useEffect, useMemo } from 'react';
import type { ChartController } from '../../chart/controller';
import { useFilters } from '../../state/filter-store';
import { activeKinds, applyFilters } from './filter-logic';
import { useFilterData } from './use-filter-data';

export function FilterSync({ chart }: { chart: ChartController }) {
  const data = useFilterData({ afterChart: true });
  const filters = useFilters((s) => s.filters);
  const look = useFilters((s) => s.mode);
  const outcome = useMemo(
    () => (data && activeKinds(filters).length > 0 ? applyFilters(data, filters) : null),
    [data, filters],
  );
  useEffect(() => chart.setFilter(outcome ? { outcome, look } : null), [chart, outcome, look]);
  return null;
}
