// The chart's filters as plain data (issue 11, point 5): what is hidden per kind, the date
// range (from the timeline's brush or playback), degree and measure thresholds, and whether
// filtered elements are hidden or only dimmed. The logic lives in components/filters/filter-logic.ts.
// Each change the analyst makes is one entry of the undo history; playback's steps are not.
import { create } from 'zustand';
import type { Measure } from '../../../shared/contract/analysis-model';
import {
  NO_FILTERS,
  type CategoryKind,
  type DateRange,
  type FilterKind,
  type Filters,
} from '../components/filters/filter-logic';
import { KIND_LABELS } from '../components/filters/filter-labels';
import { useHistory } from './history';

export type FilterMode = 'hide' | 'dim';

export interface FilterState {
  filters: Filters;
  mode: FilterMode;
  timelineOpen: boolean;
  /** Hides or shows one value of a kind. */
  toggleValue(kind: CategoryKind, value: string): void;
  /** Shows only this value of a kind (hides the other values listed). */
  only(kind: CategoryKind, value: string, allValues: string[]): void;
  /** A period (or none); `record: false` for playback's steps, which are not undone one by one. */
  setDates(range: DateRange | null, options?: { record: boolean }): void;
  setDegree(degree: Filters['degree']): void;
  setMeasure(measure: { measure: Measure; min: number } | null): void;
  clear(kind: FilterKind): void;
  clearAll(): void;
  setMode(mode: FilterMode): void;
  toggleTimeline(): void;
}

export const useFilters = create<FilterState>((set, get) => {
  /** Applies new filters as one undoable step, named as the Undo menu shows it. */
  const change = (label: string, next: (f: Filters) => Filters, record = true) => {
    const before = get().filters;
    const after = next(before);
    set({ filters: after });
    if (!record) return;
    useHistory.getState().push({
      label,
      undo: () => set({ filters: before }),
      redo: () => set({ filters: after }),
    });
  };
  const filterOf = (kind: FilterKind) => `${KIND_LABELS[kind].toLowerCase()} filter`;
  return {
    filters: NO_FILTERS,
    mode: 'hide',
    timelineOpen: true,
    toggleValue: (kind, value) =>
      change(filterOf(kind), (f) => {
        const now = f.hidden[kind] ?? [];
        const next = now.includes(value) ? now.filter((v) => v !== value) : [...now, value];
        return { ...f, hidden: { ...f.hidden, [kind]: next } };
      }),
    only: (kind, value, allValues) =>
      change(filterOf(kind), (f) => ({
        ...f,
        hidden: { ...f.hidden, [kind]: allValues.filter((v) => v !== value) },
      })),
    setDates: (dates, options) => change(filterOf('date'), (f) => ({ ...f, dates }), options?.record ?? true),
    setDegree: (degree) => change(filterOf('degree'), (f) => ({ ...f, degree })),
    setMeasure: (measure) => change(filterOf('measure'), (f) => ({ ...f, measure })),
    clear: (kind) =>
      change(`removal of the ${filterOf(kind)}`, (f) => {
        if (kind === 'date') return { ...f, dates: null };
        if (kind === 'degree' || kind === 'measure') return { ...f, [kind]: null };
        return { ...f, hidden: { ...f.hidden, [kind]: [] } };
      }),
    clearAll: () => change('clearing the filters', () => NO_FILTERS),
    setMode: (mode) => set({ mode }),
    toggleTimeline: () => set((s) => ({ timelineOpen: !s.timelineOpen })),
  };
});
