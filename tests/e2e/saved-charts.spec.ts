// Saved charts and undo, click by click: build a chart (pick a case, expand an entity,
// drag it), undo and redo the drag from the toolbar, save the chart, reload the page and
// see it exactly as left (same positions to the last bit, no layout run), open the saved
// chart from the list and see it identical again; the list shows thumbnails.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  chart,
  doubleClickEntity,
  entityPoint,
  openWorkbench,
  waitForChart,
  waitForLayoutIdle,
} from './helpers/chart';
// Brings in the type of window.__thorlineCaseMap.
import type {} from '../../renderer/src/casemap/test-hook';

type Positions = Record<string, { x: number; y: number }>;
const positions = (page: Page) => page.evaluate(() => window.__thorlineChart!.modelPositions());

async function drag(page: Page, entityId: number, dx: number, dy: number) {
  const p = await entityPoint(page, entityId);
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(p.x + (dx * i) / 8, p.y + (dy * i) / 8);
  await page.mouse.up();
}

/** Waits until the chart shows exactly these positions (after an undo, redo or reopening). */
async function waitForPositions(page: Page, wanted: Positions) {
  await page.waitForFunction(
    (w) => JSON.stringify(window.__thorlineChart?.modelPositions() ?? null) === JSON.stringify(w),
    wanted,
    { timeout: 60_000 },
  );
}

test('a chart built, saved and reloaded comes back exactly; a drag undoes and redoes', async ({
  page,
  workbench,
}) => {
  await openWorkbench(page, workbench.url);
  const cases = await workbench.api('cases.list', {});
  const whole = await workbench.api('graph.get', {});
  const cross = whole.nodes.find((n) => n.crossCase)!;
  const home = cases.find((c) => c.id === cross.caseIds[0])!;
  const own = await workbench.api('graph.get', { caseIds: [home.id] });
  const neighbours = await workbench.api('graph.neighbours', { entityId: cross.id });
  const expected = new Set([...own.nodes, ...neighbours.nodes].map((n) => n.id));

  // Build: one case, one expansion.
  await page.getByTestId(`case-row-${home.number}`).click();
  await waitForChart(page, { nodes: own.nodes.length });
  await waitForLayoutIdle(page);
  await doubleClickEntity(page, cross.id);
  await waitForChart(page, { nodes: expected.size });
  await waitForLayoutIdle(page);
  await expect(page.getByTestId('undo')).toHaveAttribute('title', `Undo expand of ${cross.label} (Ctrl+Z)`);

  // Drag the expanded entity; undo puts it back, redo moves it again.
  const beforeDrag = await positions(page);
  await drag(page, cross.id, 120, 70);
  const afterDrag = await positions(page);
  expect(afterDrag[cross.id]).not.toEqual(beforeDrag[cross.id]);
  await expect(page.getByTestId('undo')).toHaveAttribute('title', `Undo move of ${cross.label} (Ctrl+Z)`);
  await page.getByTestId('undo').click();
  await waitForPositions(page, beforeDrag);
  await expect(page.getByTestId('redo')).toHaveAttribute(
    'title',
    `Redo move of ${cross.label} (Ctrl+Shift+Z)`,
  );
  await page.keyboard.press('Control+Shift+Z');
  await waitForPositions(page, afterDrag);

  // Save it under a name; a copy under another, so the list shows two thumbnails.
  await page.getByTestId('tab-charts').click();
  await page.getByTestId('chart-save').click();
  await page.getByTestId('chart-name-input').fill('Bridge entity and its neighbours');
  await page.getByTestId('chart-name-submit').click();
  await expect(page.getByTestId('open-chart-name')).toHaveText('Bridge entity and its neighbours');
  await page.getByTestId('chart-save-as').click();
  await page.getByTestId('chart-name-input').fill('Bridge entity, second copy');
  await page.getByTestId('chart-name-submit').click();
  const rows = page.getByTestId('saved-chart-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.locator('img')).toHaveCount(2);
  await expect(rows.first()).toContainText(`${expected.size} entities`);
  await workbench.screen(page, 'saved-charts');

  const saved = await workbench.api('charts.list', {});
  const first = saved.find((c) => c.name === 'Bridge entity and its neighbours')!;
  const doc = (await workbench.api('charts.get', { chartId: first.id })).document;
  expect(doc.positions).toEqual(afterDrag);
  expect(new Set(doc.entities)).toEqual(expected);

  // The autosaved session holds the chart as it is now; a reload brings it back with no layout.
  const zoom = await page.evaluate(() => window.__thorlineChart!.zoom());
  const pan = await page.evaluate(() => window.__thorlineChart!.pan());
  await expect
    .poll(async () => JSON.stringify((await workbench.api('charts.session.get', {}))?.document.positions), {
      timeout: 30_000,
    })
    .toBe(JSON.stringify(afterDrag));
  await page.reload();
  await waitForChart(page, { nodes: expected.size });
  await waitForPositions(page, afterDrag);
  expect(await chart.layoutsStarted(page)).toBe(0);
  expect(await page.evaluate(() => window.__thorlineChart!.zoom())).toBe(zoom);
  expect(await page.evaluate(() => window.__thorlineChart!.pan())).toEqual(pan);

  // Move something, then open the saved chart: it is back exactly as saved, still no layout.
  await drag(page, cross.id, -200, -40);
  await page.getByTestId('tab-charts').click();
  await page
    .locator('[data-testid="saved-chart-row"][data-chart-name="Bridge entity and its neighbours"]')
    .getByTestId('chart-open')
    .click();
  await waitForPositions(page, afterDrag);
  expect(await chart.layoutsStarted(page)).toBe(0);
  await expect(page.getByTestId('open-chart-name')).toHaveText('Bridge entity and its neighbours');
  // Undo the opening: the moved chart is back; redo: the saved one again.
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await positions(page))[cross.id]).not.toEqual(afterDrag[cross.id]);
  await page.getByTestId('redo').click();
  await waitForPositions(page, afterDrag);
});

test('a reload whose session answer comes after the cases’ graph still shows the session’s chart, with no layout', async ({
  page,
  workbench,
}) => {
  await openWorkbench(page, workbench.url);
  const cases = await workbench.api('cases.list', {});
  const home = cases[0]!;
  const own = await workbench.api('graph.get', { caseIds: [home.id] });
  await page.getByTestId(`case-row-${home.number}`).click();
  await waitForChart(page, { nodes: own.nodes.length });
  await waitForLayoutIdle(page);
  const shown = await positions(page);
  await expect
    .poll(async () => JSON.stringify((await workbench.api('charts.session.get', {}))?.document.positions), {
      timeout: 30_000,
    })
    .toBe(JSON.stringify(shown));

  // The race of a loaded machine, made certain: the session's answer is held back until the
  // whole workspace's graph (which the key and the filters read) is on the page.
  await page.route('**/api/charts.session.get**', async (route) => {
    await page.getByTestId('legend').waitFor();
    await route.continue();
  });
  await page.reload();
  await waitForChart(page, { nodes: own.nodes.length });
  await waitForPositions(page, shown);
  expect(await chart.layoutsStarted(page)).toBe(0);
});

test('coming back to the chart from the case map shows it as left, with no layout', async ({
  page,
  workbench,
}) => {
  await openWorkbench(page, workbench.url);
  const home = (await workbench.api('cases.list', {}))[0]!;
  const own = await workbench.api('graph.get', { caseIds: [home.id] });
  await page.getByTestId(`case-row-${home.number}`).click();
  await waitForChart(page, { nodes: own.nodes.length });
  await waitForLayoutIdle(page);
  const shown = await positions(page);
  for (let visit = 1; visit <= 2; visit++) {
    await page.getByTestId('view-casemap').click();
    await expect(page.getByTestId('chart')).toHaveCount(0);
    await page.getByTestId('view-chart').click();
    await waitForChart(page, { nodes: own.nodes.length });
    await waitForPositions(page, shown);
    // A new chart each visit: its counter starts at zero.
    expect(await chart.layoutsStarted(page), `visit ${visit}`).toBe(0);
  }

  // A case opened from the case map is a new chart: the one left is not brought back instead.
  const other = (await workbench.api('cases.list', {}))[1]!;
  const its = await workbench.api('graph.get', { caseIds: [other.id] });
  await page.getByTestId('view-casemap').click();
  await page.waitForFunction(() => window.__thorlineCaseMap?.laidOut() === true, undefined, { timeout: 0 });
  const at = (await page.evaluate((id) => window.__thorlineCaseMap!.casePosition(id), other.id))!;
  const map = (await page.getByTestId('casemap').boundingBox())!;
  await page.mouse.click(map.x + at.x, map.y + at.y);
  await page.getByTestId('casemap-open-cases').click();
  await waitForChart(page, { nodes: its.nodes.length, minRuns: 1 });
  await expect(page.getByTestId(`case-row-${other.number}`)).toHaveClass(/selected/);
});
