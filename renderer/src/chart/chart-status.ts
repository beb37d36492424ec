// What the chart pane says about its work, in a small store of its own: the busy line's
// message (it changes every frame while a big chart is drawn: only the line draws again,
// not the pane and every panel under it) and whether the chart's first drawing has ended.
// Work that only adds to the picture waits for that (the network summary's and the filters'
// key-player measures: on two cores the host's thread computing them slowed the drawing).
import { create } from 'zustand';

export interface ChartStatus {
  /** The busy line ("laying out…", "drawing 40%…"), null when the chart is idle. */
  busy: string | null;
  /** The chart's first load (layout and drawing) has ended since the chart pane opened. */
  drawn: boolean;
}

export const useChartStatus = create<ChartStatus>(() => ({ busy: null, drawn: false }));

/** The chart's callbacks report here: a null message ends a run. */
export function reportBusy(message: string | null) {
  useChartStatus.setState(message === null ? { busy: null, drawn: true } : { busy: message });
}

/** The chart pane closed: a new one starts undrawn. */
export function resetChartStatus() {
  useChartStatus.setState({ busy: null, drawn: false });
}
