// The chart's filters as plain data (issue 11, point 5): what is hidden per kind, the date
// range (from the timeline's brush or playback), degree and measure thresholds, and whether
// filtered elements are hidden or only dimmed. The logic lives in components/filters/filter-logic.ts.
import { create } from 'zustand';
import type { Measure } from '../../../shared/contract/analysis-model';
import {
  NO_FILTERS,
  type CategoryKind,
  type DateRange,
  type FilterKind,
  type Filters,
} from '../components/filters/filter-logic';

export type FilterMode = 'hide' | 'dim';

export interface FilterState {
  filters: Filters;
  mode: FilterMode;
  timelineOpen: boolean;
  /** Hides or shows one value of a kind. */
  toggleValue(kind: CategoryKind, value: string): void;
  /** Shows only this value of a kind (hides the other values listed). */
  only(kind: CategoryKind, value: string, allValues: string[]): void;
  setDates(range: DateRange | null): void;
  setDegree(degree: Filters['degree']): void;
  setMeasure(measure: { measure: Measure; min: number } | null): void;
  clear(kind: FilterKind): void;
  clearAll(): void;
  setMode(mode: FilterMode): void;
  toggleTimeline(): void;
}

export const useFilters = create<FilterState>((set) => ({
  filters: NO_FILTERS,
  mode: 'hide',
  timelineOpen: true,
  toggleValue: (kind, value) =>
    set(({ filters }) => {
      const now = filters.hidden[kind] ?? [];
      const next = now.includes(value) ? now.filter((v) => v !== value) : [...now, value];
      return { filters: { ...filters, hidden: { ...filters.hidden, [kind]: next } } };
    }),
  only: (kind, value, allValues) =>
    set(({ filters }) => ({
      filters: { ...filters, hidden: { ...filters.hidden, [kind]: allValues.filter((v) => v !== value) } },
    })),
  setDates: (dates) => set(({ filters }) => ({ filters: { ...filters, dates } })),
  setDegree: (degree) => set(({ filters }) => ({ filters: { ...filters, degree } })),
  setMeasure: (measure) => set(({ filters }) => ({ filters: { ...filters, measure } })),
  clear: (kind) =>
    set(({ filters }) => {
      if (kind === 'date') return { filters: { ...filters, dates: null } };
      if (kind === 'degree' || kind === 'measure') return { filters: { ...filters, [kind]: null } };
      return { filters: { ...filters, hidden: { ...filters.hidden, [kind]: [] } } };
    }),
  clearAll: () => set({ filters: NO_FILTERS }),
  setMode: (mode) => set({ mode }),
  toggleTimeline: () => set((s) => ({ timelineOpen: !s.timelineOpen })),
}));
