// The person weights in the matching settings: before any run the dialog says hand-set
// starting values are in force; after a matching run it says what they were estimated from
// and when; "Estimate again" re-runs the estimate and the dialog shows the new one.
import { expect, test } from './fixtures';

test('settings show what the person weights were estimated from, and estimate them again', async ({
  page,
  workbench,
}) => {
  test.slow();
  await page.goto(`${workbench.url.replace(/\/$/, '')}/?testHooks`);
  await expect(page.getByTestId('workspace-info')).toContainText('cases');
  await page.getByTestId('view-review').click();
  await page.getByTestId('matching-settings').click();
  const summary = page.getByTestId('estimate-summary');
  await expect(summary).toContainText('Hand-set starting values');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByTestId('matching-run').click();
  await expect(page.getByTestId('matching-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  const first = await workbench.api('matching.estimate.get', {});
  expect(first?.people).toBeGreaterThanOrEqual(20);
  await page.getByTestId('matching-settings').click();
  await expect(summary).toContainText(`Estimated from this workspace`);
  await expect(summary).toContainText(`${first!.people} people`);
  await expect(page.getByTestId('estimate-levels')).toContainText('date of birth (exact): +');

  await page.getByTestId('estimate-run').click();
  await expect(page.getByTestId('estimate-run')).toHaveText('Estimate again');
  await expect
    .poll(async () => (await workbench.api('matching.estimate.get', {}))?.estimatedAt, { timeout: 30_000 })
    .not.toBe(first!.estimatedAt);
  const second = await workbench.api('matching.estimate.get', {});
  await expect(summary).toHaveAttribute('data-estimated-at', second!.estimatedAt);
});
