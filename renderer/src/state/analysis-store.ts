// UI state of the network analysis (issue 11): the path being asked for and the one drawn,
// and the measure entities are sized by.
import { create } from 'zustand';
import type { EntityRef, Measure } from '../../../shared/contract/analysis-model';
import type { EntityType } from '../../../shared/domain/entity-types';
import type { PathHighlight } from '../chart/highlight';

export interface AnalysisState {
  pathFrom: EntityRef | null;
  pathTo: EntityRef | null;
  /** Instead of a target entity: the nearest entity of this type. */
  pathToType: EntityType | null;
  mode: 'shortest' | 'all';
  skipTypes: EntityType[];
  /** The path drawn on the chart. */
  shownPath: PathHighlight | null;
  sizeBy: Measure | null;
  setFrom(entity: EntityRef | null): void;
  setTo(entity: EntityRef | null): void;
  setToType(type: EntityType | null): void;
  setMode(mode: 'shortest' | 'all'): void;
  toggleSkip(type: EntityType): void;
  showPath(path: PathHighlight | null): void;
  setSizeBy(measure: Measure | null): void;
}

export const useAnalysis = create<AnalysisState>((set) => ({
  pathFrom: null,
  pathTo: null,
  pathToType: null,
  mode: 'shortest',
  skipTypes: [],
  shownPath: null,
  sizeBy: null,
  setFrom: (pathFrom) => set({ pathFrom, shownPath: null }),
  setTo: (pathTo) => set({ pathTo, pathToType: null, shownPath: null }),
  setToType: (pathToType) => set({ pathToType, pathTo: null, shownPath: null }),
  setMode: (mode) => set({ mode, shownPath: null }),
  toggleSkip: (type) =>
    set((s) => ({
      skipTypes: s.skipTypes.includes(type) ? s.skipTypes.filter((t) => t !== type) : [...s.skipTypes, type],
      shownPath: null,
    })),
  showPath: (shownPath) => set({ shownPath }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
}));
