// The case list: filter, "whole workspace", and multi-select (click, ctrl/cmd-click,
// shift-click or the checkboxes). The selection is the chart's scope. Only the rows near
// the view are in the page (a million-record workspace has tens of thousands of cases, and
// putting every row in the page froze it for seconds).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../../../shared/contract/model';
import { caseColours } from '../../chart/style-tables';
import { useCall } from '../../data/queries';
import { nextCaseSelection, useUi } from '../../state/ui-store';
import { CaseActions, CaseUndoBar } from './CaseActions';

/** About one row's height (rows are measured once drawn). */
const ROW_HEIGHT = 62;
/** Rows kept in the page beyond those in view: a small workspace's list is there whole. */
const OVERSCAN = 40;

export function CaseList() {
  const [filter, setFilter] = useState('');
  const all = useCall('cases.list', {}).data;
  const filtered = useCall('cases.list', filter.trim() ? { filter: filter.trim() } : {}).data;
  const caseIds = useUi((s) => s.caseIds);
  const anchor = useUi((s) => s.caseAnchor);
  const setCases = useUi((s) => s.setCases);
  const colours = caseColours((all ?? []).map((c) => c.id));
  const rows = filtered ?? [];
  const order = rows.map((c) => c.id);
  const selected = new Set(caseIds ?? []);

  const onRow = (e: React.MouseEvent, c: CaseSummary) => {
    const mode = e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'single';
    setCases(nextCaseSelection(caseIds, order, c.id, anchor, mode), mode === 'range' ? anchor : c.id);
  };
  const list = useRef<HTMLDivElement>(null);
  // The compiler leaves this component unmemoised (the virtualizer's functions change as it
  // scrolls), which is what it needs.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowsShown = useVirtualizer({
    count: rows.length,
    getScrollElement: () => list.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (i) => rows[i]!.id,
  });
  // A case opened from elsewhere (the case map) is scrolled into view once, when the list
  // first has it; later clicks in the list never move it.
  const scrolled = useRef(false);
  const firstAt = caseIds?.length ? order.indexOf(caseIds[0]!) : -1;
  useEffect(() => {
    if (scrolled.current || firstAt < 0) return;
    scrolled.current = true;
    rowsShown.scrollToIndex(firstAt, { align: 'center' });
  }, [firstAt, rowsShown]);
  const onCheck = (c: CaseSummary) =>
    setCases(nextCaseSelection(caseIds, order, c.id, anchor, 'toggle'), c.id);
  const totalRecords = (all ?? []).reduce((n, c) => n + c.recordCount, 0);
  const single = caseIds?.length === 1 ? ((all ?? []).find((c) => c.id === caseIds[0]) ?? null) : null;

  return (
    <div className="case-list">
      <div className="panel-filter">
        <input
          type="search"
          placeholder="Filter by number, title, agency, jurisdiction"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="case-filter"
          aria-label="Filter cases"
        />
      </div>
      <CaseActions selected={single} />
      <button
        className={caseIds === null ? 'list-row case-row whole selected' : 'list-row case-row whole'}
        onClick={() => setCases(null)}
        data-testid="case-row-all"
      >
        <span className="case-check">{caseIds === null ? '●' : '○'}</span>
        <span className="row-main">
          <span className="row-title">Whole workspace</span>
          <span className="row-sub">All {all?.length ?? ''} cases</span>
        </span>
        <span className="case-count">{totalRecords || ''}</span>
      </button>
      <div className="list" role="listbox" aria-multiselectable="true" ref={list}>
        <div style={{ height: rowsShown.getTotalSize(), position: 'relative' }}>
          {rowsShown.getVirtualItems().map((item) => {
            const c = rows[item.index]!;
            return (
              <div
                key={item.key}
                ref={rowsShown.measureElement}
                data-index={item.index}
                className={selected.has(c.id) ? 'list-row case-row selected' : 'list-row case-row'}
                style={{ position: 'absolute', top: 0, left: 0, transform: `translateY(${item.start}px)` }}
                role="option"
                aria-selected={selected.has(c.id)}
                onClick={(e) => onRow(e, c)}
                data-testid={`case-row-${c.number}`}
                title={c.summary}
              >
                <input
                  type="checkbox"
                  className="case-check"
                  checked={selected.has(c.id)}
                  onClick={(e) => e.stopPropagation()}
                  onChange={() => onCheck(c)}
                  aria-label={`Select case ${c.number}`}
                />
                <span className="row-main">
                  <span className="case-line">
                    <span className="case-swatch" style={{ background: colours.get(c.id) }} />
                    <span className="case-number">{c.number}</span>
                    <span className={`pill status-${c.status}`}>{c.status}</span>
                  </span>
                  <span className="row-title">{c.title}</span>
                  <span className="row-sub">
                    {c.agency} · {c.jurisdiction} · opened {c.openedOn}
                  </span>
                </span>
                <span className="case-count" title="Source records">
                  {c.recordCount}
                </span>
              </div>
            );
          })}
        </div>
        {filtered && rows.length === 0 && <div className="empty-hint">No case matches “{filter}”.</div>}
      </div>
      <CaseUndoBar />
      <div className="panel-foot">
        {caseIds === null
          ? 'Showing the whole workspace'
          : `${caseIds.length} case${caseIds.length === 1 ? '' : 's'} selected`}
        <span className="muted"> · ctrl-click or shift-click to add</span>
      </div>
    </div>
  );
}
