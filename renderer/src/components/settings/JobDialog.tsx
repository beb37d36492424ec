// The shape the picture export and the briefing report share: a toolbar button that opens its
// dialog (closed, the dialog is gone, so each opening starts afresh), and the dialog's closing
// rows for a job that takes a while: its progress line, a line saying how it ended, then Cancel
// while it runs (Close otherwise) beside the button that starts it.
import { useState, type ReactNode } from 'react';

export function DialogButton(props: {
  label: string;
  testId: string;
  disabled: boolean;
  title?: string;
  /** The button reads as a menu: it says whether its dialog is open (aria-expanded). */
  expands?: boolean;
  dialog(close: () => void): ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        className="button"
        onClick={() => setOpen(true)}
        title={props.title}
        disabled={props.disabled}
        data-testid={props.testId}
        aria-expanded={props.expands ? open : undefined}
      >
        {props.label}
      </button>
      {open && props.dialog(() => setOpen(false))}
    </>
  );
}

/** A job's progress bar with the step under way. */
export function JobProgress(props: { value: number; max: number; label: string; testId: string }) {
  return (
    <div className="export-progress" data-testid={props.testId}>
      <progress max={props.max} value={props.value} />
      <span>{props.label}</span>
    </div>
  );
}

export function JobFooter(props: {
  /** The progress line while the job runs (a JobProgress). */
  progress?: ReactNode;
  /** How the last run ended, when it says something (e.g. cancelled). */
  outcome?: ReactNode;
  /** The job runs and can still be stopped: Cancel stands where Close does otherwise. */
  cancellable: boolean;
  onCancel(): void;
  cancelTestId: string;
  onClose(): void;
  start: { label: string; run(): void; disabled: boolean; testId: string };
}) {
  const { start } = props;
  return (
    <>
      {props.progress}
      {props.outcome}
      <div className="export-actions">
        {props.cancellable ? (
          <button className="button" onClick={props.onCancel} data-testid={props.cancelTestId}>
            Cancel
          </button>
        ) : (
          <button className="button" onClick={props.onClose}>
            Close
          </button>
        )}
        <button
          className="button primary"
          onClick={start.run}
          disabled={start.disabled}
          data-testid={start.testId}
        >
          {start.label}
        </button>
      </div>
    </>
  );
}
