// New case / Edit case / Remove case… above the case list, and the Undo bar for the
// last case action. Edit and remove act on the one selected case.
import { useState } from 'react';
import type { CaseSummary } from '../../../../shared/contract/model';
import { AddFactDialog } from './AddFactDialog';
import { CaseForm } from './CaseForm';
import { CaseNotesDialog } from './CaseNotesDialog';
import { useHistory, type HistoryEntry } from '../../state/history';
import { reportError } from '../../state/notices';
import { RemoveCaseDialog } from './RemoveCaseDialog';
import './cases.css';

type Open = { kind: 'new' } | { kind: 'edit' | 'remove' | 'add' | 'notes'; c: CaseSummary } | null;

export function CaseActions({ selected }: { selected: CaseSummary | null }) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const why = selected ? undefined : 'Select one case first';
  return (
    <div className="case-actions">
      <button className="button small" onClick={() => setOpen({ kind: 'new' })} data-testid="case-new">
        New case
      </button>
      <button
        className="button small"
        disabled={!selected}
        title={why}
        onClick={() => selected && setOpen({ kind: 'edit', c: selected })}
        data-testid="case-edit"
      >
        Edit case
      </button>
      <button
        className="button small"
        disabled={!selected}
        title={why}
        onClick={() => selected && setOpen({ kind: 'remove', c: selected })}
        data-testid="case-remove"
      >
        Remove case…
      </button>
      <button
        className="button small case-add"
        disabled={!selected}
        title={why}
        onClick={() => selected && setOpen({ kind: 'add', c: selected })}
        data-testid="case-add-fact"
      >
        Add entity, link or note…
      </button>
      <button
        className="button small"
        disabled={!selected}
        title={why}
        onClick={() => selected && setOpen({ kind: 'notes', c: selected })}
        data-testid="case-notes-open"
      >
        Notes…
      </button>
      {open?.kind === 'new' && <CaseForm editing={null} onClose={close} />}
      {open?.kind === 'add' && <AddFactDialog target={open.c} onClose={close} />}
      {open?.kind === 'notes' && <CaseNotesDialog target={open.c} onClose={close} />}
      {open?.kind === 'edit' && <CaseForm editing={open.c} onClose={close} />}
      {open?.kind === 'remove' && <RemoveCaseDialog target={open.c} onClose={close} />}
    </div>
  );
}

/**
 * The last data action (a case change, an added fact, a merge…) with Undo, and the last
 * undone one with Redo: both from the one undo history, which undoes through the audit log.
 */
export function CaseUndoBar() {
  const last = useHistory((s) => s.past[s.past.length - 1]);
  const next = useHistory((s) => s.future[0]);
  const replaying = useHistory((s) => s.replaying);
  const [dismissed, setDismissed] = useState<HistoryEntry | null>(null);
  const undo = last?.kind === 'data' ? last : null;
  const redo = next?.kind === 'data' ? next : null;
  if ((!undo && !redo) || (undo ?? redo) === dismissed) return null;
  const step = (run: () => Promise<void>) => () => void run().catch(reportError);
  return (
    <div className="case-undo" role="status" data-testid="case-undo">
      <span className="case-undo-text">{undo ? `Last change: ${undo.label}` : `Undone: ${redo!.label}`}</span>
      {undo && (
        <button
          className="button small"
          disabled={replaying}
          onClick={step(useHistory.getState().undo)}
          title={`Undo ${undo.label}`}
          data-testid="case-undo-button"
        >
          Undo
        </button>
      )}
      {redo && (
        <button
          className="button small"
          disabled={replaying}
          onClick={step(useHistory.getState().redo)}
          title={`Redo ${redo.label}`}
          data-testid="case-redo-button"
        >
          Redo
        </button>
      )}
      <button className="icon-button" onClick={() => setDismissed(undo ?? redo)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
