// Asks for a chart's name: "Save as…" and "Rename…".
import { useState } from 'react';
import { Dialog, DialogActions, FormRow } from '../settings/Dialog';

export function ChartNameDialog(props: {
  title: string;
  initial: string;
  action: string;
  busy: boolean;
  onSubmit(name: string): void;
  onClose(): void;
}) {
  const [name, setName] = useState(props.initial);
  return (
    <Dialog title={props.title} onClose={props.onClose} testId="chart-name-dialog">
      <form
        className="case-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) props.onSubmit(name.trim());
        }}
      >
        <FormRow label="Name">
          <input
            autoFocus
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-testid="chart-name-input"
          />
        </FormRow>
        <DialogActions
          onCancel={props.onClose}
          disabled={props.busy || !name.trim()}
          testId="chart-name-submit"
        >
          {props.action}
        </DialogActions>
      </form>
    </Dialog>
  );
}
