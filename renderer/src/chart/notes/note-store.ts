// The notes' own on-screen state: the editor when it is open (a new note at a point, a new
// callout on an entity, or an existing note) and the note the analyst selected.
import { create } from 'zustand';
import type { Point } from './placement';

export type NoteEditorRequest =
  | { kind: 'new'; at: Point }
  | { kind: 'callout'; entityId: number; entityLabel: string }
  | { kind: 'edit'; noteId: string };

interface NoteState {
  editor: NoteEditorRequest | null;
  selected: string | null;
  openEditor(request: NoteEditorRequest | null): void;
  select(noteId: string | null): void;
}

export const useNotes = create<NoteState>((set) => ({
  editor: null,
  selected: null,
  openEditor: (editor) => set({ editor }),
  select: (selected) => set({ selected }),
}));
