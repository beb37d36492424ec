// The exchange screen: bring case data in (the import wizard) or take it out (export).
import { useState } from 'react';
import { ExportPanel } from './ExportPanel';
import { ImportWizard } from './ImportWizard';

export function ImportWorkspace() {
  const [tab, setTab] = useState<'import' | 'export'>('import');
  return (
    <div className="import-workspace">
      <div className="page">
        <div className="page-head">
          <h1>{tab === 'import' ? 'Import case data' : 'Export cases'}</h1>
          <div className="segmented" role="tablist">
            <button
              role="tab"
              aria-selected={tab === 'import'}
              className={tab === 'import' ? 'seg active' : 'seg'}
              onClick={() => setTab('import')}
              data-testid="tab-import"
            >
              Import
            </button>
            <button
              role="tab"
              aria-selected={tab === 'export'}
              className={tab === 'export' ? 'seg active' : 'seg'}
              onClick={() => setTab('export')}
              data-testid="tab-export"
            >
              Export
            </button>
          </div>
        </div>
        {tab === 'import' ? <ImportWizard /> : <ExportPanel />}
      </div>
    </div>
  );
}
