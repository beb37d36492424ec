// The Map view end to end on the training scenario: the scenario's places are drawn in the
// right states (each node's latitude and longitude tested by point-in-polygon on the bundled
// outlines, through window.__thorlineMap), the flow of guns is drawn, selecting on the map
// selects in the inspector (the workbench's one selection), a place typed for an unplaced
// entity or its drop on the map puts it there, and the map exports as a PNG.
// Screens: the whole map, and the border region.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import fs from 'node:fs';
import type {} from '../../renderer/src/map/map-test-hook';
import { expect, test, type Workbench } from './fixtures';
import { openWorkbench } from './helpers/chart';
import { entityId } from './helpers/workbench';

async function openMap(page: Page, workbench: Workbench) {
  await openWorkbench(page, workbench.url);
  await page.getByTestId('view-map').click();
  await expect(page.getByTestId('map')).toBeVisible();
  await page.waitForFunction(() => window.__thorlineMap?.ready() === true, undefined, { timeout: 0 });
}

const mapNodes = (page: Page) => page.evaluate(() => window.__thorlineMap!.nodes());

test('draws the scenario at its places, in the right states, with the flow of guns', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openMap(page, workbench);
  const graph = await workbench.api('graph.get', {});
  const expected = await workbench.api('map.places', { entityIds: graph.nodes.map((n) => n.id) });
  const placed = expected.places.filter((p) => p.lat !== undefined);
  const nodes = await mapNodes(page);
  expect(nodes.map((n) => n.entityId).sort()).toEqual(placed.map((p) => p.entityId).sort());
  // Every drawn entity lies in the state its place names, by the outlines the map draws.
  for (const n of nodes) expect(n.stateByOutline, `${n.entityId} at ${n.placeName}`).toBe(n.stateCode);
  // Each node sits at (or fanned out close round) the projection of its place.
  for (const n of nodes) expect(n.fanPx).toBeLessThan(80);

  const zapopan = await entityId(workbench, 'Zapopan', 'Recovery Calle Ejemplo 418, Zapopan', {
    prefix: true,
  });
  const store = await entityId(workbench, 'Badger Sporting', 'Badger Sporting Goods', { prefix: true });
  const byId = new Map(nodes.map((n) => [n.entityId, n]));
  expect(byId.get(zapopan)).toMatchObject({ stateByOutline: 'MX-JAL', placeName: 'Zapopan, Jalisco' });
  expect(byId.get(store)).toMatchObject({ stateByOutline: 'US-WI', placeName: 'Milwaukee, WI' });
  // Milwaukee is drawn north-east of Zapopan, as on any map.
  expect(byId.get(store)!.x).toBeGreaterThan(byId.get(zapopan)!.x);
  expect(byId.get(store)!.y).toBeLessThan(byId.get(zapopan)!.y);

  expect(await page.evaluate(() => window.__thorlineMap!.flowCount())).toBe(expected.flows.length);
  expect(expected.flows.length).toBeGreaterThan(3);
  await page.waitForTimeout(300);
  await workbench.screen(page, 'map');

  await page.getByTestId('map-border').click();
  await page.waitForTimeout(300);
  await workbench.screen(page, 'map-border');
});

test('selecting on the map selects in the inspector, which the chart view shares', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openMap(page, workbench);
  const store = await entityId(workbench, 'Badger Sporting', 'Badger Sporting Goods', { prefix: true });
  // Milwaukee and Waukesha overlap at country scale: zoom on the metro area first.
  await page.evaluate(() => window.__thorlineMap!.zoomTo([-88.6, 42.6, -87.4, 43.4]));
  const node = (await mapNodes(page)).find((n) => n.entityId === store)!;
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + node.rendered.x, box.y + node.rendered.y);
  await expect(page.getByTestId('inspector-title')).toHaveText('Badger Sporting Goods');
  expect(await page.evaluate(() => window.__thorlineMap!.selectedIds())).toEqual([store]);
  // The selection is the workbench's, not the map's: the chart view's inspector shows it too.
  await page.getByTestId('view-chart').click();
  await expect(page.getByTestId('chart')).toBeVisible();
  await expect(page.getByTestId('inspector-title')).toHaveText('Badger Sporting Goods');
  // ...and the chart draws it selected once its entities are loaded.
  await expect
    .poll(() => page.evaluate(() => window.__thorlineChart?.selectedIds() ?? []), { timeout: 120_000 })
    .toContain(`n${store}`);
});

test('places entities by a typed place and by drag and drop, and exports the map as PNG', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openMap(page, workbench);
  const unplaced = await page.evaluate(() => window.__thorlineMap!.unplacedIds());
  const cell = await entityId(workbench, 'Tapatios', 'Célula Los Tapatíos del Pacífico', { prefix: true });
  expect(unplaced).toContain(cell);
  await expect(page.getByTestId('map-unplaced')).toContainText(`Not placed (${unplaced.length})`);
  await page.getByTestId(`unplaced-${cell}`).click();
  await page.getByTestId('type-place-input').fill('Zapopan, Jalisco');
  await page.getByTestId('type-place-save').click();
  await expect(page.getByTestId(`unplaced-${cell}`)).toHaveCount(0);
  await expect
    .poll(async () => (await mapNodes(page)).find((n) => n.entityId === cell)?.stateByOutline ?? null)
    .toBe('MX-JAL');

  // Dragged from the list and dropped on Tucson: placed there by hand, in Arizona.
  const courier = unplaced.find((id) => id !== cell)!;
  const tucson = (await mapNodes(page)).find((n) => n.placeName === 'Tucson, AZ')!;
  await page.getByTestId(`unplaced-${courier}`).dragTo(page.getByTestId('map'), {
    targetPosition: { x: tucson.rendered.x + 4, y: tucson.rendered.y + 4 },
  });
  await expect(page.getByTestId(`unplaced-${courier}`)).toHaveCount(0);
  await expect
    .poll(async () => (await mapNodes(page)).find((n) => n.entityId === courier)?.stateByOutline ?? null)
    .toBe('US-AZ');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('map-export-png').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^thorline-map-.*\.png$/);
  const png = PNG.sync.read(fs.readFileSync(await download.path()));
  expect(png.width).toBeGreaterThan(2000);
  // A drawn map, not a blank canvas: land, sea, borders and nodes give many colours.
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(20);
});

test("the chart's filters hold on the map: hiding dealers takes the stores off it", async ({
  page,
  workbench,
}) => {
  test.slow();
  await openMap(page, workbench);
  const graph = await workbench.api('graph.get', {});
  const dealers = new Set(graph.nodes.filter((n) => n.type === 'dealer').map((n) => n.id));
  const before = await mapNodes(page);
  expect(before.filter((n) => dealers.has(n.entityId)).length).toBeGreaterThan(0);
  await page.getByTestId('view-chart').click();
  await page.getByTestId('filters-button').click();
  await page.getByTestId('filter-option-entityType-dealer').uncheck();
  await expect(page.getByTestId('filter-chip-entityType')).toBeVisible();
  await page.getByTestId('view-map').click();
  await page.waitForFunction(() => window.__thorlineMap?.ready() === true, undefined, { timeout: 0 });
  await expect.poll(async () => (await mapNodes(page)).filter((n) => dealers.has(n.entityId)).length).toBe(0);
  expect((await mapNodes(page)).length).toBe(
    before.length - before.filter((n) => dealers.has(n.entityId)).length,
  );
});
