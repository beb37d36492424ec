// Layouts of a big chart run in a Web Worker: while one runs, the page keeps answering.
// The chart is the smallest generated sample that the chart treats as big (more entities
// than LARGE_GRAPH, so the large-chart settings and the ForceAtlas2 force layout apply),
// served by its own browser host.
// It measures and reports (answers while laying out, longest frame gap, longest main-thread
// task); it gates only on what a loaded machine still meets: the page answered while the
// layout ran, and the layout ran in the worker. Every wait is on the chart's own state.
import { expect } from '@playwright/test';
import { LARGE_GRAPH } from '../../renderer/src/chart/layouts';
import { generatedWorkspaceTest } from './fixtures';
import { chart, waitForChart } from './helpers/chart';

// About 0.8 entities per generated record (seed 7): 1,100 records make a chart just over LARGE_GRAPH.
const RECORDS = 1100;

const test = generatedWorkspaceTest(RECORDS, 7);

interface Probe {
  frameGap: number;
  longestTask: number;
  /** Every progress figure the busy line showed, in order (recorded as the page draws it). */
  progress: string[];
}

test('the page answers while a big chart is laid out', async ({ page, host }) => {
  // Should the worker not load (e.g. refused by the content security policy), the chart
  // says so in the console and lays out on the main thread.
  const mainThreadWarnings: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Layouts run on the main thread')) mainThreadWarnings.push(m.text());
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(new URL('?testHooks=1&view=chart', host.url).toString());
  await waitForChart(page, { minRuns: 1 });
  const nodes = await chart.nodeCount(page);
  expect(nodes).toBeGreaterThan(LARGE_GRAPH);

  const runs = await chart.layoutsRun(page);

  // From here on: the longest gap between animation frames (a frozen thread draws no
  // frames) and the longest task the main thread ran.
  await page.evaluate(() => {
    const probe: Probe = { frameGap: 0, longestTask: 0, progress: [] };
    (window as unknown as { __probe: Probe }).__probe = probe;
    let last = performance.now();
    const tick = (now: number) => {
      probe.frameGap = Math.max(probe.frameGap, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, e.duration);
    }).observe({ type: 'longtask' });
    // Each figure the busy line takes, as the page commits it: a layout on this thread would
    // report all its steps inside one task, which the page commits once.
    new MutationObserver(() => {
      const busy = document.querySelector('[data-testid="chart-busy"]')?.textContent ?? '';
      const percent = /(\d+)%/.exec(busy)?.[1];
      if (percent && probe.progress.at(-1) !== percent) probe.progress.push(percent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const started = await chart.layoutsStarted(page);
  // "Lay out again" computes a fresh force layout (switching layouts back and forth would
  // reuse the positions cached for this chart and need no layout at all).
  await page.getByTestId('relayout').click();

  // Ask the page something, again and again, from the click until the layout has started and
  // ended. An answer counts when the page gave it with the layout still running (the worker
  // computing positions); asking from the click on leaves no gap in which a quick layout
  // could start and end unobserved.
  const answers: number[] = [];
  const layoutStart = Date.now();
  for (;;) {
    const asked = Date.now();
    const state = await page.evaluate(() => ({
      running: window.__thorlineChart!.layoutRunning(),
      started: window.__thorlineChart!.layoutsStarted(),
    }));
    if (state.running) answers.push(Date.now() - asked);
    else if (state.started > started) break;
  }
  await waitForChart(page, { nodes, minRuns: runs + 1 });
  const layoutMs = Date.now() - layoutStart;
  const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  const progress = new Set(probe.progress);
  console.log(
    `force layout of ${nodes} entities: ${layoutMs} ms; the page answered ${answers.length} times while ` +
      `laying out (progress shown: ${probe.progress.join(', ')}%), slowest ` +
      `${answers.length ? Math.max(...answers) : '-'} ms; longest frame gap ` +
      `${Math.round(probe.frameGap)} ms, longest main-thread task ${Math.round(probe.longestTask)} ms`,
  );
  expect(mainThreadWarnings).toEqual([]);
  // A main thread busy with the layout could not answer at all while it runs: answers show
  // it stayed free. How many and how fast depends on the machine's load (printed above).
  expect(answers.length).toBeGreaterThan(0);
  // The worker reports its progress step by step; two different figures drawn means the page
  // drew between them.
  expect(progress.size).toBeGreaterThan(1);
});
