// The case map view (issue 10): the view the workbench opens on. Its code (Cytoscape with
// it) is evaluated in a task of its own after the shell's: one script holding both held the
// page for 170–340 ms before anything was shown at a million records. Its fetch starts with
// the page (see main.tsx).
import { lazyView } from './lazy-view';
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

const caseMap = lazyView(
  () => import('../casemap/CaseMapView').then((m) => m.CaseMapView),
  'Opening the case map…',
);

/** Fetches the case map's code (called first thing when the workbench opens on it). */
export const prefetchCaseMap = () => caseMap.prefetch();

export const casemapView: WorkbenchView = {
  id: 'casemap',
  label: 'Case map',
  glyph: CaseMapGlyph,
  component: caseMap,
};
