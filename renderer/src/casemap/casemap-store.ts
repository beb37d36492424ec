// The case map's own UI state: what is selected on it and how cases are coloured.
import { create } from 'zustand';
import type { CaseMapSelection } from './controller';
import type { ColourBy } from './elements';

interface CaseMapUi {
  selection: CaseMapSelection;
  colourBy: ColourBy;
  select(selection: CaseMapSelection): void;
  setColourBy(by: ColourBy): void;
}

export const useCaseMapUi = create<CaseMapUi>((set) => ({
  selection: null,
  colourBy: 'agency',
  select: (selection) => set({ selection }),
  setColourBy: (colourBy) => set({ colourBy }),
}));
