// The filter options, each with its count (what showing it would show, given the other
// filters). A ticked option is shown; "only" shows that value alone.
import { useMemo, useState } from 'react';
import { MEASURES, type Measure } from '../../../../shared/contract/analysis-model';
import type { CaseSummary } from '../../../../shared/contract/model';
import { useFilters } from '../../state/filter-store';
import { CATEGORY_KINDS, kindValues, optionCounts, type CategoryKind, type FilterData } from './filter-logic';
import { KIND_LABELS, MEASURE_LABELS, optionLabel } from './filter-labels';

interface Props {
  data: FilterData;
  cases: CaseSummary[];
  onClose(): void;
}

export function FilterPanel({ data, cases, onClose }: Props) {
  return (
    <div className="filter-panel" data-testid="filter-panel" role="dialog" aria-label="Filters">
      <div className="filter-panel-head">
        <strong>Filter the chart</strong>
        <button className="icon-button" onClick={onClose} aria-label="Close the filters">
          ×
        </button>
      </div>
      <div className="filter-panel-body">
        {CATEGORY_KINDS.map((kind) => (
          <CategorySection key={kind} kind={kind} data={data} cases={cases} />
        ))}
        <DateSection data={data} />
        <DegreeSection />
        <MeasureSection data={data} />
      </div>
    </div>
  );
}

function CategorySection({
  kind,
  data,
  cases,
}: {
  kind: CategoryKind;
  data: FilterData;
  cases: CaseSummary[];
}) {
  const filters = useFilters((s) => s.filters);
  const { toggleValue, only } = useFilters.getState();
  const values = useMemo(() => kindValues(data, kind), [data, kind]);
  const counts = useMemo(() => optionCounts(data, filters, kind), [data, filters, kind]);
  const hidden = filters.hidden[kind] ?? [];
  if (values.length === 0) return null;
  return (
    <fieldset className="filter-section" data-testid={`filter-section-${kind}`}>
      <legend>{KIND_LABELS[kind]}</legend>
      {values.map((value) => (
        <div key={value} className="filter-option">
          <label>
            <input
              type="checkbox"
              checked={!hidden.includes(value)}
              onChange={() => toggleValue(kind, value)}
              data-testid={`filter-option-${kind}-${value}`}
            />
            <span className="filter-option-label">{optionLabel(kind, value, cases)}</span>
          </label>
          <span className="filter-count" data-testid={`filter-count-${kind}-${value}`}>
            {(counts.get(value) ?? 0).toLocaleString()}
          </span>
          <button className="link-button" onClick={() => only(kind, value, values)} title="Show only this">
            only
          </button>
        </div>
      ))}
    </fieldset>
  );
}

function DateSection({ data }: { data: FilterData }) {
  const dates = useFilters((s) => s.filters.dates);
  const setDates = useFilters((s) => s.setDates);
  const all = useMemo(
    () => [...data.nodes.flatMap((n) => n.dates), ...data.links.flatMap((l) => l.dates)].sort(),
    [data],
  );
  if (all.length === 0) return null;
  const first = all[0]!;
  const last = all[all.length - 1]!;
  const set = (from: string, to: string) => setDates(from && to && from <= to ? { from, to } : null);
  return (
    <fieldset className="filter-section">
      <legend>Dates (or brush the timeline)</legend>
      <div className="filter-range">
        <input
          type="date"
          value={dates?.from ?? first}
          min={first}
          max={last}
          onChange={(e) => set(e.target.value, dates?.to ?? last)}
          data-testid="filter-date-from"
        />
        –
        <input
          type="date"
          value={dates?.to ?? last}
          min={first}
          max={last}
          onChange={(e) => set(dates?.from ?? first, e.target.value)}
          data-testid="filter-date-to"
        />
      </div>
    </fieldset>
  );
}

function DegreeSection() {
  const degree = useFilters((s) => s.filters.degree);
  const setDegree = useFilters((s) => s.setDegree);
  const change = (min: string, max: string) => {
    const lo = Math.max(0, Number(min) || 0);
    const hi = max === '' ? null : Math.max(lo, Number(max));
    setDegree(lo === 0 && hi === null ? null : { min: lo, max: hi });
  };
  return (
    <fieldset className="filter-section">
      <legend>Degree (linked entities)</legend>
      <div className="filter-range">
        at least
        <input
          type="number"
          min={0}
          value={degree?.min ?? 0}
          onChange={(e) => change(e.target.value, degree?.max?.toString() ?? '')}
          data-testid="filter-degree-min"
        />
        at most
        <input
          type="number"
          min={0}
          placeholder="any"
          value={degree?.max ?? ''}
          onChange={(e) => change(String(degree?.min ?? 0), e.target.value)}
          data-testid="filter-degree-max"
        />
      </div>
    </fieldset>
  );
}

function MeasureSection({ data }: { data: FilterData }) {
  const measure = useFilters((s) => s.filters.measure);
  const setMeasure = useFilters((s) => s.setMeasure);
  const [picked, setPicked] = useState<Measure>(measure?.measure ?? 'betweenness');
  const chosen = measure?.measure ?? picked;
  const max = useMemo(() => Math.max(0, ...data.nodes.map((n) => n.measures?.[chosen] ?? 0)), [data, chosen]);
  if (!data.nodes.some((n) => n.measures)) return null;
  const value = measure?.min ?? 0;
  return (
    <fieldset className="filter-section">
      <legend>Key-player measure</legend>
      <div className="filter-range">
        <select
          value={chosen}
          onChange={(e) => {
            setPicked(e.target.value as Measure);
            setMeasure(null);
          }}
          data-testid="filter-measure"
        >
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
        at least
        <input
          type="range"
          min={0}
          max={max || 1}
          step={(max || 1) / 100}
          value={value}
          onChange={(e) => {
            const min = Number(e.target.value);
            setMeasure(min > 0 ? { measure: chosen, min } : null);
          }}
          data-testid="filter-measure-min"
        />
        <span className="filter-count">{value > 0 ? value.toPrecision(2) : 'any'}</span>
      </div>
    </fieldset>
  );
}
