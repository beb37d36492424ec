// Importing a case package, GraphML or GEXF file whole: the backend validates it all
// before writing and answers with a report.
import { useState } from 'react';
import type { PackageImportReport } from '../../../../shared/contract/exchange-model';
import { useClient } from '../../client/client-context';
import { pushDataStep } from '../../state/data-history';
import { reportError } from '../../state/notices';
import { useUi } from '../../state/ui-store';
import { ProblemTable } from './ProblemTable';
import type { PickedFile } from './wizard-store';

export function ExchangeImport({ file }: { file: PickedFile }) {
  const client = useClient();
  const [caseNumber, setCaseNumber] = useState('');
  const [labelAttribute, setLabelAttribute] = useState('');
  const [asCaseNumber, setAsCaseNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<PackageImportReport | null>(null);

  const run = async () => {
    setBusy(true);
    try {
      const r = await client.call('exchange.import', {
        file: { name: file.name, base64: file.base64 },
        ...(caseNumber.trim() ? { caseNumber: caseNumber.trim() } : {}),
        ...(labelAttribute.trim() ? { labelAttribute: labelAttribute.trim() } : {}),
        ...(asCaseNumber.trim() ? { asCaseNumber: asCaseNumber.trim() } : {}),
      });
      setReport(r);
      // A package brought in under a new case number can be undone from the history.
      if (r.written && asCaseNumber.trim()) await pushDataStep(client);
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  const showOnChart = async () => {
    const cases = await client.call('cases.list', {});
    const ids = cases.filter((c) => report?.caseNumbers.includes(c.number)).map((c) => c.id);
    useUi.getState().setCases(ids.length ? ids : null);
    useUi.getState().setView('chart');
  };

  return (
    <div className="exchange-import">
      {file.kind === 'graph' && (
        <label className="form-row">
          <span>New case number</span>
          <input
            value={caseNumber}
            onChange={(e) => setCaseNumber(e.target.value)}
            placeholder="e.g. GEPHI-2026-001 (optional)"
            data-testid="exchange-case-number"
          />
        </label>
      )}
      {file.kind === 'graph' && (
        <label className="form-row">
          <span>Label from attribute</span>
          <input
            value={labelAttribute}
            onChange={(e) => setLabelAttribute(e.target.value)}
            placeholder="e.g. iata (optional: else label, name, title or an id-like attribute)"
            data-testid="exchange-label-attribute"
          />
        </label>
      )}
      {file.kind === 'package' && (
        <label className="form-row">
          <span>Import as case number</span>
          <input
            value={asCaseNumber}
            onChange={(e) => setAsCaseNumber(e.target.value)}
            placeholder="optional: a new number for a one-case package already in the workspace"
            data-testid="exchange-as-case-number"
          />
        </label>
      )}
      <div className="step-actions">
        <button
          className="button primary-small"
          onClick={() => void run()}
          disabled={busy}
          data-testid="exchange-import-run"
        >
          {busy
            ? 'Importing…'
            : file.kind === 'package'
              ? 'Import case package'
              : 'Import graph as a new case'}
        </button>
      </div>
      {report && (
        <div className="report" data-testid="exchange-report" data-written={report.written}>
          <div className={report.written ? 'report-title ok' : 'report-title refused'}>
            {report.written
              ? `Imported ${report.caseNumbers.join(', ')}: ${report.recordsAdded} records, ${report.linksAdded} links.`
              : 'Nothing was written.'}
          </div>
          {report.notes.length > 0 && (
            <ul className="report-notes">
              {report.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {report.problems.length > 0 && <ProblemTable problems={report.problems} />}
          {report.written && (
            <button
              className="button small"
              onClick={() => void showOnChart().catch(reportError)}
              data-testid="exchange-show"
            >
              Show on chart
            </button>
          )}
        </div>
      )}
    </div>
  );
}
