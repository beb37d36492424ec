// The analyst's notes on one source link ("the call on 12 March was about money"), and a
// short form to add one: kept as a note of the link's case, audited and undoable.
import { useState } from 'react';
import type { RecordLink } from '../../../../shared/contract/model';
import { useCall } from '../../data/queries';
import { useCaseCall } from '../left/use-case-call';

export function LinkNotes({ link }: { link: RecordLink }) {
  const notes = useCall('notes.search', { linkId: link.id });
  const [text, setText] = useState<string | null>(null);
  const { run, busy } = useCaseCall();
  const save = async () => {
    if (!text?.trim()) return;
    if (await run('notes.add', { caseId: link.caseId, linkId: link.id, text: text.trim() })) setText(null);
  };
  return (
    <div className="link-notes" data-testid="link-notes">
      {notes.data?.map((n) => (
        <p key={n.id} className="link-note" data-testid="link-note">
          <span className="muted small">
            {n.author}, {n.writtenOn}:
          </span>{' '}
          {n.text}
        </p>
      ))}
      {text === null ? (
        <button className="button small" onClick={() => setText('')} data-testid="link-note-add">
          Add note
        </button>
      ) : (
        <div className="link-note-form">
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={2}
            maxLength={4000}
            placeholder="A note on this link"
            aria-label="Note on this link"
            data-testid="link-note-text"
          />
          <button
            className="button small"
            onClick={() => void save()}
            disabled={busy || !text.trim()}
            data-testid="link-note-save"
          >
            Save note
          </button>
          <button className="button small" onClick={() => setText(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
