// The last case action that can be undone, shown under the case list with an Undo button.
import { create } from 'zustand';

export interface CaseUndo {
  text: string;
  label: string;
  run(): Promise<void>;
}

export const useCaseUndo = create<{ undo: CaseUndo | null; set(undo: CaseUndo | null): void }>((set) => ({
  undo: null,
  set: (undo) => set({ undo }),
}));
