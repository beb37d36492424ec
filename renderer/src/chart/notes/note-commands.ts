// The note actions as the menus, the editor, a drag and the Delete key run them: each changes
// the chart-actions store as one undo step ("Undo adding note “…”").
import type { ChartAnnotation } from '../../../../shared/contract/chart-model';
import { useChartActions } from '../../state/chart-actions-store';
import { changeActions } from '../actions/commands';
import * as edit from './note-edit';
import { useNotes } from './note-store';
import { CALLOUT_OFFSET, type Point } from './placement';

const noteOf = (id: string) => useChartActions.getState().annotations.find((a) => a.id === id);

/** A free note with its top-left corner at a chart point; answers its id. */
export function addNote(text: string, at: Point): string {
  return add(text, { at });
}

/** A callout on an entity, standing off it; answers its id. */
export function addCallout(text: string, entityId: number, entityLabel: string): string {
  return add(text, { at: CALLOUT_OFFSET, entityId }, ` to ${entityLabel}`);
}

function add(text: string, place: Omit<ChartAnnotation, 'id' | 'text'>, on = ''): string {
  let id = '';
  changeActions(`adding note ${edit.noteName(text)}${on}`, (d) => {
    const { data, note } = edit.addNote(d, { text, ...place });
    id = note.id;
    return data;
  });
  return id;
}

export function editNote(id: string, text: string): void {
  const note = noteOf(id);
  if (!note || note.text === text) return;
  changeActions(`editing note ${edit.noteName(note.text)}`, (d) => edit.editNote(d, id, text));
}

export function moveNote(id: string, at: Point): void {
  const note = noteOf(id);
  if (!note || (note.at.x === at.x && note.at.y === at.y)) return;
  changeActions(`moving note ${edit.noteName(note.text)}`, (d) => edit.moveNote(d, id, at));
}

export function deleteNote(id: string): void {
  const note = noteOf(id);
  if (!note) return;
  changeActions(`deleting note ${edit.noteName(note.text)}`, (d) => edit.deleteNote(d, id));
  // A note removed while focused fires no blur: it is no longer the selected one.
  if (useNotes.getState().selected === id) useNotes.getState().select(null);
}
