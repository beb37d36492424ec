// A small modal dialog: title, body, closes on Escape or a click on the backdrop.
import { useEffect, type ReactNode } from 'react';

export function Dialog(props: { title: string; onClose(): void; children: ReactNode; testId?: string }) {
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
      >
        <header className="dialog-head">
          <span>{props.title}</span>
          <button className="icon-button" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        <div className="dialog-body">{props.children}</div>
      </div>
    </div>
  );
}

/** A form dialog's closing row: Cancel, and the submit button that does the dialog's work. */
export function DialogActions(props: {
  onCancel(): void;
  disabled: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button small" onClick={props.onCancel}>
        Cancel
      </button>
      <button
        type="submit"
        className="button small primary-small"
        disabled={props.disabled}
        data-testid={props.testId}
      >
        {props.children}
      </button>
    </div>
  );
}

/** One labelled field of a dialog's form. */
export function FormRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="form-row">
      <span>{label}</span>
      {children}
    </label>
  );
}
