// The analysts' notes whose words match the main search box, under the entity hits:
// choosing one shows what it is about (its entity on the chart, or its case).
import type { AnalystNote } from '../../../../shared/contract/case-model';
import { useCall } from '../../data/queries';
import { useUi } from '../../state/ui-store';

const MIN_QUERY = 2;
const SHOWN = 8;

export function NoteHits({ query, onChosen }: { query: string; onChosen(): void }) {
  const notes = useCall('notes.search', { query }, { enabled: query.length >= MIN_QUERY }).data ?? [];
  const focusEntity = useUi((s) => s.focusEntity);
  const setCases = useUi((s) => s.setCases);
  const setView = useUi((s) => s.setView);
  if (query.length < MIN_QUERY || notes.length === 0) return null;
  const choose = (n: AnalystNote) => {
    setView('chart');
    if (n.entityId) focusEntity(n.entityId);
    else setCases([n.caseId], n.caseId);
    onChosen();
  };
  return (
    <>
      <div className="search-group">Notes</div>
      {notes.slice(0, SHOWN).map((n) => (
        <button
          key={`note-${n.id}`}
          className="search-hit"
          role="option"
          aria-selected={false}
          onClick={() => choose(n)}
          data-testid={`search-note-${n.id}`}
        >
          <span className="row-main search-hit-main">
            <span className="search-hit-label ellipsis">{n.text}</span>
            <span className="row-sub">
              {n.author} · {n.writtenOn}
              {n.entityId ? ' · on an entity' : n.linkId ? ' · on a link' : ' · on the case'}
            </span>
          </span>
          <span className="search-hit-cases">{n.caseNumber}</span>
        </button>
      ))}
    </>
  );
}
