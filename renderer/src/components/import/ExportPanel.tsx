// Export cases for colleagues and other tools: a case package (Thorline), GraphML or
// GEXF (Gephi, Cytoscape Desktop) or CSV (entities and links), saved through the host.
import { useState } from 'react';
import type { ExchangeFile } from '../../../../shared/contract/exchange-model';
import { useClient } from '../../client/client-context';
import { useCall } from '../../data/queries';
import { reportError, reportInfo } from '../../state/notices';
import { useUi } from '../../state/ui-store';

type Format = 'package' | 'graphml' | 'gexf' | 'csv';

const FORMATS: { id: Format; label: string; hint: string }[] = [
  {
    id: 'package',
    label: 'Case package',
    hint: 'Cases, records, links, entities, decisions and provenance, for another Thorline workspace',
  },
  {
    id: 'graphml',
    label: 'GraphML',
    hint: 'For Gephi, Cytoscape Desktop and yEd, with types, labels and cases as attributes',
  },
  { id: 'gexf', label: 'GEXF', hint: 'For Gephi (GEXF 1.3), with types, labels and cases as attributes' },
  { id: 'csv', label: 'CSV', hint: 'Two tables: entities and links' },
];

export function ExportPanel() {
  const client = useClient();
  const cases = useCall('cases.list', {}).data ?? [];
  const scope = useUi((s) => s.caseIds);
  const [picked, setPicked] = useState<Set<number>>(() => new Set(scope ?? []));
  const [busy, setBusy] = useState<Format | null>(null);

  const toggle = (id: number) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };

  const run = async (format: Format) => {
    setBusy(format);
    try {
      const files = await client.call('exchange.export', {
        format,
        ...(picked.size ? { caseIds: [...picked] } : {}),
      });
      for (const f of files) await save(f);
      reportInfo(`Exported ${files.map((f) => f.name).join(', ')}`);
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(null);
    }
  };

  const save = (f: ExchangeFile) =>
    client.saveFile({ suggestedName: f.name, mime: f.mime, data: f.data, encoding: f.encoding });

  return (
    <div className="card export-panel-view" data-testid="export-panel">
      <p className="step-intro">
        Choose the cases to export (
        {picked.size ? `${picked.size} chosen` : 'none chosen: the whole workspace'}), then a format.
      </p>
      <div className="export-cases" data-testid="export-cases">
        {cases.map((c) => (
          <label key={c.id} className="export-case">
            <input
              type="checkbox"
              checked={picked.has(c.id)}
              onChange={() => toggle(c.id)}
              data-case-number={c.number}
            />
            <span className="case-number">{c.number}</span>
            <span className="row-title">{c.title}</span>
            <span className="muted small">{c.recordCount}</span>
          </label>
        ))}
      </div>
      <div className="export-formats">
        {FORMATS.map((f) => (
          <button
            key={f.id}
            className="format-button"
            onClick={() => void run(f.id)}
            disabled={busy !== null}
            data-testid={`export-${f.id}`}
          >
            <span className="format-name">{busy === f.id ? 'Exporting…' : f.label}</span>
            <span className="format-hint">{f.hint}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
