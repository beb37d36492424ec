// Presenter view and the dark theme, as a trainer and an analyst use them: the chart alone
// with a step counter moved by the keyboard, checked at projector sizes (1920x1080 and
// 1280x720); the dark theme darkens every panel and is remembered across a reload.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openWorkbench, waitForLayoutIdle } from './helpers/chart';

/** Relative luminance (0 black … 1 white) of an element's computed background. */
const backgroundLuminance = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number) as [
        number,
        number,
        number,
      ];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });

test('presenter view steps through a walkthrough with the keyboard at projector sizes', async ({
  page,
  workbench,
}) => {
  test.setTimeout(6 * 60_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openWorkbench(page, workbench.url);
  await page.getByTestId('training-button').click();
  await page.getByTestId('walkthrough-first-look').click();
  await expect(page.getByTestId('walkthrough')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('present-button').click();

  await expect(page.getByTestId('presenter-head')).toBeVisible();
  await expect(page.getByTestId('view-chart')).toBeHidden();
  await expect(page.getByTestId('inspector')).toBeHidden();
  await expect(page.getByTestId('walkthrough')).toHaveCount(0);
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 4');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-counter')).toHaveText('2 / 4');
  await expect(page.getByTestId('presenter-caption')).toContainText('Click a person on the chart');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 4');
  // The chart fills the screen below the header.
  const chart = await page.getByTestId('chart').boundingBox();
  expect(chart!.width).toBeGreaterThan(1800);
  await waitForLayoutIdle(page);
  await page.waitForTimeout(500);
  await workbench.screen(page, 'presenter-1920x1080');

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('presenter-counter')).toHaveText('2 / 4');
  await page.waitForTimeout(800);
  await workbench.screen(page, 'presenter-1280x720');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter-head')).toHaveCount(0);
  await expect(page.getByTestId('view-chart')).toBeVisible();
  await expect(page.getByTestId('walkthrough')).toBeVisible();
});

test('the dark theme darkens the panels and is remembered', async ({ page, workbench }) => {
  test.setTimeout(4 * 60_000);
  await openWorkbench(page, workbench.url);
  expect(await backgroundLuminance(page, '.inspector')).toBeGreaterThan(0.8);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await backgroundLuminance(page, '.inspector')).toBeLessThan(0.2);
  expect(await backgroundLuminance(page, '.chart-pane')).toBeLessThan(0.2);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await waitForLayoutIdle(page);
  await page.getByTestId('case-row-WI-2020-017').click();
  await waitForLayoutIdle(page);
  await page.waitForTimeout(500);
  await workbench.screen(page, 'theme-dark');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
