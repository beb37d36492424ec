// Every keyboard shortcut of the chart in one table: the handler looks keys up here and the
// help sheet (`?`) is generated from it, so the two cannot drift apart.
export type ShortcutCommand =
  | 'hide'
  | 'pin'
  | 'group'
  | 'expand'
  | 'selectAll'
  | 'clearSelection'
  | 'fit'
  | 'layout'
  | 'help'
  | 'menu'
  | 'undo'
  | 'redo'
  | 'addNote';

export interface KeyChord {
  /** KeyboardEvent.key, lower case for letters. */
  key: string;
  ctrl?: boolean;
  shift?: boolean;
}

export interface Shortcut {
  command: ShortcutCommand;
  /** As the help sheet shows them. */
  keys: string[];
  chords: KeyChord[];
  description: string;
  /** Handled elsewhere (listed here so the sheet is complete); this table's handler leaves it alone. */
  handledBy?: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'hide',
    keys: ['H', 'Delete', 'Backspace'],
    chords: [{ key: 'h' }, { key: 'delete' }, { key: 'backspace' }],
    description: 'Hide the selected entities and their links',
  },
  { command: 'pin', keys: ['P'], chords: [{ key: 'p' }], description: 'Pin or unpin the selected entities' },
  {
    command: 'group',
    keys: ['G'],
    chords: [{ key: 'g' }],
    description: 'Group the selected entities into a named box',
  },
  {
    command: 'expand',
    keys: ['E'],
    chords: [{ key: 'e' }],
    description: 'Expand the selected entity (add its neighbours)',
  },
  {
    command: 'selectAll',
    keys: ['Ctrl+A'],
    chords: [{ key: 'a', ctrl: true }],
    description: 'Select every entity drawn',
  },
  {
    command: 'clearSelection',
    keys: ['Esc'],
    chords: [{ key: 'escape' }],
    description: 'Clear the selection',
  },
  { command: 'fit', keys: ['F'], chords: [{ key: 'f' }], description: 'Fit the whole chart in view' },
  {
    command: 'layout',
    keys: ['L'],
    chords: [{ key: 'l' }],
    description: 'Lay the chart out again (pinned entities stay)',
  },
  {
    command: 'addNote',
    keys: ['N'],
    chords: [{ key: 'n' }],
    description: 'Add a note: on the selected entity, else in the middle of the chart',
  },
  {
    command: 'menu',
    keys: ['Shift+F10', 'Menu'],
    chords: [{ key: 'f10', shift: true }, { key: 'contextmenu' }],
    description: 'Open the menu of the selected entity (or of the chart)',
  },
  {
    command: 'undo',
    keys: ['Ctrl+Z'],
    chords: [{ key: 'z', ctrl: true }],
    description: 'Undo the last action',
    handledBy: 'saved charts and undo',
  },
  {
    command: 'redo',
    keys: ['Ctrl+Shift+Z'],
    chords: [{ key: 'z', ctrl: true, shift: true }],
    description: 'Redo the action undone last',
    handledBy: 'saved charts and undo',
  },
  {
    command: 'help',
    keys: ['?'],
    chords: [{ key: '?' }],
    description: 'Show or hide this list of shortcuts',
  },
];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The entry of a key table a key press means, or null (including those another module handles). */
export function keyFor<T extends { chords: KeyChord[]; handledBy?: string }>(
  table: readonly T[],
  e: KeyLike,
): T | null {
  if (e.altKey) return null;
  const key = e.key.toLowerCase();
  const ctrl = e.ctrlKey || e.metaKey;
  // `?` is a shifted key on most layouts: the shift that makes it is not part of the chord.
  const shift = key === '?' ? false : e.shiftKey;
  const hit = table.find((s) =>
    s.chords.some((c) => c.key === key && !!c.ctrl === ctrl && !!c.shift === shift),
  );
  return hit && !hit.handledBy ? hit : null;
}

/** The chart shortcut a key press means here, or null (including those another module handles). */
export const shortcutFor = (e: KeyLike): Shortcut | null => keyFor(SHORTCUTS, e);

/** True while the analyst types: no shortcut fires in a field. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!el?.tagName) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName.toUpperCase()) || el.isContentEditable === true;
}
