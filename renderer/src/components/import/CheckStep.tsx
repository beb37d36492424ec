// Step 5: every row mapped with the analyst's mapping, nothing written. Problems are
// listed per row; importing the valid rows only is an explicit choice. The import runs as
// a background job with progress and Cancel.
import { useEffect, useState } from 'react';
import type { ImportPreview } from '../../../../shared/contract/exchange-model';
import { useClient } from '../../client/client-context';
import { describeError } from '../../client/call-failed';
import { EntityIcon } from '../EntityIcon';
import { ImportProgress } from './ImportProgress';
import { checkMapping } from './preview';
import { ProblemTable } from './ProblemTable';
import { toSpec } from './spec-draft';
import { useImportJob } from './use-import-job';
import { targetCase, useWizard } from './wizard-store';

export function problemSummary(check: ImportPreview) {
  const fileLevel = check.problems.some((p) => p.row === null);
  const badRows = new Set(check.problems.filter((p) => p.row !== null).map((p) => p.row)).size;
  return { fileLevel, badRows, goodRows: Math.max(0, check.totalRows - badRows) };
}

export function CheckStep() {
  const client = useClient();
  const { file, draft, preview, check, skipInvalid, target, set } = useWizard();
  const [hints, setHints] = useState<string[]>([]);
  const { job, running, start, cancel } = useImportJob();

  useEffect(() => {
    if (!file || check) return;
    // A new check (new file or mapping) drops the last import's ending, not a running import.
    if (useWizard.getState().job?.state !== 'running') set({ job: null });
    let live = true;
    checkMapping(client, file, draft, preview?.columns ?? [])
      .then((r) => {
        if (!live) return;
        if (Array.isArray(r)) setHints(r);
        else {
          setHints([]);
          set({ check: r });
        }
      })
      .catch((err) => live && setHints([describeError(err)]));
    return () => {
      live = false;
    };
  }, [client, file, draft, preview, check, set]);

  if (hints.length)
    return (
      <div className="step-body">
        <div className="problem-note" data-testid="mapping-hints">
          The mapping is not complete yet:
          <ul>
            {hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  if (!check || !file) return <div className="step-body muted">Checking the rows…</div>;
  const { fileLevel, badRows, goodRows } = problemSummary(check);
  const dest = targetCase(target);
  const blocked = fileLevel || goodRows === 0 || (badRows > 0 && !skipInvalid) || !dest;

  const run = () =>
    dest &&
    start({
      file: { name: file.name, base64: file.base64 },
      spec: toSpec(draft),
      case: dest,
      skipInvalidRows: skipInvalid,
    });

  return (
    <div className="step-body">
      <div
        className={check.problems.length ? 'check-summary bad' : 'check-summary ok'}
        data-testid="check-summary"
      >
        {check.problems.length === 0
          ? check.truncated
            ? `The first ${check.totalRows.toLocaleString()} rows can be imported; the rest are checked as they are imported. Nothing has been written yet.`
            : `All ${check.totalRows.toLocaleString()} rows can be imported. Nothing has been written yet.`
          : fileLevel
            ? 'The file cannot be imported as it is. Nothing has been written.'
            : `${badRows.toLocaleString()} of ${check.totalRows.toLocaleString()} ${badRows === 1 ? 'row has' : 'rows have'} problems. Nothing has been written.`}
      </div>
      <div className="row-yield" data-testid="row-yield">
        <span className="muted">Each row yields</span>
        {draft.entities.map((e) => (
          <span key={e.key} className="chip yield-chip">
            <EntityIcon type={e.type} size={12} />
            {e.key}
          </span>
        ))}
        {draft.links.length > 0 && (
          <span className="muted">
            and {draft.links.length} link{draft.links.length === 1 ? '' : 's'} between them
          </span>
        )}
      </div>
      {check.problems.length > 0 && <ProblemTable problems={check.problems} />}
      {check.notes.length > 0 && (
        <ul className="muted" data-testid="check-notes">
          {check.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {check.warnings.length > 0 && (
        <div data-testid="check-warnings">
          <p className="muted">
            {check.warnings.length === 1 ? 'One cell' : `${check.warnings.length.toLocaleString()} cells`}{' '}
            will be left out; {check.warnings.length === 1 ? 'its row imports' : 'their rows import'} without{' '}
            {check.warnings.length === 1 ? 'it' : 'them'}:
          </p>
          <ProblemTable problems={check.warnings} />
        </div>
      )}
      {badRows > 0 && !fileLevel && (
        <fieldset className="choice-box">
          <label>
            <input
              type="radio"
              checked={!skipInvalid}
              onChange={() => set({ skipInvalid: false })}
              data-testid="choice-fix"
            />
            Import nothing yet: I will fix the file or the mapping
          </label>
          <label>
            <input
              type="radio"
              checked={skipInvalid}
              onChange={() => set({ skipInvalid: true })}
              data-testid="choice-valid-only"
            />
            Import the {goodRows.toLocaleString()} valid {goodRows === 1 ? 'row' : 'rows'} only; leave out the{' '}
            {badRows.toLocaleString()} {badRows === 1 ? 'row' : 'rows'} with problems
          </label>
        </fieldset>
      )}
      {job?.state === 'cancelled' && (
        <div className="check-summary bad" data-testid="import-cancelled">
          {job.message}
        </div>
      )}
      <div className="step-actions">
        <span className="muted">
          Into case <strong>{dest?.number ?? '(choose a case)'}</strong>
        </span>
        {job && running && <ImportProgress job={job} />}
        {running ? (
          <button className="button" onClick={() => void cancel()} data-testid="import-cancel">
            Cancel
          </button>
        ) : (
          <button
            className="button primary-small"
            onClick={() => void run()}
            disabled={blocked}
            data-testid="import-run"
          >
            {skipInvalid && badRows > 0 ? `Import ${goodRows} valid rows` : 'Import'}
          </button>
        )}
      </div>
    </div>
  );
}
