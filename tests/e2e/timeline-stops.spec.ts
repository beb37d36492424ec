// Traffic stops on the timeline (issue 11, point 6: "purchases, calls, stops, crossings,
// seizures, recoveries"), on the training scenario: the legend counts the scenario's two stops
// (the Wisconsin trooper's I-94 stop and the New Mexico roadside stop) in a colour of their own,
// the bars draw them in it, and selecting a stop marks its event.
import type { Page } from '@playwright/test';
import { ENTITY_STYLE } from '../../renderer/src/chart/style-tables';
import { expect, readOnlyTest as test } from './fixtures';
import { clickEntity, openWorkbench, viewSettled, waitForChart } from './helpers/chart';

const ofType = (page: Page, type: string) =>
  page.evaluate((t) => window.__thorlineChart!.entitiesWithClass(`type-${t}`), type);

/** "#364fc7" as the browser reports a computed colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('the timeline counts the traffic stops in their own colour; selecting one marks it', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWorkbench(page, workbench.url);
  expect(await ofType(page, 'stop')).toHaveLength(2);
  const key = page.getByTestId('timeline-key-stop');
  await expect(key).toHaveText('Stops 2');
  const swatch = await key.locator('i').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(swatch).toBe(rgb(ENTITY_STYLE.stop.colour));
  // Its colour is its own among the kinds the legend shows.
  const kinds = await page
    .locator('[data-testid^="timeline-key-"] i')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  expect(kinds.filter((c) => c === swatch)).toHaveLength(1);
  await expect(page.getByTestId('timeline-chart').locator('rect[data-kind="stop"]')).toHaveCount(2);
  await viewSettled(page);
  await workbench.screen(page, 'timeline-stops');

  // The New Mexico roadside stop: before, its case had no dated record at all.
  const runs = await page.evaluate(() => window.__thorlineChart!.layoutsRun());
  await page.getByTestId('case-row-NMSP-2021-1204').click();
  await waitForChart(page, { minRuns: runs + 1 });
  await expect(key).toHaveText('Stops 1');
  await expect(page.getByTestId('timeline')).not.toContainText('No dated records');
  const [stop] = await ofType(page, 'stop');
  await expect(page.getByTestId('timeline-mark')).toHaveCount(0);
  await clickEntity(page, stop!);
  await expect(page.getByTestId('inspector-title')).toContainText('Traffic stop I-10 near Lordsburg');
  await expect(page.getByTestId('timeline-mark')).toHaveCount(1);
  await workbench.screen(page, 'timeline-stop-selected');
});
