// The case map view (issue 10): the view the workbench opens on.
import { CaseMapView } from '../casemap/CaseMapView';
import type { WorkbenchView } from './registry';

function CaseMapGlyph() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="2.4">
        <path d="M7 8l10 2M7 8l2 9M17 10l-8 7" />
      </g>
      <g fill="currentColor">
        <circle cx="7" cy="8" r="4.5" />
        <circle cx="17" cy="10" r="3" />
        <circle cx="9" cy="17" r="3.5" />
      </g>
    </svg>
  );
}

export const casemapView: WorkbenchView = {
  id: 'casemap',
  label: 'Case map',
  glyph: CaseMapGlyph,
  component: CaseMapView,
};
