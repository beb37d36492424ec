// Step 6: what the import did, and the way to the chart.
import { useUi } from '../../state/ui-store';
import { ProblemTable } from './ProblemTable';
import { useWizard } from './wizard-store';

export function ReportStep() {
  const report = useWizard((s) => s.report);
  if (!report) return <div className="step-body muted">No import has run yet.</div>;
  const showOnChart = () => {
    useUi.getState().setCases([report.caseId]);
    useUi.getState().setView('chart');
  };
  return (
    <div className="step-body">
      <div
        className={report.written ? 'check-summary ok' : 'check-summary bad'}
        data-testid="import-report"
        data-written={report.written}
      >
        {report.written
          ? `Imported into ${report.caseNumber}.`
          : `Nothing was written to ${report.caseNumber}.`}
      </div>
      <dl className="report-figures">
        <Figure label="Rows read" value={report.rowsRead} />
        <Figure label="Rows imported" value={report.rowsImported} />
        <Figure label="Rows left out" value={report.rowsSkipped} />
        <Figure label="Already present" value={report.rowsAlreadyPresent} />
        <Figure label="Records added" value={report.recordsAdded} testId="report-records" />
        <Figure label="Links added" value={report.linksAdded} />
      </dl>
      {report.notes.length > 0 && (
        <ul className="report-notes">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {report.problems.length > 0 && <ProblemTable problems={report.problems} />}
      {report.warnings.length > 0 && (
        <div data-testid="report-warnings">
          <p className="muted">Warnings (the rows were imported):</p>
          <ProblemTable problems={report.warnings} />
        </div>
      )}
      <div className="step-actions">
        <button
          className="button small"
          onClick={() => useWizard.getState().reset()}
          data-testid="import-another"
        >
          Import another file
        </button>
        {report.caseId > 0 && (
          <button className="button primary-small" onClick={showOnChart} data-testid="show-on-chart">
            Show on chart
          </button>
        )}
      </div>
    </div>
  );
}

function Figure({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value.toLocaleString()}</dd>
    </div>
  );
}
