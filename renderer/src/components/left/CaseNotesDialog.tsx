// "Notes…": the analyst notes of one case, searchable by their words, each editable and
// deletable (a note is the analyst's own, unlike the case's source records).
import { useState } from 'react';
import type { AnalystNote } from '../../../../shared/contract/case-model';
import type { CaseSummary } from '../../../../shared/contract/model';
import { useCall } from '../../data/queries';
import { Dialog } from '../settings/Dialog';
import { useCaseCall } from './use-case-call';

export function CaseNotesDialog({ target, onClose }: { target: CaseSummary; onClose(): void }) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const notes = useCall('notes.search', q ? { caseId: target.id, query: q } : { caseId: target.id }).data;
  return (
    <Dialog title={`Notes of case ${target.number}`} onClose={onClose} testId="case-notes">
      <div className="panel-filter case-notes-filter">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search the notes"
          data-testid="case-notes-search"
          aria-label="Search the notes"
        />
      </div>
      {notes?.length === 0 && (
        <div className="muted">
          {q ? `No note of this case holds “${q}”.` : 'This case has no notes yet.'}
        </div>
      )}
      <ul className="case-notes">
        {notes?.map((n) => (
          <NoteItem key={n.id} note={n} />
        ))}
      </ul>
    </Dialog>
  );
}

function NoteItem({ note }: { note: AnalystNote }) {
  const [draft, setDraft] = useState<string | null>(null);
  const { run, busy } = useCaseCall();
  const save = async () => {
    if (draft !== null && (await run('notes.edit', { noteId: note.id, text: draft }))) setDraft(null);
  };
  return (
    <li className="case-note" data-testid="case-note">
      <div className="case-note-head">
        <span className="muted">
          {note.author} · {note.writtenOn}
          {note.entityId ? ' · on an entity' : note.linkId ? ' · on a link' : ''}
        </span>
        <span className="case-note-actions">
          {draft === null ? (
            <button className="link-button" onClick={() => setDraft(note.text)} data-testid="case-note-edit">
              Edit
            </button>
          ) : (
            <button
              className="link-button"
              disabled={busy}
              onClick={() => void save()}
              data-testid="case-note-save"
            >
              Save
            </button>
          )}
          <button
            className="link-button"
            disabled={busy}
            onClick={() => void run('notes.delete', { noteId: note.id })}
            data-testid="case-note-delete"
          >
            Delete
          </button>
        </span>
      </div>
      {draft === null ? (
        <div className="case-note-text">{note.text}</div>
      ) : (
        <textarea
          className="case-note-draft"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          rows={3}
          maxLength={4000}
          data-testid="case-note-draft"
        />
      )}
    </li>
  );
}
