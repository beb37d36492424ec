// New case / Edit case / Remove case… above the case list, and the Undo bar for the
// last case action. Edit and remove act on the one selected case.
import { useState } from 'react';
import type { CaseSummary } from '../../../../shared/contract/model';
import { AddFactDialog } from './AddFactDialog';
import { CaseForm } from './CaseForm';
import { CaseNotesDialog } from './CaseNotesDialog';
import { useCaseUndo } from './case-undo';
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

export function CaseUndoBar() {
  const undo = useCaseUndo((s) => s.undo);
  const set = useCaseUndo((s) => s.set);
  const [busy, setBusy] = useState(false);
  if (!undo) return null;
  const onUndo = async () => {
    setBusy(true);
    await undo.run();
    setBusy(false);
    set(null);
  };
  return (
    <div className="case-undo" role="status" data-testid="case-undo">
      <span className="case-undo-text">{undo.text}</span>
      <button
        className="button small"
        disabled={busy}
        onClick={() => void onUndo()}
        data-testid="case-undo-button"
      >
        {undo.label}
      </button>
      <button className="icon-button" onClick={() => set(null)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
