// The shortcut table: every key the brief names is in it once, the matcher honours Ctrl and
// Shift, leaves undo/redo to their owner, and nothing fires while the analyst types.
import { describe, expect, it } from 'vitest';
import { isTyping, keyFor, shortcutFor, SHORTCUTS } from '../../../renderer/src/chart/actions/shortcuts';
import { NOTE_EDITOR_KEYS, NOTE_KEYS, type NoteKey } from '../../../renderer/src/chart/notes/note-keys';

const press = (key: string, mods: { ctrl?: boolean; shift?: boolean; meta?: boolean; alt?: boolean } = {}) =>
  shortcutFor({
    key,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    altKey: !!mods.alt,
  })?.command ?? null;

describe('shortcut table', () => {
  it('maps each key to its command', () => {
    expect(press('h')).toBe('hide');
    expect(press('H', { shift: true })).toBeNull();
    expect(press('Delete')).toBe('hide');
    expect(press('Backspace')).toBe('hide');
    expect(press('p')).toBe('pin');
    expect(press('g')).toBe('group');
    expect(press('e')).toBe('expand');
    expect(press('a', { ctrl: true })).toBe('selectAll');
    expect(press('a', { meta: true })).toBe('selectAll');
    expect(press('a')).toBeNull();
    expect(press('Escape')).toBe('clearSelection');
    expect(press('f')).toBe('fit');
    expect(press('l')).toBe('layout');
    expect(press('?', { shift: true })).toBe('help');
    expect(press('h', { alt: true })).toBeNull();
    expect(press('F10', { shift: true })).toBe('menu');
    expect(press('ContextMenu')).toBe('menu');
    expect(press('n')).toBe('addNote');
  });

  it("reads a note's keys and the note editor's from their own table", () => {
    const on = (table: readonly NoteKey[], key: string, mods: { ctrl?: boolean; shift?: boolean } = {}) =>
      keyFor(table, { key, ctrlKey: !!mods.ctrl, metaKey: false, shiftKey: !!mods.shift, altKey: false })
        ?.command ?? null;
    expect(on(NOTE_KEYS, 'Enter')).toBe('edit');
    expect(on(NOTE_KEYS, 'Delete')).toBe('delete');
    expect(on(NOTE_KEYS, 'Backspace')).toBe('delete');
    expect(on(NOTE_KEYS, 'F10', { shift: true })).toBe('menu');
    expect(on(NOTE_KEYS, 'ContextMenu')).toBe('menu');
    expect(on(NOTE_KEYS, 'F10')).toBeNull();
    expect(on(NOTE_EDITOR_KEYS, 'Enter', { ctrl: true })).toBe('save');
    expect(on(NOTE_EDITOR_KEYS, 'Enter')).toBeNull();
    // Escape closes the editor through its dialog: listed for the sheet, left alone here.
    expect(on(NOTE_EDITOR_KEYS, 'Escape')).toBeNull();
    expect(NOTE_EDITOR_KEYS.find((k) => k.command === 'cancel')!.keys).toEqual(['Esc']);
    for (const table of [NOTE_KEYS, NOTE_EDITOR_KEYS]) {
      const chords = table.flatMap((s) => s.chords.map((c) => `${c.ctrl}-${c.shift}-${c.key}`));
      expect(new Set(chords).size).toBe(chords.length);
    }
  });

  it('lists undo and redo for the sheet but leaves them to their own handler', () => {
    const undo = SHORTCUTS.find((s) => s.command === 'undo')!;
    expect(undo.keys).toEqual(['Ctrl+Z']);
    expect(SHORTCUTS.find((s) => s.command === 'redo')!.keys).toEqual(['Ctrl+Shift+Z']);
    expect(press('z', { ctrl: true })).toBeNull();
    expect(press('z', { ctrl: true, shift: true })).toBeNull();
  });

  it('has no key chord twice', () => {
    const chords = SHORTCUTS.flatMap((s) => s.chords.map((c) => `${c.ctrl}-${c.shift}-${c.key}`));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('knows when the analyst is typing', () => {
    expect(isTyping({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'textarea' } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'CANVAS' } as unknown as EventTarget)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
