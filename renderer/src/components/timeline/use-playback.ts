// Playback for briefings: steps the end of a date window through the timeline's bins, so
// the chart shows what had happened by then (the window starts at the first event).
import { useEffect, useRef, useState } from 'react';
import { useFilters } from '../../state/filter-store';
import type { Bin } from './timeline-bins';

export const SPEEDS = [0.5, 1, 2, 4] as const;
/** One bin per this many milliseconds at 1×. */
const STEP_MS = 900;

export function usePlayback(bins: Bin[]) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const step = useRef(0);

  useEffect(() => {
    if (!playing || bins.length === 0) return;
    const first = bins[0]!.start;
    const tick = () => {
      const bin = bins[Math.min(step.current, bins.length - 1)]!;
      useFilters.getState().setDates({ from: first, to: bin.end }, { record: false });
      if (step.current >= bins.length - 1) setPlaying(false);
      step.current++;
    };
    tick();
    const timer = setInterval(tick, STEP_MS / speed);
    return () => clearInterval(timer);
  }, [playing, speed, bins]);

  const play = () => {
    const dates = useFilters.getState().filters.dates;
    // Resume a paused playback where it stopped; otherwise start at the first bin.
    const at = dates && dates.from === bins[0]?.start ? bins.findIndex((b) => b.end >= dates.to) : -1;
    step.current = at >= 0 && at < bins.length - 1 ? at + 1 : 0;
    setPlaying(true);
  };
  return { playing, speed, setSpeed, play, pause: () => setPlaying(false) };
}
