// The import and export view (issue 4): the table import wizard, case packages and
// graph formats in and out.
import { lazyView } from './lazy-view';
import type { WorkbenchView } from './registry';
import '../app/review-import.css';

function ImportGlyph() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M4 15v4h16v-4" />
        <path d="M12 4v11M8 11l4 4 4-4" />
      </g>
    </svg>
  );
}

export const importView: WorkbenchView = {
  id: 'import',
  label: 'Import',
  glyph: ImportGlyph,
  component: lazyView(
    () => import('../components/import/ImportWorkspace').then((m) => m.ImportWorkspace),
    'Opening the import…',
  ),
};
