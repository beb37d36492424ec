// Network analysis end to end (issue 11): an analyst searches two entities, asks for the path
// between them and reads it step by step while the chart draws it highlighted; the inspector
// lists who used the shared prepaid phone and navigates to them; the key players table ranks
// the brokers first by betweenness.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { entityPoint, openWorkbench, waitForChart } from './helpers/chart';
import { entityId } from './helpers/workbench';

/** Types a query in the search box and chooses the hit of the given entity. */
async function searchAndChoose(page: Page, query: string, entityId: number) {
  const input = page.getByTestId('search-input');
  await input.fill(query);
  await page.getByTestId(`search-hit-${entityId}`).click();
  await expect(page.getByTestId('inspector-title')).toBeVisible();
}

const classed = (page: Page, cls: string) =>
  page.evaluate((c) => window.__thorlineChart!.entitiesWithClass(c), cls);

test('finds the path between two searched entities, lists its steps and draws it', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const contador = await entityId(workbench, 'Rivas Cortes', 'Armando Rivas Cortés');
  const flaco = await entityId(workbench, 'Hernandez Ruiz', 'José Luis Hernández Ruiz');
  const expected = await workbench.api('analysis.paths', { from: contador, to: flaco });
  expect(expected.paths.length).toBe(1);
  const path = expected.paths[0]!;

  // A typo in the name still finds the cartel's logistics man.
  await searchAndChoose(page, 'Rivas Cortez', contador);
  await page.getByTestId('path-from-here').click();
  await searchAndChoose(page, 'Hernandes Ruiz', flaco);
  await page.getByTestId('path-to-here').click();

  await expect(page.getByTestId('path-from')).toContainText('Armando Rivas Cortés');
  await expect(page.getByTestId('path-to')).toContainText('José Luis Hernández Ruiz');
  const steps = page.getByTestId('path-step');
  await expect(steps).toHaveCount(path.steps.length);
  for (const [i, step] of path.steps.entries()) {
    await expect(steps.nth(i)).toContainText(step.to.label);
    await expect(steps.nth(i)).toContainText(step.caseNumbers[0]!);
  }
  // The chart draws every entity of the path highlighted and dims the rest.
  await expect
    .poll(() => classed(page, 'on-path').then((ids) => ids.sort()))
    .toEqual(path.entities.map((e) => e.id).sort());
  expect((await classed(page, 'dimmed')).length).toBeGreaterThan(100);
  await page.waitForTimeout(500);
  await workbench.screen(page, 'analysis-path');

  // Skipping phones finds another way round, or says there is none.
  await page.getByLabel('phones').check();
  await expect(page.getByTestId('path-list').or(page.getByText('No path within reach'))).toBeVisible();
  const onPath = await classed(page, 'on-path');
  const phones = await workbench.api('graph.get', {});
  const phoneIds = new Set(phones.nodes.filter((n) => n.type === 'phone').map((n) => n.id));
  expect(onPath.filter((id) => phoneIds.has(id))).toEqual([]);
});

test('the inspector lists who used the shared phone, and its neighbours navigate', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  // A misspelt name finds its people, grouped by type, each with their cases.
  await page.getByTestId('search-input').fill('Mendosa');
  const results = page.getByTestId('search-results');
  await expect(results.getByTestId('search-group-person')).toHaveText('People');
  await expect(results).toContainText('Francisco Javier Mendoza Ibarra');
  await expect(results).toContainText('DEA-ELP-2021-058');
  await workbench.screen(page, 'search-grouped');
  const phone = await entityId(workbench, '5550100177', '(555) 010-0177');
  // The phone written without punctuation is found by its normalised number.
  await searchAndChoose(page, '5550100177', phone);
  await expect(page.getByTestId('inspector-title')).toHaveText('(555) 010-0177');
  const neighbours = page.getByTestId('inspector-neighbours');
  await expect(neighbours).toContainText('uses phone');
  const users = await workbench.api('graph.neighbours', { entityId: phone });
  const quintero = users.nodes.find((n) => n.label === 'Ramón Alberto Quintero Salas');
  expect(quintero).toBeDefined();
  await expect(neighbours.getByTestId(`neighbour-${quintero!.id}`)).toBeVisible();
  // Selecting the phone highlights its neighbours on the chart and dims the rest.
  await waitForChart(page);
  await expect.poll(() => classed(page, 'neighbour').then((ids) => ids.includes(quintero!.id))).toBe(true);
  await workbench.screen(page, 'inspector-neighbours');

  await neighbours.getByTestId(`neighbour-${quintero!.id}`).click();
  await expect(page.getByTestId('inspector-title')).toHaveText('Ramón Alberto Quintero Salas');
  await expect
    .poll(() => page.evaluate(() => window.__thorlineChart!.selectedIds()))
    .toEqual([`n${quintero!.id}`]);
  await expect(page.getByTestId('inspector-neighbours').getByTestId(`neighbour-${phone}`)).toBeVisible();
});

test('key players rank the brokers first by betweenness and size the chart; indicators list their evidence', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  await page.getByTestId('tab-analysis').click();
  const rows = page.getByTestId('measure-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const firstThree = (await rows.locator('td:nth-child(2)').allTextContents()).slice(0, 3).join(' | ');
  expect(firstThree).toMatch(/Quintero/);
  expect(firstThree).toMatch(/Mendoza/);
  await expect(page.getByTestId('network-summary')).toContainText('14 cases in');
  await page.getByTestId('size-by-measure').check();
  await expect.poll(async () => (await classed(page, 'sized')).length).toBeGreaterThan(100);
  await workbench.screen(page, 'analysis-key-players');

  // The indicators list the two guns recovered a month after purchase, ringed on the chart.
  const { hits } = await workbench.api('analysis.indicators', {});
  const shortTime = hits.filter((h) => h.kind === 'time_to_crime');
  expect(shortTime).toHaveLength(2);
  const ttc = page.getByTestId('indicator-time_to_crime');
  await ttc.scrollIntoViewIfNeeded();
  for (const h of shortTime) await expect(ttc).toContainText(h.entity.label);
  await expect(ttc).toContainText('recovered 30 days after purchase');
  const flagged = await classed(page, 'flagged');
  expect(shortTime.every((h) => flagged.includes(h.entity.id))).toBe(true);
  await workbench.screen(page, 'analysis-indicators');
});

test('shift-click selects several entities; the inspector lists them and dims the rest', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const phone = await entityId(workbench, '5550100177', '(555) 010-0177');
  await searchAndChoose(page, '5550100177', phone);
  await waitForChart(page);
  const users = await workbench.api('graph.neighbours', { entityId: phone });
  const user = users.nodes.find((n) => n.type === 'person')!;
  const at = await entityPoint(page, user.id);
  await page.keyboard.down('Shift');
  await page.mouse.click(at.x, at.y);
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('inspector-title')).toHaveText('2 entities selected');
  await expect(page.getByTestId('selection-inspector')).toContainText(user.label);
  await expect
    .poll(() => page.evaluate(() => window.__thorlineChart!.selectedIds().sort()))
    .toEqual([`n${phone}`, `n${user.id}`].sort());
  expect((await classed(page, 'dimmed')).length).toBeGreaterThan(100);
  await workbench.screen(page, 'analysis-multi-select');
});

test('the supply-chain layout names its columns over them', async ({ page, workbench }) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  const runs = await page.evaluate(() => window.__thorlineChart!.layoutsRun());
  await page.getByTestId('layout-select').selectOption('chain');
  await waitForChart(page, { minRuns: runs + 1 });
  const headers = page.getByTestId('chain-headers');
  await expect(headers).toContainText('Dealers');
  await expect(headers).toContainText('Recoveries');
  const graph = await workbench.api('graph.get', {});
  const dealer = graph.nodes.find((n) => n.type === 'dealer')!;
  const recovery = graph.nodes.find((n) => n.type === 'recovery')!;
  const centre = async (text: string) => {
    const b = (await headers.getByText(text, { exact: true }).boundingBox())!;
    return b.x + b.width / 2;
  };
  // Each header stands over its column (entityPoint lets the view settle first).
  const dealerAt = await entityPoint(page, dealer.id);
  const recoveryAt = await entityPoint(page, recovery.id);
  expect(Math.abs((await centre('Dealers')) - dealerAt.x)).toBeLessThan(30);
  expect(Math.abs((await centre('Recoveries')) - recoveryAt.x)).toBeLessThan(30);
  await workbench.screen(page, 'analysis-chain-headers');
});
