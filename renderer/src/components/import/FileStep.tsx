// Step 1: pick a file. Tables (CSV, .xlsx) go on through the wizard; case packages and
// GraphML/GEXF files are imported whole, with a report.
import { useState } from 'react';
import { reportError } from '../../state/notices';
import { ExchangeImport } from './ExchangeImport';
import { fileKind, formatBytes, readAsBase64 } from './read-file';
import { useWizard } from './wizard-store';

const KIND_TEXT = {
  table: 'Table',
  package: 'Case package',
  graph: 'Graph file',
  unknown: 'Unknown kind',
};

export function FileStep() {
  const file = useWizard((s) => s.file);
  const [reading, setReading] = useState(false);

  const pick = async (picked: File | undefined) => {
    if (!picked) return;
    setReading(true);
    try {
      const base64 = await readAsBase64(picked);
      // The target case and the mapping stay: the next file is often one like it.
      useWizard.getState().set({
        file: { name: picked.name, size: picked.size, base64, kind: fileKind(picked.name) },
        preview: null,
        check: null,
        report: null,
        skipInvalid: false,
      });
    } catch (err) {
      reportError(err);
    } finally {
      setReading(false);
    }
  };

  return (
    <div className="step-body">
      <p className="step-intro">
        Choose a spreadsheet of case records (CSV or Excel .xlsx), or a file from another workbench or tool: a
        Thorline case package (.json or .zip), GraphML or GEXF.
      </p>
      <label className="file-drop">
        <input
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.json,.zip,.graphml,.gexf,.xml"
          onChange={(e) => void pick(e.target.files?.[0])}
          data-testid="import-file"
        />
        <span className="file-drop-title">{reading ? 'Reading…' : 'Choose a file…'}</span>
        <span className="muted small">CSV · XLSX · case package · GraphML · GEXF</span>
      </label>
      {file && (
        <div className="picked-file" data-testid="picked-file">
          <span className="pill picked-kind">{KIND_TEXT[file.kind]}</span>
          <span className="picked-name">{file.name}</span>
          <span className="muted small">{formatBytes(file.size)}</span>
        </div>
      )}
      {file?.kind === 'unknown' && (
        <div className="problem-note">
          Thorline does not know this kind of file. Tables must end in .csv, .tsv, .txt or .xlsx; packages in
          .json or .zip; graphs in .graphml or .gexf.
        </div>
      )}
      {file && (file.kind === 'package' || file.kind === 'graph') && <ExchangeImport file={file} />}
    </div>
  );
}
