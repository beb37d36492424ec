// Direct work on the chart (issue 12 point 3) on the training scenario: hide an entity from
// its context menu and bring it back with "Show all hidden" or Undo; group three entities,
// collapse them into one counted node and expand them again; a pinned entity keeps its place
// through a layout; expanding by one link type adds only that type's neighbours; `?` shows
// every shortcut, and shortcuts stay quiet while the analyst types.
import type { Page } from '@playwright/test';
import { SHORTCUTS } from '../../renderer/src/chart/actions/shortcuts';
import { expect, readOnlyTest as test, type Workbench } from './fixtures';
import {
  chart,
  chartMenuItem,
  entityPoint,
  openWorkbench,
  shiftSelect,
  viewSettled,
  waitForChart,
} from './helpers/chart';
import { entityId } from './helpers/workbench';

const hook = {
  visible: (page: Page) => page.evaluate(() => window.__thorlineChart!.visibleNodeIds()),
  groups: (page: Page) => page.evaluate(() => window.__thorlineChart!.groups()),
  pinned: (page: Page) => page.evaluate(() => window.__thorlineChart!.pinnedIds()),
  model: (page: Page, id: number) => page.evaluate((e) => window.__thorlineChart!.modelPosition(e), id),
};

async function rightClickEntity(page: Page, id: number) {
  const p = await entityPoint(page, id);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await expect(page.getByTestId('chart-menu')).toBeVisible();
}

/** A right-click on empty chart near the right edge (a fitted chart keeps 40 px free there). */
async function rightClickBackground(page: Page) {
  await viewSettled(page);
  const box = (await page.getByTestId('chart').boundingBox())!;
  await page.mouse.click(box.x + box.width - 12, box.y + box.height / 2, { button: 'right' });
  await expect(page.getByTestId('chart-menu')).toBeVisible();
}

test('hides an entity from its menu; "Show all hidden" and Undo bring it back', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const phone = await entityId(workbench, '5550100177', '(555) 010-0177');
  const total = await chart.nodeCount(page);

  await rightClickEntity(page, phone);
  await expect(chartMenuItem(page, 'expand-by-type')).toBeVisible();
  await expect(chartMenuItem(page, 'path-from')).toBeVisible();
  await page.waitForTimeout(300);
  await workbench.screen(page, 'chart-context-menu');
  await chartMenuItem(page, 'hide').click();
  await expect(page.getByTestId('chart-menu')).toBeHidden();
  await expect.poll(() => hook.visible(page).then((ids) => ids.includes(phone))).toBe(false);
  expect((await hook.visible(page)).length).toBe(total - 1);

  await rightClickBackground(page);
  await expect(chartMenuItem(page, 'show-hidden')).toHaveText('Show all hidden (1)');
  await chartMenuItem(page, 'show-hidden').click();
  await expect.poll(() => hook.visible(page).then((ids) => ids.includes(phone))).toBe(true);

  // The keyboard hides the selection too (H), and Undo from the menu names what it undoes.
  await rightClickEntity(page, phone);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('chart-menu')).toBeHidden();
  await expect.poll(() => chart.selectedIds(page)).toEqual([`n${phone}`]);
  await page.keyboard.press('h');
  await expect.poll(() => hook.visible(page).then((ids) => ids.includes(phone))).toBe(false);
  await rightClickBackground(page);
  await expect(chartMenuItem(page, 'undo')).toHaveText('Undo hide of (555) 010-0177');
  await chartMenuItem(page, 'undo').click();
  await expect.poll(() => hook.visible(page).then((ids) => ids.includes(phone))).toBe(true);
});

test('groups three entities into a box, collapses them into one counted node and expands them', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const broker = await entityId(workbench, 'Quintero Salas', 'Ramón Alberto Quintero Salas');
  const buyers = await workbench.api('graph.neighbours', { entityId: broker });
  const crew = buyers.nodes.filter((n) => n.type === 'person' && n.id !== broker).slice(0, 3);
  // The Anchorage case alone: a chart small enough to read the group at its fitted zoom.
  const anchorage = await workbench.api('graph.get', { caseIds: [crew[0]!.caseIds[0]!] });
  const number = (await workbench.api('cases.list', {})).find((c) => c.id === crew[0]!.caseIds[0])!.number;
  await page.getByTestId(`case-row-${number}`).click();
  await waitForChart(page, { nodes: anchorage.nodes.length });
  expect(crew.length).toBe(3);
  const ids = crew.map((n) => n.id);

  // Click the first, shift-click the others, then G names the group.
  await shiftSelect(page, ids);
  await page.keyboard.press('g');
  await page.getByTestId('group-name').fill('Anchorage crew');
  await page.getByTestId('group-save').click();
  await expect
    .poll(() => hook.groups(page))
    .toEqual([
      { groupId: 'g1', label: 'Anchorage crew', collapsed: false, members: expect.arrayContaining(ids) },
    ]);

  await rightClickEntity(page, ids[0]!);
  await chartMenuItem(page, 'collapse').click();
  await expect.poll(() => hook.groups(page).then((g) => g[0]?.label)).toBe('Anchorage crew (3)');
  expect((await hook.groups(page))[0]!.collapsed).toBe(true);
  const visible = await hook.visible(page);
  expect(ids.filter((id) => visible.includes(id))).toEqual([]);
  const aggregated = await page.evaluate(() => window.__thorlineChart!.aggregatedLinks());
  expect(aggregated.some((a) => a.source === 'gnode:g1' || a.target === 'gnode:g1')).toBe(true);
  await page.waitForTimeout(300);
  await workbench.screen(page, 'chart-collapsed-group');

  // The group node's own menu expands it back into its box.
  await viewSettled(page);
  const box = (await page.getByTestId('chart').boundingBox())!;
  const g = (await page.evaluate(() => window.__thorlineChart!.groupPosition('g1')))!;
  await page.mouse.click(box.x + g.x, box.y + g.y, { button: 'right' });
  await chartMenuItem(page, 'expand-group').click();
  await expect.poll(() => hook.groups(page).then((x) => x[0]?.collapsed)).toBe(false);
  expect((await hook.visible(page)).filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
  await viewSettled(page);
  await workbench.screen(page, 'chart-group-box');
});

test('a pinned entity keeps its place through a layout', async ({ page, workbench }) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const house = await entityId(workbench, '1208 Sample Street', '1208 Sample Street, Tucson');
  await rightClickEntity(page, house);
  await chartMenuItem(page, 'pin').click();
  await expect.poll(() => hook.pinned(page)).toEqual([house]);
  await workbench.screen(page, 'chart-pinned');
  const before = await hook.model(page, house);
  const others = await chart.nodeIds(page);
  const other = others.find((id) => id !== house)!;
  const otherBefore = await hook.model(page, other);

  const runs = await chart.layoutsRun(page);
  await page.keyboard.press('l');
  await waitForChart(page, { minRuns: runs + 1 });
  expect(await hook.model(page, house)).toEqual(before);
  // The layout did run: the force layout starts afresh and moves the others.
  expect(await hook.model(page, other)).not.toEqual(otherBefore);
});

test('expanding by one link type adds only the neighbours of that type', async ({ page, workbench }) => {
  test.slow();
  const cases = await workbench.api('cases.list', {});
  const pick = await findTypedExpansion(workbench, cases);
  await openWorkbench(page, workbench.url);
  await page.getByTestId(`case-row-${pick.caseNumber}`).click();
  await waitForChart(page, { nodes: pick.drawn.length });
  const runs = await chart.layoutsRun(page);

  await rightClickEntity(page, pick.entityId);
  await chartMenuItem(page, 'expand-by-type').click();
  await expect(chartMenuItem(page, `linktype-${pick.type}`)).toBeVisible();
  await chartMenuItem(page, `linktype-${pick.type}`).click();
  const expected = new Set([...pick.drawn, ...pick.reached]);
  await waitForChart(page, { nodes: expected.size, minRuns: runs + 1 });
  expect(new Set(await chart.nodeIds(page))).toEqual(expected);
  expect(pick.otherTypeOnly.every((id) => !expected.has(id))).toBe(true);
});

test('a very connected entity warns with its neighbour count and adds only the cap', async ({
  page,
  workbench,
}) => {
  test.slow();
  const CAP = 1;
  const pick = await findTypedExpansion(workbench, await workbench.api('cases.list', {}));
  const counts = await workbench.api('entities.linkCounts', { entityId: pick.entityId });
  const capped = await workbench.api('graph.neighbours', {
    entityId: pick.entityId,
    limit: CAP,
    onChart: pick.drawn,
  });
  expect(counts.neighbours).toBeGreaterThan(CAP);
  await page.goto(new URL(`?testHooks&view=chart&expand=${CAP}`, workbench.url).toString());
  await waitForChart(page, { minRuns: 1 });
  await page.getByTestId(`case-row-${pick.caseNumber}`).click();
  await waitForChart(page, { nodes: pick.drawn.length });
  const runs = await chart.layoutsRun(page);

  await rightClickEntity(page, pick.entityId);
  await chartMenuItem(page, 'expand').click();
  const warning = page.getByTestId('expand-warning');
  await expect(warning).toContainText(`has ${counts.neighbours.toLocaleString('en-US')} neighbours`);
  await expect(warning).toContainText(`Only the ${CAP} most strongly linked will be added`);
  await warning.getByTestId('expand-warning-go').click();
  await expect(page.getByTestId('notice-info')).toContainText(
    `Added the ${CAP} most strongly linked of ${counts.neighbours.toLocaleString('en-US')} neighbours`,
  );
  // Neighbours already on the chart take no place: the strongest one off it is added.
  const expected = new Set([...pick.drawn, ...capped.nodes.map((n) => n.id)]);
  expect(expected.size).toBe(pick.drawn.length + CAP);
  await waitForChart(page, { nodes: expected.size, minRuns: runs + 1 });
  expect(new Set(await chart.nodeIds(page))).toEqual(expected);
});

/**
 * An entity of one case with a link type reaching entities off that case's chart, and
 * another type reaching others: expanding by the first must not add the second's.
 */
async function findTypedExpansion(workbench: Workbench, cases: { id: number; number: string }[]) {
  for (const c of cases) {
    const graph = await workbench.api('graph.get', { caseIds: [c.id] });
    const drawn = graph.nodes.map((n) => n.id);
    for (const n of graph.nodes) {
      const counts = await workbench.api('entities.linkCounts', { entityId: n.id });
      if (counts.types.length < 2) continue;
      const byType = await Promise.all(
        counts.types.map(async (t) => {
          const g = await workbench.api('graph.neighbours', { entityId: n.id, linkTypes: [t.type] });
          return { type: t.type, ids: g.nodes.map((x) => x.id).filter((id) => !drawn.includes(id)) };
        }),
      );
      const [first, ...rest] = byType.filter((t) => t.ids.length > 0);
      const otherTypeOnly = rest.flatMap((t) => t.ids).filter((id) => !first?.ids.includes(id));
      if (first && otherTypeOnly.length > 0) {
        return {
          caseNumber: c.number,
          entityId: n.id,
          drawn,
          type: first.type,
          reached: first.ids,
          otherTypeOnly,
        };
      }
    }
  }
  throw new Error('no entity with two link types reaching off its case');
}

test('? shows every shortcut; shortcuts stay quiet while typing in a field', async ({ page, workbench }) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  for (const s of SHORTCUTS) {
    await expect(sheet.getByTestId(`shortcut-${s.command}`)).toContainText(s.description);
    for (const k of s.keys) await expect(sheet.getByTestId(`shortcut-${s.command}`)).toContainText(k);
  }
  await workbench.screen(page, 'chart-shortcuts-sheet');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Selected through search, which focuses it: on the fitted chart of 232 entities a click
  // at its point can land on a neighbour drawn over it.
  const phone = await entityId(workbench, '5550100177', '(555) 010-0177');
  await page.getByTestId('search-input').fill('5550100177');
  await page.getByTestId(`search-hit-${phone}`).click();
  await expect.poll(() => chart.selectedIds(page), { timeout: 60_000 }).toEqual([`n${phone}`]);
  await page.getByTestId('search-input').fill('h');
  await page.getByTestId('search-input').press('h');
  await expect(page.getByTestId('search-input')).toHaveValue('hh');
  expect(await hook.visible(page)).toContain(phone);
});

test('colours and enlarges an entity from its menu; Undo puts its look back step by step', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const phone = await entityId(workbench, '5550100177', '(555) 010-0177');
  const look = () => page.evaluate((id) => window.__thorlineChart!.nodeLook(id), phone);
  const before = (await look())!;

  await rightClickEntity(page, phone);
  await chartMenuItem(page, 'style').click();
  await chartMenuItem(page, 'colour-red').click();
  await expect.poll(async () => (await look())!.colour).toBe('rgb(224,49,49)');
  await rightClickEntity(page, phone);
  await chartMenuItem(page, 'style').click();
  await chartMenuItem(page, 'size-larger').click();
  await expect.poll(async () => (await look())!.width).toBeCloseTo(before.width * 1.5, 0);

  await rightClickBackground(page);
  await expect(chartMenuItem(page, 'undo')).toHaveText('Undo enlarging of (555) 010-0177');
  await chartMenuItem(page, 'undo').click();
  await expect.poll(async () => (await look())!.width).toBeCloseTo(before.width, 0);
  expect((await look())!.colour).toBe('rgb(224,49,49)');
  await rightClickBackground(page);
  await expect(chartMenuItem(page, 'undo')).toHaveText('Undo colouring red of (555) 010-0177');
  await chartMenuItem(page, 'undo').click();
  await expect.poll(async () => (await look())!.colour).toBe(before.colour);
});
