// One undo history for everything the analyst does: chart actions (move, hide, group,
// expand, layout, style) and data actions (merge, split, accept, reject, add, edit, delete,
// case changes). Each entry knows how to undo and redo itself: chart entries put back
// plain chart state, data entries call the workspace, which undoes through the audit log.
import { create } from 'zustand';

export interface HistoryEntry {
  /** Named as the menu shows it after "Undo"/"Redo", e.g. "merge of Ramón Quintero and R. A. Quintero-Salas". */
  label: string;
  /** 'data' for an action the workspace undoes through its audit log (merge, edit, case removal…). */
  kind?: 'chart' | 'data';
  undo(): Promise<void> | void;
  redo(): Promise<void> | void;
}

interface HistoryState {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** True while an undo or redo runs, so actions it triggers are not recorded again. */
  replaying: boolean;
  push(entry: HistoryEntry): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  clear(): void;
}

/** Deep enough for a working day; older entries fall off. */
const LIMIT = 200;

export const useHistory = create<HistoryState>((set, get) => ({
  past: [],
  future: [],
  replaying: false,
  push: (entry) => {
    if (get().replaying) return;
    set((s) => ({ past: [...s.past.slice(-(LIMIT - 1)), entry], future: [] }));
  },
  undo: async () => {
    const { past, replaying } = get();
    const entry = past[past.length - 1];
    if (!entry || replaying) return;
    set({ replaying: true });
    try {
      await entry.undo();
      set((s) => ({ past: s.past.slice(0, -1), future: [entry, ...s.future] }));
    } finally {
      set({ replaying: false });
    }
  },
  redo: async () => {
    const { future, replaying } = get();
    const entry = future[0];
    if (!entry || replaying) return;
    set({ replaying: true });
    try {
      await entry.redo();
      set((s) => ({ past: [...s.past, entry], future: s.future.slice(1) }));
    } finally {
      set({ replaying: false });
    }
  },
  clear: () => set({ past: [], future: [] }),
}));
