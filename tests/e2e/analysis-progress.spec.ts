// Key players of a big network (11,000+ entities, generated): the Analysis tab shows how far
// the backend's worker has come and a Cancel button; Cancel stops the run (the backend answers
// CANCELLED), and "Measure again" brings the table back with betweenness marked estimated.
// The chart itself is kept small (?budget=40): the measures cover the whole workspace. Then,
// switched to the training workspace mid-run, the Analysis tab shows none of the old run.
import { expect, type Page } from '@playwright/test';
import Papa from 'papaparse';
import fs from 'node:fs';
import path from 'node:path';
import { SCREENS_DIR, generatedWorkspaceTest } from './fixtures';
import { waitForChart } from './helpers/chart';

// Big enough that measuring lasts seconds even on a quiet machine, so Cancel lands mid-run.
const RECORDS = 24_000;

const test = generatedWorkspaceTest(RECORDS, 7);

/** Holds the page's key-players requests until the returned function is called. */
async function holdStructureRequests(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/analysis.structure', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('a big network shows the measuring progress, stops on Cancel and measures again', async ({
  page,
  host,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  // The structure request waits until the Analysis tab is open, so its progress is seen from the start.
  const release = await holdStructureRequests(page);
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart&budget=40`);
  await waitForChart(page, { nodes: 40 });
  await page.getByTestId('tab-analysis').click();
  const answered = page.waitForResponse('**/api/analysis.structure');
  release();

  const progress = page.getByTestId('structure-progress');
  await expect(progress).toContainText(/\d+%/, { timeout: 120_000 });
  // Cancel at once: the run may end within seconds; the screenshot of the progress is taken
  // while measuring again, below.
  await page.getByTestId('structure-cancel').click({ timeout: 30_000 });
  const cancelled = (await (await answered).json()) as { ok: boolean; error?: { code: string } };
  expect(cancelled.error?.code).toBe('CANCELLED');
  await expect(progress).toBeHidden();
  const again = page.getByTestId('structure-cancelled');
  await expect(again).toBeVisible();
  await expect(page.getByTestId('measure-table').locator('tbody tr')).toHaveCount(0);

  await again.getByRole('button', { name: 'Measure again' }).click();
  // A picture of the progress for the reader, when this run is still going (the first run
  // above already showed it; a quick machine may finish before it is taken).
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  if (await progress.isVisible())
    await page.screenshot({ path: path.join(SCREENS_DIR, 'analysis-structure-progress.png') });
  const rows = page.getByTestId('measure-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 300_000 });
  const header = page.getByTestId('measure-table').locator('th.sorted');
  await expect(header).toContainText('Betweenness');
  await expect(header).toContainText('estimated');
  await expect(page.getByTestId('measure-estimated')).toContainText('is estimated from searches from 400');
  await page.screenshot({ path: path.join(SCREENS_DIR, 'analysis-structure-estimated.png') });

  // The table is paged by the backend: Next shows the following 60 people, numbered on.
  const range = page.getByTestId('key-players-range');
  await expect(range).toHaveText(/^1–60 of [\d,]+$/);
  const idsShown = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')));
  const firstPage = await idsShown();
  await page.getByTestId('key-players-next').click();
  await expect(range).toHaveText(/^61–120 of [\d,]+$/);
  await expect(rows.first().locator('td').first()).toHaveText('61');
  const secondPage = await idsShown();
  expect(secondPage).toHaveLength(60);
  expect(secondPage.filter((row) => firstPage.includes(row))).toEqual([]);
  await range.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENS_DIR, 'analysis-key-players-page-2.png') });
  await page.getByTestId('key-players-previous').click();
  await expect(range).toHaveText(/^1–60 of /);

  // The export holds every entity (read in pages of 2,000), strongest betweenness first.
  const entities = Number(
    /of the ([\d,]+) entities/
      .exec((await page.getByTestId('measure-estimated').textContent())!)![1]!
      .replace(/,/g, ''),
  );
  await page.getByTestId('key-players-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId('key-players-export-csv').click(),
  ]);
  const csv = Papa.parse<string[]>(fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, ''), {
    skipEmptyLines: true,
  }).data;
  expect(csv[0]!.slice(0, 4)).toEqual(['Entity', 'Type', 'Degree', 'Betweenness']);
  expect(csv.length - 1).toBe(entities);
  const betweenness = csv.slice(1).map((r) => Number(r[3]));
  expect(betweenness.every((b, i) => i === 0 || b <= betweenness[i - 1]!)).toBe(true);
});

test('switched to the training workspace while measuring, the Analysis tab shows no progress of the old run', async ({
  page,
  host,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  // As above: the big workspace's measure waits until the tab is open (the training one does not).
  const release = await holdStructureRequests(page);
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart&budget=40`);
  await waitForChart(page, { nodes: 40 });
  await page.getByTestId('tab-analysis').click();
  release();
  await expect(page.getByTestId('structure-progress')).toContainText(/\d+%/, { timeout: 120_000 });

  // Training opens its own workspace and the page reloads on it, the big run still going.
  await page.getByTestId('training-button').click();
  await page.getByTestId('walkthrough-project-thor').click();
  await expect(page.getByTestId('training-badge')).toBeVisible({ timeout: 60_000 });
  await waitForChart(page);
  await page.getByTestId('tab-analysis').click();
  // The training scenario's own key players (its brokers), and no progress bar: nothing of
  // the old workspace's run reaches this page (the backend ended it with its workspace).
  const table = page.getByTestId('measure-table');
  await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 120_000 });
  await expect(table).toContainText(/Quintero|Hernández|Mendoza/);
  await expect(page.getByTestId('structure-progress')).toBeHidden();
  await expect(page.getByTestId('structure-cancelled')).toBeHidden();
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, 'analysis-after-switch.png') });
  // Back to the analyst's file, as a trainee would leave.
  await page.getByTestId('training-button').click();
  await page.getByTestId('training-leave').click();
  await expect(page.getByTestId('training-badge')).toBeHidden({ timeout: 60_000 });
});
