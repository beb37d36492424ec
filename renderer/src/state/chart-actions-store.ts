// What the analyst did to the chart by hand: hidden, pinned, grouped, restyled and
// annotated items. Plain data in the shape of the chart document, so a saved chart
// restores it as is and the undo history can put back any earlier state.
import { create } from 'zustand';
import type { ChartAnnotation, ChartGroup, ChartStyle } from '../../../shared/contract/chart-model';

export interface ChartActionsData {
  hidden: number[];
  /** Drawn link ids (`${from}>${type}>${to}`) hidden on their own, their entities still shown. */
  hiddenLinks: string[];
  pinned: number[];
  groups: ChartGroup[];
  /** Keyed by entity id. */
  styles: Record<string, ChartStyle>;
  annotations: ChartAnnotation[];
}

export const EMPTY_CHART_ACTIONS: ChartActionsData = {
  hidden: [],
  hiddenLinks: [],
  pinned: [],
  groups: [],
  styles: {},
  annotations: [],
};

interface ChartActionsState extends ChartActionsData {
  /** Replaces everything at once (opening a saved chart, undo, redo). */
  restore(data: ChartActionsData): void;
  update(change: (current: ChartActionsData) => Partial<ChartActionsData>): void;
}

export const useChartActions = create<ChartActionsState>((set) => ({
  ...EMPTY_CHART_ACTIONS,
  restore: (data) => set({ ...data }),
  update: (change) => set((s) => change(s)),
}));

export function chartActionsOf(s: ChartActionsData): ChartActionsData {
  return {
    hidden: s.hidden,
    hiddenLinks: s.hiddenLinks,
    pinned: s.pinned,
    groups: s.groups,
    styles: s.styles,
    annotations: s.annotations,
  };
}
