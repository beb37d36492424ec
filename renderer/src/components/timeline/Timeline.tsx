// Under the chart (issue 11, point 6): the dated events of the chart (purchases, shipments,
// traffic stops, crossings, recoveries, calls) per day, week or month, stacked by kind. Brushing a period
// filters the chart to it (a date chip); playback steps through time; the selected entities'
// events are marked.
import { useEffect, useMemo, useState } from 'react';
import { useFilters } from '../../state/filter-store';
import { useUi } from '../../state/ui-store';
import { useChartGraph } from '../filters/use-filter-data';
import { binEvents, binUnit, markedEntities, timelineEvents } from './timeline-bins';
import { kindColour, kindLabel } from './timeline-kinds';
import { TimelineChart } from './TimelineChart';
import { SPEEDS, usePlayback } from './use-playback';
import './timeline.css';

export function Timeline() {
  const open = useFilters((s) => s.timelineOpen);
  const graph = useChartGraph({ afterChart: true });
  const selection = useUi((s) => s.selection);
  const events = useMemo(() => (graph ? timelineEvents(graph) : []), [graph]);
  const unit = events.length ? binUnit(events[0]!.date, events[events.length - 1]!.date) : 'month';
  const bins = useMemo(() => binEvents(events, new Set(), unit), [events, unit]);
  const selected =
    selection?.kind === 'node' ? [selection.id] : selection?.kind === 'nodes' ? selection.ids : [];
  const key = selected.join(',');
  const marked = useMemo(
    () =>
      graph && selected.length
        ? binEvents(events, markedEntities(graph, selected), unit).map((b) => b.marked)
        : null,
    // The selection's ids, not its object, decide the marks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, events, unit, key],
  );
  const counts = useMemo(() => {
    const byKind = new Map<string, number>();
    for (const e of events) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    return byKind;
  }, [events]);
  const kinds = useMemo(() => [...counts.keys()].sort(), [counts]);
  const playback = usePlayback(bins);
  const [widthRef, width] = useWidth();
  if (!open) return null;
  return (
    <div className="timeline" data-testid="timeline" ref={widthRef}>
      <div className="timeline-controls">
        {playback.playing ? (
          <button className="button small" onClick={playback.pause} data-testid="timeline-pause">
            ❚❚ Pause
          </button>
        ) : (
          <button
            className="button small"
            onClick={playback.play}
            disabled={bins.length === 0}
            data-testid="timeline-play"
          >
            ▶ Play
          </button>
        )}
        <select
          value={playback.speed}
          onChange={(e) => playback.setSpeed(Number(e.target.value))}
          aria-label="Playback speed"
          data-testid="timeline-speed"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
        <span className="timeline-legend">
          {kinds.map((k) => (
            <span key={k} className="timeline-key" data-testid={`timeline-key-${k}`}>
              <i style={{ background: kindColour(k) }} />
              {kindLabel(k)} {counts.get(k)}
            </span>
          ))}
          {marked && (
            <span
              className="timeline-key marked"
              title="Events of the selected entities and their neighbours"
            >
              ▲ selection
            </span>
          )}
        </span>
        <span className="muted timeline-hint">
          {events.length === 0 ? 'No dated records on the chart.' : `per ${unit}`}
        </span>
      </div>
      {width > 0 && bins.length > 0 && (
        <TimelineChart bins={bins} kinds={kinds} marked={marked} width={width} playing={playback.playing} />
      )}
    </div>
  );
}

/** The element's width in CSS pixels (through a callback ref), kept up to date as panels open and close. */
function useWidth(): [(el: HTMLDivElement | null) => void, number] {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [value, setValue] = useState(0);
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(() => setValue(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, value];
}
