// Helpers for driving the link chart in Playwright. The chart draws on a canvas, so the
// page is opened with ?testHooks, which makes the chart module expose a read-only
// window.__thorlineChart (counts, ids, selection, rendered positions).
import { expect, type Page } from '@playwright/test';
// Brings in the type of window.__thorlineChart.
import type {} from '../../../renderer/src/chart/test-hook';

/** Opens the workbench with the test hook and waits for the first layout to finish. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(new URL('?testHooks=1&view=chart', url).toString());
  await expect(page.getByTestId('chart')).toBeVisible();
  await waitForChart(page, { minRuns: 1 });
}

/**
 * Waits until the chart has nodes (optionally exactly n), no layout runs, and at least
 * minRuns layouts finished. It waits on the chart's own state for as long as the test may
 * run: how long a layout takes depends on the machine, not on the product.
 */
export async function waitForChart(
  page: Page,
  opts: { nodes?: number; edges?: number; minRuns?: number } = {},
) {
  await page.waitForFunction(
    ({ nodes, edges, minRuns }) => {
      const c = window.__thorlineChart;
      if (!c || c.layoutRunning() || c.layoutsRun() < minRuns) return false;
      if (nodes !== undefined && c.nodeCount() !== nodes) return false;
      if (edges !== undefined && c.edgeCount() !== edges) return false;
      return c.nodeCount() > 0;
    },
    { nodes: opts.nodes, edges: opts.edges, minRuns: opts.minRuns ?? 0 },
    { timeout: 0 },
  );
}

/** Waits until no layout runs (the chart container's data-layout-state says idle). */
export async function waitForLayoutIdle(page: Page) {
  await expect(page.getByTestId('chart')).toHaveAttribute('data-layout-state', 'idle', { timeout: 0 });
}

export const chart = {
  nodeCount: (page: Page) => page.evaluate(() => window.__thorlineChart!.nodeCount()),
  edgeCount: (page: Page) => page.evaluate(() => window.__thorlineChart!.edgeCount()),
  nodeIds: (page: Page) => page.evaluate(() => window.__thorlineChart!.nodeIds()),
  selectedIds: (page: Page) => page.evaluate(() => window.__thorlineChart!.selectedIds()),
  layoutsRun: (page: Page) => page.evaluate(() => window.__thorlineChart!.layoutsRun()),
  layoutsStarted: (page: Page) => page.evaluate(() => window.__thorlineChart!.layoutsStarted()),
  position: (page: Page, entityId: number) =>
    page.evaluate((id) => window.__thorlineChart!.renderedPosition(id), entityId),
};

/** Resolves once no layout runs and the view has stopped moving (fit and focus animate it). */
export async function viewSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const c = window.__thorlineChart;
      return !!c && !c.layoutRunning() && !c.viewAnimating();
    },
    undefined,
    { timeout: 0 },
  );
}

/** The page coordinates of an entity on the chart, after any view animation has settled. */
export async function entityPoint(page: Page, entityId: number): Promise<{ x: number; y: number }> {
  await viewSettled(page);
  const box = (await page.getByTestId('chart').boundingBox())!;
  const p = await chart.position(page, entityId);
  if (!p) throw new Error(`entity ${entityId} is not on the chart`);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Clicks the middle of a drawn link; returns false when something else (a node) was hit. */
export async function clickLink(page: Page, linkId: string): Promise<boolean> {
  await viewSettled(page);
  const box = (await page.getByTestId('chart').boundingBox())!;
  const p = await page.evaluate((id) => window.__thorlineChart!.linkMidpoint(id), linkId);
  if (!p || p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) return false;
  await page.mouse.click(box.x + p.x, box.y + p.y);
  const selected = await chart.selectedIds(page);
  return selected.length === 1 && selected[0] === `e${linkId}`;
}

export async function clickEntity(page: Page, entityId: number): Promise<void> {
  const p = await entityPoint(page, entityId);
  await page.mouse.click(p.x, p.y);
}

export async function doubleClickEntity(page: Page, entityId: number): Promise<void> {
  const p = await entityPoint(page, entityId);
  await page.mouse.dblclick(p.x, p.y);
}

/** Clicks the first entity, shift-clicks the others, and waits until exactly they are selected. */
export async function shiftSelect(page: Page, ids: number[]): Promise<void> {
  const first = await entityPoint(page, ids[0]!);
  await page.mouse.click(first.x, first.y);
  await page.keyboard.down('Shift');
  for (const id of ids.slice(1)) {
    const p = await entityPoint(page, id);
    await page.mouse.click(p.x, p.y);
  }
  await page.keyboard.up('Shift');
  await expect
    .poll(() => chart.selectedIds(page).then((s) => s.sort()))
    .toEqual(ids.map((i) => `n${i}`).sort());
}

/**
 * The spot of the chart farthest from every drawn entity, searched in steps of 5% within the
 * given fractions of its width and height; relative to the chart's top left corner.
 */
export async function emptyChartSpot(
  page: Page,
  area: { x: [number, number]; y: [number, number] },
): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('chart').boundingBox())!;
  const drawn = await page.evaluate(() => {
    const c = window.__thorlineChart!;
    return c.nodeIds().map((id) => c.renderedPosition(id)!);
  });
  let best = { x: box.width / 2, y: box.height / 2, d: -1 };
  for (let fx = area.x[0]; fx <= area.x[1]; fx += 0.05) {
    for (let fy = area.y[0]; fy <= area.y[1]; fy += 0.05) {
      const [x, y] = [box.width * fx, box.height * fy];
      const d = Math.min(...drawn.map((p) => Math.hypot(p.x - x, p.y - y)));
      if (d > best.d) best = { x, y, d };
    }
  }
  return { x: best.x, y: best.y };
}

/** Opens the workbench on one case's chart: its row clicked, its layout run, the view still. */
export async function openCaseOnChart(page: Page, url: string, number: string): Promise<void> {
  await openWorkbench(page, url);
  const runs = await page.evaluate(() => window.__thorlineChart!.layoutsRun());
  await page.getByTestId(`case-row-${number}`).click();
  await waitForChart(page, { minRuns: runs + 1 });
  await viewSettled(page);
}

/** The chart's context menu, and one of its items. */
export const chartMenu = (page: Page) => page.getByTestId('chart-menu');
export const chartMenuItem = (page: Page, id: string) => chartMenu(page).getByTestId(`menu-${id}`);
