// The match review view (issue 3): the queue of suggested matches, side-by-side review,
// decisions with keyboard shortcuts, the audit log and the matching settings.
import { lazyView } from './lazy-view';
import type { WorkbenchView } from './registry';
import '../app/review-import.css';

function ReviewGlyph() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="7" cy="12" r="4" />
        <circle cx="17" cy="12" r="4" />
        <path d="M11 12h2" strokeDasharray="1.5 1.5" />
      </g>
    </svg>
  );
}

export const reviewView: WorkbenchView = {
  id: 'review',
  label: 'Review',
  glyph: ReviewGlyph,
  component: lazyView(
    () => import('../components/review/ReviewWorkspace').then((m) => m.ReviewWorkspace),
    'Opening the review…',
  ),
  toolbar: lazyView(
    () => import('../components/review/MatchingToolbar').then((m) => m.MatchingToolbar),
    null,
  ),
};
