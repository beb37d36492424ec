// Filters and the timeline end to end (issue 11, points 4–6) on the training scenario: a chip
// hiding the phones hides exactly them and removing it restores them; dimming keeps them drawn;
// brushing the timeline filters the chart to a period (a date chip); playback steps through
// time; selecting an entity marks its events; drawn labels do not overlap.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clickEntity, entityPoint, openWorkbench, viewSettled } from './helpers/chart';

const hook = {
  visible: (page: Page) => page.evaluate(() => window.__thorlineChart!.visibleNodeCount()),
  filtered: (page: Page) => page.evaluate(() => window.__thorlineChart!.filteredIds().sort((a, b) => a - b)),
  ofType: (page: Page, type: string) =>
    page.evaluate((t) => window.__thorlineChart!.entitiesWithClass(`type-${t}`).sort((a, b) => a - b), type),
};

/** Drags across the timeline from one fraction of its width to another. */
async function brush(page: Page, from: number, to: number) {
  const box = (await page.getByTestId('timeline-chart').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

test('a chip hides the phones, dimming keeps them drawn, and removing the chip restores them', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const all = await hook.visible(page);
  const phones = await hook.ofType(page, 'phone');
  expect(phones.length).toBeGreaterThan(5);

  await page.getByTestId('filters-button').click();
  // The option counts the phones on the chart.
  await expect(page.getByTestId('filter-count-entityType-phone')).toHaveText(String(phones.length));
  await page.getByTestId('filter-option-entityType-phone').uncheck();
  await expect(page.getByTestId('filter-chip-entityType')).toContainText('hiding Phones');
  await expect.poll(() => hook.visible(page)).toBe(all - phones.length);
  expect(await hook.filtered(page)).toEqual(phones);

  // Dimmed instead of hidden: every entity is drawn, the phones still marked as filtered.
  await page.getByTestId('filter-mode-dim').click();
  await expect.poll(() => hook.visible(page)).toBe(all);
  expect(await hook.filtered(page)).toEqual(phones);
  await page.getByTestId('filter-mode-hide').click();
  await expect.poll(() => hook.visible(page)).toBe(all - phones.length);

  // Two kinds combine; "Clear all" removes both.
  await page.getByTestId('filter-degree-min').fill('3');
  await expect(page.getByTestId('filter-chip-degree')).toContainText('Degree ≥ 3');
  await expect.poll(() => hook.visible(page)).toBeLessThan(all - phones.length);
  await page.getByTestId('filters-clear-all').click();
  await expect.poll(() => hook.visible(page)).toBe(all);

  await page.getByTestId('filter-option-entityType-phone').uncheck();
  await expect.poll(() => hook.visible(page)).toBe(all - phones.length);
  await page.getByTestId('filter-chip-remove-entityType').click();
  await expect(page.getByTestId('filter-chip-entityType')).toHaveCount(0);
  await expect.poll(() => hook.visible(page)).toBe(all);
  expect(await hook.filtered(page)).toEqual([]);
});

test('brushing the timeline filters the chart to a period; playback steps through time', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const all = await hook.visible(page);
  await expect(page.getByTestId('timeline-chart')).toBeVisible();

  await brush(page, 0.35, 0.6);
  await expect(page.getByTestId('filter-chip-date')).toContainText('Dates:');
  await expect.poll(() => hook.visible(page)).toBeLessThan(all);
  const inPeriod = await hook.visible(page);
  expect(inPeriod).toBeGreaterThan(0);
  await page.getByTestId('filters-button').click();
  await page.getByTestId('filter-option-entityType-phone').uncheck();
  await page.getByTestId('filters-button').click();
  await viewSettled(page);
  await page.waitForTimeout(300);
  await workbench.screen(page, 'filters-chips-timeline');

  await page.getByTestId('filter-chip-remove-date').click();
  await page.getByTestId('filter-chip-remove-entityType').click();
  await expect.poll(() => hook.visible(page)).toBe(all);

  // Playback: the window's end moves forward and the chart grows with it.
  await page.getByTestId('timeline-speed').selectOption('2');
  await page.getByTestId('timeline-play').click();
  const playhead = page.getByTestId('timeline-playhead');
  await expect(playhead).toBeAttached();
  const first = (await playhead.getAttribute('data-until'))!;
  const shownFirst = await hook.visible(page);
  await expect.poll(async () => (await playhead.getAttribute('data-until'))! > first).toBe(true);
  await expect.poll(() => hook.visible(page)).toBeGreaterThan(shownFirst);
  await workbench.screen(page, 'filters-playback');
  await page.getByTestId('timeline-pause').click();
  await expect(page.getByTestId('filter-chip-date')).toBeVisible();

  // The timeline can be put away and brought back.
  await page.getByTestId('timeline-toggle').click();
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  await page.getByTestId('timeline-toggle').click();
  await expect(page.getByTestId('timeline-chart')).toBeVisible();
});

test('selecting a purchase marks its event on the timeline; drawn labels do not overlap', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  await page.waitForTimeout(500); // the label pass runs once the layout has settled
  const boxes = await page.evaluate(() => window.__thorlineChart!.shownLabelBoxes());
  expect(boxes.length).toBeGreaterThan(10);
  const clashes = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
      .map((b) => `${a.id}/${b.id}`),
  );
  expect(clashes).toEqual([]);

  await expect(page.getByTestId('timeline-mark')).toHaveCount(0);
  const purchase = (await hook.ofType(page, 'purchase'))[0]!;
  await clickEntity(page, purchase);
  await expect(page.getByTestId('timeline-mark').first()).toBeVisible();
  expect(Number(await page.getByTestId('timeline-mark').first().getAttribute('data-count'))).toBeGreaterThan(
    0,
  );
});

test('a cut label shows in full on hover; a shift-drag box selects several entities with filters on', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  await viewSettled(page);
  // The longest label on the chart is cut at rest; hovering its entity shows it whole.
  const labels = await page.evaluate(() =>
    window.__thorlineChart!.nodeIds().map((id) => ({ id, label: window.__thorlineChart!.nodeLabel(id)! })),
  );
  const longest = labels.sort((a, b) => b.label.length - a.label.length)[0]!;
  const at = await entityPoint(page, longest.id);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('label-tooltip')).toHaveText(longest.label);
  await page.mouse.move(5, 5);
  await expect(page.getByTestId('label-tooltip')).toHaveCount(0);

  // With the phones hidden, a box around an entity selects the entities drawn in it.
  await page.getByTestId('filters-button').click();
  await page.getByTestId('filter-option-entityType-phone').uncheck();
  await page.getByTestId('filters-button').click();
  await expect.poll(() => hook.filtered(page).then((ids) => ids.length)).toBeGreaterThan(0);
  const box = (await page.getByTestId('chart').boundingBox())!;
  const positions = await page.evaluate(() =>
    window.__thorlineChart!.nodeIds().map((id) => ({ id, p: window.__thorlineChart!.renderedPosition(id)! })),
  );
  const hidden = new Set(await hook.filtered(page));
  const drawn = positions.filter((n) => !hidden.has(n.id));
  // The drawn entity with the most drawn entities within 70 px: a small crowd to box.
  const within = (c: { x: number; y: number }, d: number) =>
    drawn.filter((n) => Math.abs(n.p.x - c.x) < d && Math.abs(n.p.y - c.y) < d);
  const centre = drawn.map((n) => n.p).sort((a, b) => within(b, 70).length - within(a, 70).length)[0]!;
  // Entities well inside the box are selected, and none far outside it (a node is boxed by its drawn extent).
  const inside = within(centre, 40).map((n) => `n${n.id}`);
  const around = new Set(within(centre, 110).map((n) => `n${n.id}`));
  expect(inside.length).toBeGreaterThan(1);
  await page.keyboard.down('Shift');
  await page.mouse.move(box.x + centre.x - 70, box.y + centre.y - 70);
  await page.mouse.down();
  await page.mouse.move(box.x + centre.x, box.y + centre.y, { steps: 5 });
  await page.mouse.move(box.x + centre.x + 70, box.y + centre.y + 70, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('inspector-title')).toHaveText(/\d+ entities selected/);
  const selected = await page.evaluate(() =>
    window.__thorlineChart!.selectedIds().filter((id) => id.startsWith('n')),
  );
  expect(selected).toEqual(expect.arrayContaining(inside));
  expect(selected.filter((id) => !around.has(id))).toEqual([]);
  // The selection's neighbours are highlighted and the rest dimmed; hidden phones stay hidden.
  expect(
    (await page.evaluate(() => window.__thorlineChart!.entitiesWithClass('dimmed'))).length,
  ).toBeGreaterThan(0);
  await expect.poll(() => hook.visible(page)).toBe(drawn.length);
  await workbench.screen(page, 'filters-box-selection');
});
