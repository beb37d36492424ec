// The keys of the analyst's notes in one table: a note's own key handler (NoteCard) and the
// editor's (NoteEditor) look keys up here, and the help sheet (`?`) is generated from it, so
// the two cannot drift apart. Adding a note is the chart's own shortcut (N, actions/shortcuts.ts).
import type { KeyChord } from '../actions/shortcuts';

export type NoteKeyCommand = 'edit' | 'delete' | 'menu' | 'move' | 'save' | 'cancel';

export interface NoteKey {
  command: NoteKeyCommand;
  /** As the help sheet shows them. */
  keys: string[];
  /** The mouse's way to the same, as the help sheet shows it. */
  mouse?: string;
  chords: KeyChord[];
  description: string;
  /** Handled elsewhere (listed so the sheet is complete); the table's handler leaves it alone. */
  handledBy?: string;
}

/** On a note that has the focus (Tab reaches the notes; a click selects one). */
export const NOTE_KEYS: readonly NoteKey[] = [
  {
    command: 'edit',
    keys: ['Enter'],
    mouse: 'double-click',
    chords: [{ key: 'enter' }],
    description: 'Edit the note',
  },
  {
    command: 'delete',
    keys: ['Delete', 'Backspace'],
    chords: [{ key: 'delete' }, { key: 'backspace' }],
    description: 'Delete the note',
  },
  {
    command: 'menu',
    keys: ['Shift+F10', 'Menu'],
    mouse: 'right-click',
    chords: [{ key: 'f10', shift: true }, { key: 'contextmenu' }],
    description: 'Open the note’s menu (Edit note…, Delete note)',
  },
  {
    command: 'move',
    keys: [],
    mouse: 'drag',
    chords: [],
    description: 'Move the note (a callout’s line follows it)',
  },
];

/** While a note is written in its editor. */
export const NOTE_EDITOR_KEYS: readonly NoteKey[] = [
  {
    command: 'save',
    keys: ['Ctrl+Enter'],
    chords: [{ key: 'enter', ctrl: true }],
    description: 'Save the note',
  },
  {
    command: 'cancel',
    keys: ['Esc'],
    chords: [{ key: 'escape' }],
    description: 'Close the editor without saving',
    handledBy: 'the dialog',
  },
];
