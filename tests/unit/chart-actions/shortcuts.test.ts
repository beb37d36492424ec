// The shortcut table: every key the brief names is in it once, the matcher honours Ctrl and
// Shift, leaves undo/redo to their owner, and nothing fires while the analyst types.
import { describe, expect, it } from 'vitest';
import { isTyping, shortcutFor, SHORTCUTS } from '../../../renderer/src/chart/actions/shortcuts';

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
