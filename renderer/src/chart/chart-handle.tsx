// Hands the live chart controller to the parts of the UI that act on the chart
// (layout switcher, export menu, zoom buttons) without them knowing about Cytoscape.
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { ChartController } from './controller';

interface Handle {
  chart: ChartController | null;
  setChart(chart: ChartController | null): void;
}

const ChartHandleContext = createContext<Handle>({ chart: null, setChart: () => {} });

export function ChartHandleProvider({ children }: { children: ReactNode }) {
  const [chart, setChart] = useState<ChartController | null>(null);
  return <ChartHandleContext.Provider value={{ chart, setChart }}>{children}</ChartHandleContext.Provider>;
}

export const useChartHandle = () => useContext(ChartHandleContext);
export const useChart = () => useContext(ChartHandleContext).chart;
