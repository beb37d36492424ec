// Above the chart: the Filters button, one removable chip per active filter, "Clear all",
// whether filtered elements are hidden or dimmed, and the timeline's toggle.
import { useState } from 'react';
import { useCall } from '../../data/queries';
import { useFilters } from '../../state/filter-store';
import { activeKinds, CATEGORY_KINDS, kindValues, type CategoryKind } from './filter-logic';
import { chipText } from './filter-labels';
import { FilterPanel } from './FilterPanel';
import { useFilterData } from './use-filter-data';
import './filters.css';

export function FilterBar() {
  const [open, setOpen] = useState(false);
  const state = useFilters();
  const data = useFilterData({ afterChart: true });
  const cases = useCall('cases.list', {}).data ?? [];
  const active = activeKinds(state.filters);
  const values = (kind: string) =>
    data && (CATEGORY_KINDS as readonly string[]).includes(kind)
      ? kindValues(data, kind as CategoryKind)
      : [];
  return (
    <div className="filter-bar" data-testid="filter-bar">
      <button
        className={open ? 'filter-toggle open' : 'filter-toggle'}
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        data-testid="filters-button"
      >
        Filters{active.length > 0 ? ` (${active.length})` : ''} ▾
      </button>
      <div className="filter-chips" data-testid="filter-chips">
        {active.map((kind) => (
          <span key={kind} className="filter-chip" data-testid={`filter-chip-${kind}`}>
            {chipText(kind, state.filters, values(kind), cases)}
            <button
              className="filter-chip-remove"
              title="Remove this filter"
              aria-label={`Remove the ${kind} filter`}
              onClick={() => state.clear(kind)}
              data-testid={`filter-chip-remove-${kind}`}
            >
              ×
            </button>
          </span>
        ))}
        {active.length > 1 && (
          <button className="link-button" onClick={state.clearAll} data-testid="filters-clear-all">
            Clear all
          </button>
        )}
        {active.length === 0 && <span className="muted">No filters: the whole chart is shown.</span>}
      </div>
      <div className="segmented" role="group" aria-label="Filtered elements are">
        {(['hide', 'dim'] as const).map((mode) => (
          <button
            key={mode}
            className={state.mode === mode ? 'active' : ''}
            aria-pressed={state.mode === mode}
            onClick={() => state.setMode(mode)}
            data-testid={`filter-mode-${mode}`}
          >
            {mode === 'hide' ? 'Hide' : 'Dim'}
          </button>
        ))}
      </div>
      <button
        className={state.timelineOpen ? 'filter-toggle open' : 'filter-toggle'}
        aria-pressed={state.timelineOpen}
        onClick={state.toggleTimeline}
        data-testid="timeline-toggle"
      >
        Timeline
      </button>
      {open && data && <FilterPanel data={data} cases={cases} onClose={() => setOpen(false)} />}
    </div>
  );
}
