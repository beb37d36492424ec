// Edit and Delete for a record the analyst entered by hand (the only records that may
// change; a case's own records are never rewritten, and the backend refuses them too).
import { useState } from 'react';
import type { SourceRecord } from '../../../../shared/contract/model';
import { useUi } from '../../state/ui-store';
import { useCaseCall } from '../left/use-case-call';
import { Dialog, DialogActions } from '../settings/Dialog';

export function AnalystRecordActions({ record }: { record: SourceRecord }) {
  const [editing, setEditing] = useState(false);
  const [armed, setArmed] = useState(false);
  const { run, busy } = useCaseCall();
  const select = useUi((s) => s.select);
  if (record.source.kind !== 'analyst') return null;
  const remove = async () => {
    // The entity may go with its only record: let go of it before the views refresh.
    select(null);
    await run('facts.deleteRecord', { recordId: record.id });
  };
  return (
    <span className="analyst-actions">
      <button className="link-button" onClick={() => setEditing(true)} data-testid="analyst-record-edit">
        Edit
      </button>
      <button
        className="link-button"
        disabled={busy}
        onClick={() => (armed ? void remove() : setArmed(true))}
        data-testid="analyst-record-delete"
      >
        {armed ? 'Confirm delete' : 'Delete'}
      </button>
      {editing && <EditRecord record={record} onClose={() => setEditing(false)} />}
    </span>
  );
}

function EditRecord({ record, onClose }: { record: SourceRecord; onClose(): void }) {
  const [label, setLabel] = useState(record.label);
  const [text, setText] = useState(record.source.text ?? '');
  const { run, busy } = useCaseCall();
  const save = async () => {
    if (await run('facts.editRecord', { recordId: record.id, label, text })) onClose();
  };
  return (
    <Dialog title="Edit analyst record" onClose={onClose} testId="analyst-record-form">
      <form
        className="settings-form case-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="form-row">
          <span>Name or label</span>
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            required
            data-testid="analyst-record-label"
          />
        </label>
        <label className="form-row">
          <span>Text</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={4000} />
        </label>
        <DialogActions onCancel={onClose} disabled={busy} testId="analyst-record-save">
          Save
        </DialogActions>
      </form>
    </Dialog>
  );
}
