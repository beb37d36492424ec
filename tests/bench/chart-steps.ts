// The way to a big chart's first picture, step by step, for bench:chart: the time marks the
// chart leaves (renderer/src/chart/drawing/marks.ts), each with the time since the step
// before and the longest main-thread task that started in between (Long Tasks API).

export interface Step {
  step: string;
  /** ms since the load started (page clock, relative). */
  at: number;
}

interface Task {
  start: number;
  duration: number;
}

const STEP_NAMES: Record<string, string> = {
  'graph-built': 'elements built (page)',
  'layout-asked': 'layout asked of the worker',
  'layout-started': "worker's first word (running)",
  draft: 'draft received',
  'slices-start': 'drawing starts (view parked)',
  'slices-end': 'last slice + restyle frame',
  placed: 'entities added early moved to the draft',
  'entities-shown': 'entities on screen, links previewed',
  layers: 'layers filled (view parked)',
  'view-back': 'view back (whole chart drawn next)',
  picture: 'first picture on screen',
  'final-layout': 'final layout received',
};

/** Lines of the breakdown; `startedAt` is the load's start on the page clock. */
export function stepLines(
  steps: Step[],
  tasks: Task[],
  startedAt: number,
  pictureMs: number | null,
): string[] {
  const all = [...steps, ...(pictureMs === null ? [] : [{ step: 'picture', at: pictureMs }])].sort(
    (a, b) => a.at - b.at,
  );
  // Consecutive slices are one line: the first, then the rest together.
  const merged: { name: string; at: number }[] = [];
  let slice = 0;
  let shown = 1;
  let slicesAt = 0;
  for (const s of all) {
    if (s.step === 'slice') {
      slice++;
      if (slice === 1) merged.push({ name: 'first slice added and drawn', at: s.at });
      else slicesAt = s.at;
      continue;
    }
    if (slice > shown) merged.push({ name: `slices ${shown + 1}–${slice}`, at: slicesAt });
    shown = Math.max(shown, slice);
    merged.push({ name: STEP_NAMES[s.step] ?? s.step, at: s.at });
  }
  const longestIn = (from: number, to: number) =>
    Math.max(
      0,
      ...tasks.filter((t) => t.start - startedAt >= from && t.start - startedAt < to).map((t) => t.duration),
    );
  let before = 0;
  return merged.map((m) => {
    const line = `    ${m.name.padEnd(42)}${`${Math.round(m.at)} ms`.padEnd(10)}+${Math.round(m.at - before)} ms, longest task ${Math.round(longestIn(before, m.at))} ms`;
    before = m.at;
    return line;
  });
}
