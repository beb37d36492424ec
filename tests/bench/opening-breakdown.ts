// Where the time goes between two moments of the page (its own clock): the code chunks and
// host calls fetched, the workbench's own marks (renderer/src/app/marks.ts) and the
// main-thread tasks over 50 ms, each relative to the start. Used by bench:chart to break down
// a case opened from the case map on the chart.
import type { Page } from '@playwright/test';

export interface TimelineEvent {
  /** ms from the start. */
  at: number;
  /** ms it lasted (0 for a mark). */
  took: number;
  what: string;
}

/** The events between `from` and `to` (page clock), in order. */
export function timeline(page: Page, from: number, to: number): Promise<TimelineEvent[]> {
  return page.evaluate(
    ({ from, to }) => {
      const events: { at: number; took: number; what: string }[] = [];
      const within = (t: number) => t >= from && t <= to;
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (!within(e.startTime)) continue;
        const url = new URL(e.name);
        const api = url.pathname.match(/\/api\/(.+)$/);
        const file = url.pathname.split('/').pop() ?? url.pathname;
        events.push({
          at: e.startTime - from,
          took: e.responseEnd - e.startTime,
          what: api ? `call ${api[1]}` : `fetch ${file.replace(/-[\w-]{8}\.js$/, '.js')}`,
        });
      }
      for (const e of performance.getEntriesByType('mark')) {
        if (e.name.startsWith('thorline:') && within(e.startTime))
          events.push({ at: e.startTime - from, took: 0, what: `mark ${e.name.slice(9)}` });
      }
      const probe = (
        window as unknown as { __probe: { tasks: { start: number; duration: number }[]; flush(): void } }
      ).__probe;
      probe.flush();
      for (const t of probe.tasks) {
        if (within(t.start) && t.duration >= 50)
          events.push({ at: t.start - from, took: t.duration, what: 'task' });
      }
      return events.sort((a, b) => a.at - b.at);
    },
    { from, to },
  );
}

/** The timeline as lines under a heading (`end`: the figure the timeline ends on). */
export function printTimeline(heading: string, events: TimelineEvent[], end: number) {
  console.log(`  ${heading}`);
  for (const e of events) {
    const took = e.took ? `, ${Math.round(e.took)} ms` : '';
    console.log(`    ${`+${Math.round(e.at)} ms`.padStart(10)}  ${e.what}${took}`);
  }
  console.log(`    ${`+${Math.round(end)} ms`.padStart(10)}  chart shown, laid out`);
}
