// The timeline's histogram in SVG: stacked bars per bin, the period axis, the brushed (or
// played) period, the playhead, and marks under the bins holding the selection's events.
import { useState, type PointerEvent } from 'react';
import { useFilters } from '../../state/filter-store';
import type { Bin } from './timeline-bins';
import { kindColour, kindLabel } from './timeline-kinds';

interface Props {
  bins: Bin[];
  kinds: string[];
  /** Per bin, how many events of the selection (null: nothing selected). */
  marked: number[] | null;
  width: number;
  playing: boolean;
}

const HEIGHT = 92;
const PAD = { left: 10, right: 10, top: 6, bottom: 26 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function TimelineChart({ bins, kinds, marked, width, playing }: Props) {
  const dates = useFilters((s) => s.filters.dates);
  const setDates = useFilters((s) => s.setDates);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const plotW = Math.max(1, width - PAD.left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const barW = plotW / bins.length;
  const max = Math.max(1, ...bins.map((b) => b.total));
  const xOf = (i: number) => PAD.left + i * barW;
  const binAt = (e: PointerEvent<SVGSVGElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    return Math.min(bins.length - 1, Math.max(0, Math.floor((x - PAD.left) / barW)));
  };
  const indexOf = (iso: string) => {
    const i = bins.findIndex((b) => b.end >= iso);
    return i < 0 ? bins.length - 1 : i;
  };
  const span = drag
    ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) }
    : dates
      ? { from: indexOf(dates.from), to: indexOf(dates.to) }
      : null;

  return (
    <svg
      className="timeline-chart"
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      data-testid="timeline-chart"
      aria-label="Dated events per period: drag across the bars to filter the chart to a period"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const i = binAt(e);
        setDrag({ from: i, to: i });
      }}
      onPointerMove={(e) => drag && setDrag({ ...drag, to: binAt(e) })}
      onPointerUp={() => {
        if (!drag) return;
        const lo = Math.min(drag.from, drag.to);
        const hi = Math.max(drag.from, drag.to);
        setDates({ from: bins[lo]!.start, to: bins[hi]!.end });
        setDrag(null);
      }}
    >
      {span && (
        <rect
          className="timeline-brush"
          x={xOf(span.from)}
          y={PAD.top - 4}
          width={(span.to - span.from + 1) * barW}
          height={plotH + 8}
          data-testid="timeline-brush"
        />
      )}
      {bins.map((bin, i) => (
        <g key={bin.start}>
          <title>{`${bin.start} – ${bin.end}: ${bin.total} event${bin.total === 1 ? '' : 's'}${kinds
            .filter((k) => bin.counts[k])
            .map((k) => `\n${kindLabel(k)}: ${bin.counts[k]}`)
            .join('')}`}</title>
          {stack(bin, kinds).map(({ kind, y0, y1 }) => (
            <rect
              key={kind}
              x={xOf(i) + barGap(barW)}
              width={Math.max(1, barW - 2 * barGap(barW))}
              y={PAD.top + plotH - (y1 / max) * plotH}
              height={((y1 - y0) / max) * plotH}
              fill={kindColour(kind)}
              data-kind={kind}
              opacity={span && (i < span.from || i > span.to) ? 0.35 : 1}
            />
          ))}
          {/* Full-height hit area, so the tooltip shows over empty bins too. */}
          <rect x={xOf(i)} width={barW} y={PAD.top} height={plotH} fill="transparent" />
          {marked && marked[i]! > 0 && (
            <path
              className="timeline-mark"
              d={`M${xOf(i) + barW / 2} ${PAD.top + plotH + 2} l4 6 h-8 z`}
              data-testid="timeline-mark"
              data-count={marked[i]}
            />
          )}
        </g>
      ))}
      <line
        className="timeline-axis"
        x1={PAD.left}
        x2={PAD.left + plotW}
        y1={PAD.top + plotH + 0.5}
        y2={PAD.top + plotH + 0.5}
      />
      {ticks(bins, barW).map(({ i, label }) => (
        <g key={bins[i]!.start}>
          <line
            className="timeline-tick"
            x1={xOf(i) + 0.5}
            x2={xOf(i) + 0.5}
            y1={PAD.top + plotH}
            y2={PAD.top + plotH + 10}
          />
          <text className="timeline-label" x={xOf(i) + 3} y={HEIGHT - 6}>
            {label}
          </text>
        </g>
      ))}
      {playing && dates && (
        <line
          className="timeline-playhead"
          x1={xOf(indexOf(dates.to) + 1)}
          x2={xOf(indexOf(dates.to) + 1)}
          y1={PAD.top - 4}
          y2={PAD.top + plotH + 4}
          data-testid="timeline-playhead"
          data-until={dates.to}
        />
      )}
    </svg>
  );
}

const barGap = (barW: number) => (barW > 6 ? 1 : 0);

function stack(bin: Bin, kinds: string[]) {
  let y = 0;
  return kinds
    .filter((k) => bin.counts[k])
    .map((kind) => {
      const y0 = y;
      y += bin.counts[kind]!;
      return { kind, y0, y1: y };
    });
}

/**
 * Axis labels: by month, the quarters with the year at January; by week, each month; by
 * day, each day. At least 44 px apart, so they never run into each other.
 */
function ticks(bins: Bin[], barW: number): { i: number; label: string }[] {
  const out: { i: number; label: string }[] = [];
  let lastX = -Infinity;
  const step = bins.length > 1 ? (Date.parse(bins[1]!.start) - Date.parse(bins[0]!.start)) / 86_400_000 : 1;
  bins.forEach((b, i) => {
    const [y, m, d] = b.start.split('-');
    const month = MONTHS[Number(m) - 1]!;
    const prev = bins[i - 1]?.start.split('-');
    let label: string | null = null;
    if (step >= 28) {
      if (i === 0 || m === '01') label = m === '01' ? y! : `${month} ${y}`;
      else if ((Number(m) - 1) % 3 === 0) label = month;
    } else if (step >= 7) {
      if (i === 0 || prev?.[1] !== m) label = m === '01' || i === 0 ? `${month} ${y}` : month;
    } else {
      label = `${Number(d)} ${month}`;
    }
    if (label === null || i * barW - lastX < 44) return;
    lastX = i * barW;
    out.push({ i, label });
  });
  return out;
}
