// Opening a case from the case map without waiting (issue 10): while the map is idle the page
// fetches the chart's code and starts its layout worker, and selecting a case asks for its
// chart; "Open this case on the chart" then shows the chart without the "Opening the chart…"
// placeholder, laid out by the worker started ahead. What the page fetched and when is read
// from its own performance timeline (resource entries and the workbench's marks).
import { expect, type Page } from '@playwright/test';
import { readOnlyTest } from './fixtures';
import { chart, waitForChart } from './helpers/chart';
// Brings in the type of window.__thorlineCaseMap.
import type {} from '../../renderer/src/casemap/test-hook';

/** The names of the files and calls the page has fetched so far. */
const fetched = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));

/** How many of these points (relative to the chart) some layer of the chart's canvas has painted. */
const paintedSpots = (page: Page, spots: ({ x: number; y: number } | null)[]) =>
  page.evaluate((points) => {
    const layers = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="chart"] canvas')];
    const painted = (p: { x: number; y: number }) =>
      layers.some((canvas) => {
        const scale = canvas.width / canvas.clientWidth;
        const alpha = canvas.getContext('2d')!.getImageData(p.x * scale, p.y * scale, 1, 1).data[3]!;
        return alpha > 0;
      });
    return points.filter((p) => p && painted(p)).length;
  }, spots);

readOnlyTest('a case selected on the map opens on the chart at once', async ({ page, workbench }) => {
  const map = await workbench.api('casemap.get', {});
  const chosen = map.cases[0]!;
  const graph = await workbench.api('graph.get', { caseIds: [chosen.id] });
  await page.setViewportSize({ width: 1440, height: 900 });
  // Room for every file and call of the page in its timeline (the default keeps 250).
  await page.addInitScript(() => performance.setResourceTimingBufferSize(10_000));
  await page.goto(new URL('?testHooks=1', workbench.url).toString());
  await page.waitForFunction(() => window.__thorlineCaseMap?.laidOut() === true, undefined, { timeout: 0 });

  // The map idle: the chart's code is fetched and its layout worker started, before any click.
  await expect
    .poll(async () => (await fetched(page)).filter((p) => /\/ChartWorkspace-[\w-]+\.js$/.test(p)).length, {
      timeout: 60_000,
    })
    .toBe(1);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('thorline:layout-worker-started').length), {
      timeout: 60_000,
    })
    .toBe(1);

  // Selecting the case asks for its chart.
  const point = (await page.evaluate((id) => window.__thorlineCaseMap!.casePosition(id), chosen.id))!;
  const box = (await page.getByTestId('casemap').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(page.getByTestId('casemap-open-cases')).toHaveText('Open this case on the chart');
  await expect
    .poll(async () => (await fetched(page)).filter((p) => p.endsWith('/api/graph.get')).length)
    .toBe(1);

  // Opening it: no placeholder while code loads, the chart drawn, laid out by the warm worker,
  // and its data not asked for again.
  await page.evaluate(() => {
    const w = window as unknown as { placeholderSeen: boolean };
    w.placeholderSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('.view-opening')) w.placeholderSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('casemap-open-cases').click();
  await waitForChart(page, { nodes: graph.nodes.length, minRuns: 1 });
  // Drawn on screen: the chart holds its drawing while it is added, fitted and its textures
  // made (controller.addInSteps), then shows it; every entity's spot on the canvas is painted.
  const spots = await Promise.all(graph.nodes.map((n) => chart.position(page, n.id)));
  await expect.poll(() => paintedSpots(page, spots)).toBe(spots.length);
  expect(await page.evaluate(() => (window as unknown as { placeholderSeen: boolean }).placeholderSeen)).toBe(
    false,
  );
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  expect(marks).toContain('thorline:layout-worker-warm');
  expect(marks).not.toContain('thorline:layout-worker-cold');
  expect((await fetched(page)).filter((p) => p.endsWith('/api/graph.get'))).toHaveLength(1);
});

readOnlyTest(
  'opened on the chart from the address, its graph is asked for before the chart mounts',
  async ({ page, workbench }) => {
    const graph = await workbench.api('graph.get', {});
    await page.addInitScript(() => performance.setResourceTimingBufferSize(10_000));
    await page.goto(new URL('?testHooks=1&view=chart', workbench.url).toString());
    await waitForChart(page, { nodes: graph.nodes.length, minRuns: 1 });
    const { timings, mounted } = await page.evaluate(() => ({
      timings: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        path: new URL(e.name).pathname,
        start: e.startTime,
        end: e.responseEnd,
      })),
      mounted: performance.getEntriesByName('thorline:chart-mounted')[0]!.startTime,
    }));
    const asked = timings.filter((t) => t.path.endsWith('/api/graph.get'));
    const code = timings.find((t) => /\/ChartWorkspace-[\w-]+\.js$/.test(t.path))!;
    // Asked once (the chart's own query found the answer): after the chart's code had arrived
    // (the host, answering one request at a time, served the code first), and before the
    // chart view had mounted.
    expect(asked).toHaveLength(1);
    expect(code).toBeDefined();
    expect(asked[0]!.start).toBeGreaterThanOrEqual(code.end);
    expect(asked[0]!.start).toBeLessThan(mounted);
  },
);
