// Helpers for the export menu: choose options, save, and read the downloaded file.
import type { Page } from '@playwright/test';
import fs from 'node:fs';

export interface ExportChoice {
  format: 'png' | 'svg';
  extent: 'full' | 'view';
  background: 'white' | 'transparent';
  scale?: 1 | 2 | 3 | 4;
}

export async function openExportMenu(page: Page): Promise<void> {
  if (!(await page.getByTestId('export-menu').isVisible())) await page.getByTestId('export-button').click();
}

export async function exportChart(
  page: Page,
  choice: ExportChoice,
): Promise<{ name: string; bytes: Buffer }> {
  await openExportMenu(page);
  const menu = page.getByTestId('export-menu');
  await menu.getByTestId('export-format').locator(`[data-value="${choice.format}"]`).click();
  await menu.getByTestId('export-extent').locator(`[data-value="${choice.extent}"]`).click();
  await menu.getByTestId('export-background').locator(`[data-value="${choice.background}"]`).click();
  if (choice.scale) await menu.getByTestId('export-scale').locator(`[data-value="${choice.scale}"]`).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByTestId('export-save').click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}
