// New case / Edit case: a small form over the case's own fields. Editing a case changes
// its bookkeeping only; its source records stay as they were stated.
import { useState } from 'react';
import { CASE_STATUSES } from '../../../../shared/contract/case-model';
import type { CaseStatus, CaseSummary } from '../../../../shared/contract/model';
import { reportInfo } from '../../state/notices';
import { useUi } from '../../state/ui-store';
import { Dialog, DialogActions, FormRow } from '../settings/Dialog';
import { useCaseCall } from './use-case-call';

interface Fields {
  number: string;
  title: string;
  agency: string;
  status: CaseStatus;
  openedOn: string;
  closedOn: string;
  jurisdiction: string;
  summary: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const blank = (): Fields => ({
  number: '',
  title: '',
  agency: '',
  status: 'open',
  openedOn: today(),
  closedOn: '',
  jurisdiction: '',
  summary: '',
});
const fieldsOf = (c: CaseSummary): Fields => ({
  number: c.number,
  title: c.title,
  agency: c.agency,
  status: c.status,
  openedOn: c.openedOn,
  closedOn: c.closedOn ?? '',
  jurisdiction: c.jurisdiction,
  summary: c.summary,
});
const toInput = (f: Fields) => ({ ...f, closedOn: f.closedOn || null });

export function CaseForm({ editing, onClose }: { editing: CaseSummary | null; onClose(): void }) {
  const [f, setF] = useState<Fields>(editing ? fieldsOf(editing) : blank());
  const { run, busy } = useCaseCall();
  const setCases = useUi((s) => s.setCases);
  const bind = (key: keyof Fields) => ({
    value: f[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setF({ ...f, [key]: e.target.value }),
    'data-testid': `case-form-${key}`,
  });

  // The edit or creation goes into the undo history (useCaseCall pushes it).
  const save = async () => {
    if (editing) {
      const saved = await run('cases.update', { caseId: editing.id, ...toInput(f) });
      if (!saved) return;
      reportInfo(`Edited case ${saved.number}.`);
    } else {
      const created = await run('cases.create', toInput(f));
      if (!created) return;
      setCases([created.id], created.id);
      reportInfo(`Created case ${created.number}.`);
    }
    onClose();
  };

  return (
    <Dialog title={editing ? `Edit case ${editing.number}` : 'New case'} onClose={onClose} testId="case-form">
      <form
        className="settings-form case-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormRow label="Case number">
          <input {...bind('number')} required maxLength={64} autoFocus />
        </FormRow>
        <FormRow label="Title">
          <input {...bind('title')} required maxLength={300} />
        </FormRow>
        <FormRow label="Agency">
          <input {...bind('agency')} maxLength={200} />
        </FormRow>
        <FormRow label="Jurisdiction">
          <input {...bind('jurisdiction')} maxLength={200} />
        </FormRow>
        <FormRow label="Status">
          <select {...bind('status')}>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label="Opened on">
          <input type="date" {...bind('openedOn')} required />
        </FormRow>
        <FormRow label="Closed on">
          <input type="date" {...bind('closedOn')} />
        </FormRow>
        <FormRow label="Summary">
          <textarea {...bind('summary')} rows={3} maxLength={4000} />
        </FormRow>
        {editing && (
          <div className="form-hint">
            Only the case&apos;s own details change; its source records stay as stated.
          </div>
        )}
        <DialogActions onCancel={onClose} disabled={busy} testId="case-form-save">
          {editing ? 'Save case' : 'Create case'}
        </DialogActions>
      </form>
    </Dialog>
  );
}
