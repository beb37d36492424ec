// The analyst's notes on the chart as pure changes of the chart-actions data: add, edit, move,
// delete. Each returns new data and never mutates its input, so the undo history can keep the
// state before and after as they are. A free note's `at` is its top-left corner in chart
// coordinates; a callout's `at` is that corner's offset from its entity (it moves with it).
import type { ChartAnnotation } from '../../../../shared/contract/chart-model';
import type { ChartActionsData } from '../../state/chart-actions-store';

/** The chart document's own limit on a note's text. */
export const NOTE_MAX_CHARS = 2000;

export type NoteTextCheck =
  { ok: true; text: string } | { ok: false; code: 'NOTE_EMPTY' | 'NOTE_TOO_LONG'; message: string };

/** A note's text as it is kept (ends trimmed), or why it cannot be kept. */
export function checkNoteText(raw: string): NoteTextCheck {
  const text = raw.trim();
  if (text === '')
    return { ok: false, code: 'NOTE_EMPTY', message: 'The note is empty: write its text first.' };
  if (text.length > NOTE_MAX_CHARS) {
    const over = (text.length - NOTE_MAX_CHARS).toLocaleString('en-US');
    return {
      ok: false,
      code: 'NOTE_TOO_LONG',
      message: `The note is ${text.length.toLocaleString('en-US')} characters long: a note holds at most 2,000 (${over} too many).`,
    };
  }
  return { ok: true, text };
}

/** A fresh note id: one more than the highest "nN" in use. */
export function nextNoteId(annotations: ChartAnnotation[]): string {
  const used = annotations.map((a) => Number(/^n(\d+)$/.exec(a.id)?.[1] ?? 0));
  return `n${Math.max(0, ...used) + 1}`;
}

export function addNote(
  d: ChartActionsData,
  note: Omit<ChartAnnotation, 'id'>,
): { data: ChartActionsData; note: ChartAnnotation } {
  const added: ChartAnnotation = { id: nextNoteId(d.annotations), ...note };
  return { data: { ...d, annotations: [...d.annotations, added] }, note: added };
}

const change = (d: ChartActionsData, id: string, patch: Partial<ChartAnnotation>): ChartActionsData => ({
  ...d,
  annotations: d.annotations.map((a) => (a.id === id ? { ...a, ...patch } : a)),
});

export const editNote = (d: ChartActionsData, id: string, text: string) => change(d, id, { text });

export const moveNote = (d: ChartActionsData, id: string, at: { x: number; y: number }) =>
  change(d, id, { at });

export function deleteNote(d: ChartActionsData, id: string): ChartActionsData {
  return { ...d, annotations: d.annotations.filter((a) => a.id !== id) };
}

/** A note as the history and menus name it: its first words, in quotes. */
export function noteName(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return `“${line.length > 32 ? `${line.slice(0, 31).trimEnd()}…` : line}”`;
}
