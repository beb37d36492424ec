// Step 3: the first rows of the file as the backend reads them (encoding, delimiter,
// row count), before any mapping.
import { useEffect, useState } from 'react';
import { useClient } from '../../client/client-context';
import { describeError } from '../../client/call-failed';
import { previewRows } from './preview';
import { PreviewTable } from './PreviewTable';
import { ReadOptions } from './ReadOptions';
import { ProblemTable } from './ProblemTable';
import { firstDataRow, useWizard } from './wizard-store';

export function PreviewStep() {
  const client = useClient();
  const file = useWizard((s) => s.file);
  const preview = useWizard((s) => s.preview);
  const rest = useWizard((s) => s.draft.rest);
  const [error, setError] = useState<{ rest: unknown; text: string } | null>(null);

  useEffect(() => {
    if (!file || preview) return;
    let live = true;
    previewRows(client, file, useWizard.getState().draft)
      .then((p) => live && useWizard.getState().set({ preview: p }))
      .catch((err) => live && setError({ rest: useWizard.getState().draft.rest, text: describeError(err) }));
    return () => {
      live = false;
    };
  }, [client, file, preview]);

  const options = <ReadOptions xlsx={!!file?.name.toLowerCase().endsWith('.xlsx')} />;
  // An error belongs to the read options it came from; new options read again.
  if (error && error.rest === rest)
    return (
      <div className="step-body">
        {options}
        <div className="problem-note">{error.text}</div>
      </div>
    );
  if (!preview)
    return (
      <div className="step-body">
        {options}
        <div className="muted">Reading the file…</div>
      </div>
    );
  return (
    <div className="step-body">
      {options}
      <div className="preview-facts" data-testid="preview-facts">
        <Fact label="File" value={preview.file} />
        <Fact
          label="Rows"
          value={
            preview.truncated
              ? `${preview.totalRows.toLocaleString()}+ (read so far; the file holds more)`
              : preview.totalRows.toLocaleString()
          }
        />
        <Fact label="Columns" value={String(preview.columns.length)} />
        <Fact label="Encoding" value={preview.encoding} />
        {preview.delimiter !== null && <Fact label="Delimiter" value={delimiterName(preview.delimiter)} />}
      </div>
      {preview.problems.length > 0 && <ProblemTable problems={preview.problems} />}
      <PreviewTable preview={preview} firstRow={firstDataRow(rest)} maxRows={50} />
      {preview.totalRows > preview.rows.length && (
        <div className="muted small table-note">
          Showing the first {preview.rows.length} of {preview.totalRows.toLocaleString()} rows.
        </div>
      )}
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <span className="fact">
      <span className="fact-label">{label}</span>
      <span className="fact-value">{value}</span>
    </span>
  );
}

function delimiterName(d: string): string {
  return { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[d] ?? d;
}
