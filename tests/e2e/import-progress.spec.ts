// A big table import runs as a background job: the wizard shows its progress (rows done,
// percent) and a Cancel button; a cancelled import says so and has written nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writePurchaseCsv } from '../bench/purchase-csv';
import { expect, test } from './fixtures';

const SPEC = path.resolve(import.meta.dirname, '../fixtures/import/purchases.spec.json');
/** Big enough for the import to take seconds; the first progress comes after 10,000 rows. */
const ROWS = 120_000;
const CASE_NUMBER = 'IMP-PROGRESS-2026-01';

test('a big import shows progress and can be cancelled, writing nothing', async ({ page, workbench }) => {
  test.slow();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-import-progress-'));
  const csv = path.join(dir, 'purchases-big.csv');
  await writePurchaseCsv(csv, ROWS);
  const before = await workbench.api('workspace.info', {});

  await page.getByTestId('view-import').click();
  await page.getByTestId('import-file').setInputFiles(csv);
  await expect(page.getByTestId('picked-file')).toContainText('purchases-big.csv');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('target-new').click();
  await page.getByTestId('case-number').fill(CASE_NUMBER);
  await page.getByTestId('case-agency').fill('ATF');
  await page.getByTestId('case-title').fill('Big purchase log (cancel test)');
  await page.getByTestId('wizard-next').click();
  // Preview and check read only the first rows of a big file, and say so; the import reads it all.
  await expect(page.getByTestId('preview-facts')).toContainText('20,000+ (read so far; the file holds more)');
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('spec-file').setInputFiles(SPEC);
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('check-summary')).toContainText(
    'The first 20,000 rows can be imported; the rest are checked as they are imported.',
  );

  await page.getByTestId('import-run').click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('data-state', 'running');
  await expect
    .poll(async () => Number(await progress.getAttribute('data-rows')), { timeout: 0 })
    .toBeGreaterThan(0);
  await expect(page.getByTestId('import-progress-text')).toContainText(
    `/ ${ROWS.toLocaleString('en-US')} rows`,
  );
  const fill = progress.locator('.job-bar-fill');
  await expect.poll(() => fill.evaluate((el) => parseFloat(getComputedStyle(el).width))).toBeGreaterThan(0);
  await workbench.screen(page, 'import-progress');

  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancelled')).toHaveText('Import cancelled — nothing was written.');
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await expect(page.getByTestId('import-run')).toBeEnabled();
  expect((await workbench.api('cases.list', {})).map((c) => c.number)).not.toContain(CASE_NUMBER);
  const after = await workbench.api('workspace.info', {});
  expect({ cases: after.caseCount, records: after.recordCount, links: after.linkCount }).toEqual({
    cases: before.caseCount,
    records: before.recordCount,
    links: before.linkCount,
  });
  fs.rmSync(dir, { recursive: true, force: true });
});
