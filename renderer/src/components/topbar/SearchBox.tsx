// Finds entities by name or identifier; choosing a hit focuses it on the chart (adding
// it with its neighbours when it is not there).
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/contract/model';
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { useCall } from '../../data/queries';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { NoteHits } from './NoteHits';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

export function SearchBox() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 200);
  // Strongest hits first, a page more per "Show more" (for this query only); one hit past
  // the page says whether there are more.
  const [more, setMore] = useState({ query, pages: 1 });
  const pages = more.query === query ? more.pages : 1;
  const hits = useCall(
    'search.entities',
    { query, limit: searchLimit(pages) + 1 },
    { enabled: query.length > 0, keepPrevious: more.query === query },
  );
  const focusEntity = useUi((s) => s.focusEntity);
  const setView = useUi((s) => s.setView);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const found = hits.data ?? [];
  const list = query ? groupedByType(found.slice(0, searchLimit(pages))) : [];
  const hasMore = found.length > searchLimit(pages) && searchLimit(pages + 1) > searchLimit(pages);
  const choose = (hit: SearchHit) => {
    setView('chart');
    focusEntity(hit.entityId);
    setOpen(false);
    setText(hit.label);
  };
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, list.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && list[active]) choose(list[active]);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  };

  return (
    <div className="search" ref={box}>
      <SearchGlyph />
      <input
        type="search"
        placeholder="Search names, phones, serials, VINs, addresses…"
        value={text}
        data-testid="search-input"
        aria-label="Search entities"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKey}
      />
      {open && query && (
        <div className="search-results" data-testid="search-results" role="listbox">
          {hits.isFetching && list.length === 0 && <div className="search-empty">Searching…</div>}
          {!hits.isFetching && list.length === 0 && (
            <div className="search-empty">No entity matches “{query}”.</div>
          )}
          {list.map((hit, i) => [
            (i === 0 || list[i - 1]!.type !== hit.type) && (
              <div
                key={`group-${hit.type}`}
                className="search-group"
                data-testid={`search-group-${hit.type}`}
              >
                {ENTITY_TYPE_INFO[hit.type].plural}
              </div>
            ),
            <button
              key={hit.entityId}
              className={i === active ? 'search-hit active' : 'search-hit'}
              data-testid={`search-hit-${hit.entityId}`}
              role="option"
              aria-selected={i === active}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit)}
            >
              <EntityIcon type={hit.type} />
              <span className="row-main search-hit-main">
                <span className="search-hit-label ellipsis">{hit.label}</span>
                <span className="row-sub">
                  {ENTITY_TYPE_INFO[hit.type].label}
                  {hit.matched && hit.matched !== hit.label ? ` · ${hit.matched}` : ''}
                </span>
              </span>
              <span className="search-hit-cases">{hit.caseNumbers.join(', ')}</span>
            </button>,
          ])}
          {hasMore && (
            <button
              className="search-more"
              data-testid="search-more"
              onClick={() => setMore({ query, pages: pages + 1 })}
            >
              Show more
            </button>
          )}
          <NoteHits query={query} onChosen={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}

const SEARCH_PAGE = 20;
/** Hits shown after this many pages; the contract answers at most 200 (one is asked past it). */
export const searchLimit = (pages: number) => Math.min(SEARCH_PAGE * pages, 199);

/** Hits grouped by entity type, groups in the order of their best hit, hits in rank order. */
export function groupedByType(hits: SearchHit[]): SearchHit[] {
  const order = [...new Set(hits.map((h) => h.type))];
  return order.flatMap((type) => hits.filter((h) => h.type === type));
}

function SearchGlyph() {
  return (
    <svg className="search-glyph" viewBox="0 0 24 24" width="15" height="15" aria-hidden="true">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M15.5 15.5L21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
