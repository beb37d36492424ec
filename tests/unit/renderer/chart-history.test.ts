// The one undo history with chart actions in it: undo and redo walk the entries in order
// and a new action clears what could be redone; an expansion undone is taken off with every
// entity put back where it stood (a placement, no layout) and redone where it settled; a
// layout change undone brings back the layout; names as the Undo menu shows them; keys.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHistory } from '../../../renderer/src/state/history';
import { useUi, type Expansion } from '../../../renderer/src/state/ui-store';
import {
  changeLayoutWithUndo,
  expandWithUndo,
  moveLabel,
} from '../../../renderer/src/chart/saved-chart-history';
import { historyKey } from '../../../renderer/src/components/topbar/UndoRedo';

const expansion = (anchor: number): Expansion => ({ anchor, data: { nodes: [], links: [] } });

beforeEach(() => {
  useHistory.getState().clear();
  useUi.setState({ expansions: [], placement: null, layoutId: 'force' });
});

describe('the undo history', () => {
  it('undoes and redoes in order, and a new action drops what could be redone', async () => {
    const done: string[] = [];
    const entry = (name: string) => ({
      label: name,
      undo: () => void done.push(`undo ${name}`),
      redo: () => void done.push(`redo ${name}`),
    });
    const h = useHistory.getState();
    h.push(entry('a'));
    h.push(entry('b'));
    await h.undo();
    await h.undo();
    await h.undo(); // nothing left: no-op
    await h.redo();
    expect(done).toEqual(['undo b', 'undo a', 'redo a']);
    expect(useHistory.getState().future.map((e) => e.label)).toEqual(['b']);
    h.push(entry('c'));
    expect(useHistory.getState().future).toEqual([]);
    expect(useHistory.getState().past.map((e) => e.label)).toEqual(['a', 'c']);
  });

  it('does not record what an undo itself triggers', async () => {
    const h = useHistory.getState();
    h.push({
      label: 'outer',
      undo: () => h.push({ label: 'echo', undo: () => {}, redo: () => {} }),
      redo: () => {},
    });
    await h.undo();
    expect(useHistory.getState().past).toEqual([]);
    expect(useHistory.getState().future.map((e) => e.label)).toEqual(['outer']);
  });
});

describe('chart actions', () => {
  it('takes an expansion off on undo with the positions before, and puts it back on redo', async () => {
    const first = expansion(1);
    useUi.getState().addExpansion(first);
    const second = expansion(2);
    expandWithUndo(second, 'Joe Hernandez');
    expect(useUi.getState().expansions).toEqual([first, second]);
    expect(useHistory.getState().past.at(-1)!.label).toBe('expand of Joe Hernandez');

    await useHistory.getState().undo();
    expect(useUi.getState().expansions).toEqual([first]);
    expect(useUi.getState().placement).toEqual({ positions: {}, viewport: null });
    useUi.setState({ placement: null });

    await useHistory.getState().redo();
    expect(useUi.getState().expansions).toEqual([first, second]);
    expect(useUi.getState().placement).not.toBeNull();
  });

  it('brings back the layout before on undo and the new one on redo', async () => {
    changeLayoutWithUndo('grid');
    expect(useUi.getState().layoutId).toBe('grid');
    expect(useHistory.getState().past.at(-1)!.label).toMatch(/layout$/);
    await useHistory.getState().undo();
    expect(useUi.getState().layoutId).toBe('force');
    await useHistory.getState().redo();
    expect(useUi.getState().layoutId).toBe('grid');
    changeLayoutWithUndo('grid'); // the same layout again is no action
    expect(useHistory.getState().past).toHaveLength(1);
  });

  it('names a move by the entity, or by how many moved', () => {
    expect(moveLabel({ ids: [7], labels: ['Joe Hernandez'] })).toBe('move of Joe Hernandez');
    expect(moveLabel({ ids: [7, 8, 9], labels: ['a', 'b', 'c'] })).toBe('move of 3 entities');
  });
});

describe('keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) =>
    historyKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo (Cmd on a Mac), plain keys as nothing', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('z')).toBeNull();
    expect(key('x', { ctrlKey: true })).toBeNull();
  });
});
