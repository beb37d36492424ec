// Direct work on the chart's links and background (issue 12, points 3 and 4), on the training
// scenario: a link's context menu hides that one link (its entities stay), "Show all hidden"
// and Undo bring it back, and a reload keeps it hidden; "Add entity…" from the background
// menu puts the new entity where the analyst right-clicked, moving nothing else, and undo and
// redo of the addition move nothing else either.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  viewSettled,
  waitForChart,
  emptyChartSpot,
  chartMenu,
  chartMenuItem,
  openCaseOnChart,
} from './helpers/chart';

/** The Lordsburg roadside stop: a small case, so the chart has room and links long enough to click. */
const SMALL_CASE = 'NMSP-2021-1204';

const hook = {
  visible: (page: Page) => page.evaluate(() => window.__thorlineChart!.visibleNodeIds()),
  hiddenLinks: (page: Page) => page.evaluate(() => window.__thorlineChart!.linksWithClass('chart-hidden')),
  nodeIds: (page: Page) => page.evaluate(() => window.__thorlineChart!.nodeIds()),
  positions: (page: Page) => page.evaluate(() => window.__thorlineChart!.modelPositions()),
};

/** Right-clicks the middle of the first drawn link whose menu opens there (no entity in the way). */
async function rightClickSomeLink(page: Page): Promise<{ linkId: string; from: number; to: number }> {
  const box = (await page.getByTestId('chart').boundingBox())!;
  const ids = await page.evaluate(() => window.__thorlineChart!.linksWithClass('link'));
  for (const linkId of ids) {
    const p = await page.evaluate((id) => window.__thorlineChart!.linkMidpoint(id), linkId);
    if (!p) continue;
    await page.mouse.click(box.x + p.x, box.y + p.y, { button: 'right' });
    await expect(chartMenu(page)).toBeVisible();
    if (await chartMenuItem(page, 'hide-link').isVisible()) {
      const [from, , to] = linkId.split('>');
      return { linkId, from: Number(from), to: Number(to) };
    }
    await page.keyboard.press('Escape');
    await expect(chartMenu(page)).toBeHidden();
  }
  throw new Error('no drawn link could be right-clicked');
}

/** The empty spot of the chart farthest from every entity (inside its middle, clear of overlays). */
const emptySpot = (page: Page) => emptyChartSpot(page, { x: [0.2, 0.8], y: [0.25, 0.75] });

async function rightClickAt(page: Page, at: { x: number; y: number }) {
  const box = (await page.getByTestId('chart').boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y, { button: 'right' });
  await expect(chartMenu(page)).toBeVisible();
}

test('hides one link from its menu; its entities stay; Show all hidden, Undo and a reload', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openCaseOnChart(page, workbench.url, SMALL_CASE);
  const entities = (await hook.visible(page)).sort();
  const link = await rightClickSomeLink(page);
  await expect(chartMenuItem(page, 'show-records')).toBeVisible();
  await workbench.screen(page, 'chart-link-menu');
  await chartMenuItem(page, 'hide-link').click();
  await expect(chartMenu(page)).toBeHidden();
  await expect.poll(() => hook.hiddenLinks(page)).toEqual([link.linkId]);
  // Only the link goes: both its entities, and every other entity, are still drawn.
  expect((await hook.visible(page)).sort()).toEqual(entities);

  // The background menu counts it among the hidden, and Undo names the link.
  const spot = await emptySpot(page);
  await rightClickAt(page, spot);
  await expect(chartMenuItem(page, 'show-hidden')).toHaveText('Show all hidden (1)');
  await expect(chartMenuItem(page, 'undo')).toHaveText(/^Undo hiding of link .+/);
  const from = await page.evaluate((id) => window.__thorlineChart!.nodeLabel(id), link.from);
  await expect(chartMenuItem(page, 'undo')).toContainText(from!);
  await chartMenuItem(page, 'undo').click();
  await expect.poll(() => hook.hiddenLinks(page)).toEqual([]);

  // Redo hides it again; "Show all hidden" shows it.
  await page.getByTestId('redo').click();
  await expect.poll(() => hook.hiddenLinks(page)).toEqual([link.linkId]);
  await rightClickAt(page, spot);
  await chartMenuItem(page, 'show-hidden').click();
  await expect.poll(() => hook.hiddenLinks(page)).toEqual([]);

  // Hidden links are part of the chart: the autosaved session keeps it, a reload brings it back hidden.
  await page.getByTestId('undo').click();
  await expect.poll(() => hook.hiddenLinks(page)).toEqual([link.linkId]);
  await expect
    .poll(async () => (await workbench.api('charts.session.get', {}))?.document.hiddenLinks ?? [])
    .toEqual([link.linkId]);
  await page.reload();
  await waitForChart(page);
  await expect.poll(() => hook.hiddenLinks(page)).toEqual([link.linkId]);
  expect((await hook.visible(page)).sort()).toEqual(entities);
});

test('adds an entity where the background was right-clicked; nothing else moves, through undo and redo', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openCaseOnChart(page, workbench.url, SMALL_CASE);
  const before = await hook.positions(page);
  const spot = await emptySpot(page);
  const view = await page.evaluate(() => ({
    zoom: window.__thorlineChart!.zoom(),
    pan: window.__thorlineChart!.pan(),
  }));
  const model = { x: (spot.x - view.pan.x) / view.zoom, y: (spot.y - view.pan.y) / view.zoom };

  await rightClickAt(page, spot);
  await chartMenuItem(page, 'add-entity').click();
  const dialog = page.getByTestId('add-fact');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('add-fact-type').selectOption('person');
  await dialog.getByTestId('add-fact-label').fill('Wendell Samplesby');
  await dialog.getByTestId('add-fact-text').fill('Passenger seen at the Lordsburg stop.');
  await dialog.getByTestId('add-fact-save').click();
  await expect(dialog).toBeHidden();

  const [hit] = await workbench.api('search.entities', { query: 'Wendell Samplesby' });
  const added = hit!.entityId;
  await expect.poll(() => hook.nodeIds(page)).toContain(added);
  await viewSettled(page);
  const after = await hook.positions(page);
  // The browser reports the click in whole pixels: within a pixel and a half of the spot.
  const placed = after[String(added)]!;
  expect(Math.hypot(placed.x - model.x, placed.y - model.y) * view.zoom).toBeLessThan(1.5);
  const drawnAt = await page.evaluate((id) => window.__thorlineChart!.renderedPosition(id), added);
  expect(Math.hypot(drawnAt!.x - spot.x, drawnAt!.y - spot.y)).toBeLessThan(1.5);
  const { [String(added)]: _new, ...others } = after;
  expect(others).toEqual(before);
  await workbench.screen(page, 'chart-entity-added-here');

  // Undo takes it off and puts nothing else elsewhere; redo brings it back to the same spot.
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Undo addition of Wendell Samplesby/);
  await page.getByTestId('undo').click();
  await expect.poll(() => hook.nodeIds(page)).not.toContain(added);
  await viewSettled(page);
  expect(await hook.positions(page)).toEqual(before);
  await page.getByTestId('redo').click();
  await expect.poll(() => hook.nodeIds(page)).toContain(added);
  await viewSettled(page);
  expect(await hook.positions(page)).toEqual(after);
});
