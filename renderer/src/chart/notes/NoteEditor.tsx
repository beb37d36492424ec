// Writes or edits a note: a text area with Save and Cancel (Escape cancels, Ctrl+Enter saves).
// Text is checked on saving: an empty note or one over 2,000 characters is refused with a
// message naming what is wrong, and nothing is kept until it passes.
import { useState, type KeyboardEvent } from 'react';
import { Dialog, DialogActions } from '../../components/settings/Dialog';
import { useChartActions } from '../../state/chart-actions-store';
import { keyFor } from '../actions/shortcuts';
import type { ChartController } from '../controller';
import { addCallout, addNote, editNote } from './note-commands';
import { NOTE_EDITOR_KEYS } from './note-keys';
import { checkNoteText, NOTE_MAX_CHARS, type NoteTextCheck } from './note-edit';
import { useNotes, type NoteEditorRequest } from './note-store';

export function NoteEditor({ chart }: { chart: ChartController }) {
  const request = useNotes((s) => s.editor);
  if (!request) return null;
  return <EditNote key={JSON.stringify(request)} request={request} chart={chart} />;
}

function EditNote({ request, chart }: { request: NoteEditorRequest; chart: ChartController }) {
  const existing =
    request.kind === 'edit'
      ? useChartActions.getState().annotations.find((a) => a.id === request.noteId)
      : undefined;
  const [text, setText] = useState(existing?.text ?? '');
  const [refused, setRefused] = useState<Extract<NoteTextCheck, { ok: false }> | null>(null);
  const close = () => useNotes.getState().openEditor(null);

  const save = () => {
    const check = checkNoteText(text);
    if (!check.ok) return setRefused(check);
    close();
    if (request.kind === 'new') addNote(check.text, request.at);
    else if (request.kind === 'callout') addCallout(check.text, request.entityId, request.entityLabel);
    else editNote(request.noteId, check.text);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (keyFor(NOTE_EDITOR_KEYS, e)?.command === 'save') {
      e.preventDefault();
      save();
    }
  };
  const over = text.trim().length > NOTE_MAX_CHARS;

  return (
    <Dialog title={titleOf(request, chart)} onClose={close} testId="note-editor">
      <form
        className="settings-form note-editor"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="form-row">
          <span>Text of the note</span>
          <textarea
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setRefused(null);
            }}
            onKeyDown={onKeyDown}
            autoFocus
            rows={6}
            aria-invalid={refused ? true : undefined}
            aria-describedby="note-editor-help"
            data-testid="note-text"
          />
        </label>
        <div id="note-editor-help" className={`note-editor-help${over ? ' over' : ''}`}>
          {text.trim().length.toLocaleString('en-US')} / 2,000 characters · Ctrl+Enter saves, Esc cancels
        </div>
        {refused && (
          <p className="note-editor-error" role="alert" data-testid="note-error" data-code={refused.code}>
            {refused.message}
          </p>
        )}
        <DialogActions onCancel={close} disabled={false} testId="note-save">
          Save
        </DialogActions>
      </form>
    </Dialog>
  );
}

function titleOf(request: NoteEditorRequest, chart: ChartController): string {
  if (request.kind === 'new') return 'New note';
  if (request.kind === 'callout') return `Note on ${request.entityLabel}`;
  const note = useChartActions.getState().annotations.find((a) => a.id === request.noteId);
  const on = note?.entityId === undefined ? undefined : chart.entityInfo(note.entityId)?.label;
  return on ? `Edit note on ${on}` : 'Edit note';
}
