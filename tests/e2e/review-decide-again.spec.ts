// Split → decide again, end to end: an accepted match whose records are split apart shows
// as split (not "accepted") in the Decided tab, and can be accepted again, which merges the
// records once more; the audit log names the records, and no raw NOT_FOUND notice appears.
import { expect, test, type Workbench } from './fixtures';
import { chart, waitForChart, waitForLayoutIdle } from './helpers/chart';
import { openWithHooks } from './helpers/workbench';

async function entityOf(workbench: Workbench, recordId: number, caseId: number): Promise<number> {
  const { records } = await workbench.api('records.list', { caseIds: [caseId], limit: 5000 });
  return records.find((r) => r.id === recordId)!.entityId;
}

test('a match split after its accept shows as split and can be accepted again', async ({
  page,
  workbench,
}) => {
  test.slow(); // a matching run and several refreshes on a busy 2-core machine
  // The chart is kept (its session saved) before the switch to Review, so coming back shows
  // it as it was: a reopened chart, drawn from its own entities (graph.entities).
  const kept = page.waitForResponse((r) => r.url().endsWith('/api/charts.session.save'), { timeout: 0 });
  await openWithHooks(page, workbench);
  await kept;
  await page.getByTestId('view-review').click();
  await page.getByTestId('matching-run').click();
  await expect(page.getByTestId('matching-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });

  // Accept the first suggestion in the queue with the button.
  const first = page.getByTestId('queue-row').first();
  await expect(first).toBeVisible();
  const id = Number(await first.getAttribute('data-candidate-id'));
  const { candidates } = await workbench.api('candidates.list', { status: 'pending', limit: 1000 });
  const c = candidates.find((x) => x.id === id)!;
  await first.click();
  await expect(page.getByTestId('candidate-detail')).toHaveAttribute('data-candidate-id', String(id));
  await page.getByTestId('decide-accepted').click();
  await expect(page.locator(`.queue-row[data-candidate-id="${id}"]`)).toHaveCount(0);
  await expect
    .poll(
      async () =>
        (await entityOf(workbench, c.recordA.id, c.caseA.id)) ===
        (await entityOf(workbench, c.recordB.id, c.caseB.id)),
    )
    .toBe(true);
  await expect(page.getByTestId('audit-entry').first()).toContainText(
    `${c.recordA.label} ↔ ${c.recordB.label}`,
  );
  await expect(page.getByTestId('audit-entry').first()).not.toContainText(`Match ${id}`);

  // Split the second record out as an analyst does: find the merged entity, then "Split out"
  // on that record's card in the inspector.
  const merged = await entityOf(workbench, c.recordA.id, c.caseA.id);
  const { label: mergedLabel } = await workbench.api('entities.get', { entityId: merged });
  await page.getByTestId('view-chart').click();
  await page.getByTestId('search-input').fill(mergedLabel);
  await page.getByTestId(`search-hit-${merged}`).click();
  await expect(page.getByTestId('inspector-title')).toHaveText(mergedLabel);
  // The search put the entity on the chart: its drawing and layout end before the split, or
  // their work on a busy machine outlasts the confirm button's five seconds between two clicks.
  await expect.poll(() => chart.nodeIds(page), { timeout: 60_000 }).toContain(merged);
  await waitForLayoutIdle(page);
  const card = page.getByTestId('record-card').filter({ hasText: c.recordB.externalId ?? c.recordB.label });
  const ownEntities: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/graph.entities')) ownEntities.push(r.postData() ?? '');
  });
  await card.getByTestId('split-out').click();
  await card.getByTestId('split-out-confirm').click();
  await expect.poll(async () => (await entityOf(workbench, c.recordB.id, c.caseB.id)) !== merged).toBe(true);
  // Both entities are on the chart: the one split out joins it (a chart reopened from the
  // Review view draws its own entities, which the split's new one joins).
  const splitOut = await entityOf(workbench, c.recordB.id, c.caseB.id);
  await expect
    .poll(() => chart.nodeIds(page), { timeout: 60_000 })
    .toEqual(expect.arrayContaining([merged, splitOut]));
  // It came as one of the reopened chart's own entities.
  const asked = ownEntities.map((body) => (JSON.parse(body) as { entityIds: number[] }).entityIds);
  expect(asked.some((ids) => ids.includes(splitOut))).toBe(true);
  await page.getByTestId('view-review').click();
  await expect(page.getByTestId('audit-entry').first()).toContainText(`"${c.recordB.label}" split out of`);

  // The Decided tab shows the match as split, not accepted, and offers every decision again.
  await page.getByTestId('tab-decided').click();
  const row = page.locator(`.queue-row[data-candidate-id="${id}"]`);
  await expect(row.locator('.pill')).toHaveText('split');
  await row.click();
  const detail = page.getByTestId('candidate-detail');
  await expect(detail).toHaveAttribute('data-candidate-id', String(id));
  await expect(page.getByTestId('decided-note')).toContainText('split apart since. Decide again.');
  await expect(page.getByTestId('decide-accepted')).toBeEnabled();
  await expect(page.getByTestId('decide-rejected')).toBeEnabled();
  await workbench.screen(page, 'review-decide-again');

  // Accept again: merged once more, and shown as accepted.
  await page.getByTestId('decide-accepted').click();
  await expect(row.locator('.pill')).toHaveText('accepted');
  await expect(page.getByTestId('decided-note')).toContainText('Accepted (merged)');
  await expect(page.getByTestId('decide-accepted')).toBeDisabled();
  expect(await entityOf(workbench, c.recordB.id, c.caseB.id)).toBe(
    await entityOf(workbench, c.recordA.id, c.caseA.id),
  );
  await expect(page.locator('body')).not.toContainText('NOT_FOUND');
});

test('merging away the entity shown in the inspector raises no NOT_FOUND notice', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openWithHooks(page, workbench);
  await waitForChart(page, { minRuns: 1 });
  await page.getByTestId('view-review').click();
  await page.getByTestId('matching-run').click();
  await expect(page.getByTestId('matching-progress')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000,
  });
  const { candidates } = await workbench.api('candidates.list', { status: 'pending', limit: 1000 });
  const c = candidates.find((x) => x.recordA.entityId !== x.recordB.entityId)!;
  // A merge keeps the lower entity id: show the other one in the inspector first.
  const gone = Math.max(c.recordA.entityId, c.recordB.entityId);
  const label = (await workbench.api('entities.get', { entityId: gone })).label;
  await page.getByTestId('search-input').fill(label);
  await page.getByTestId(`search-hit-${gone}`).click();
  await expect(page.getByTestId('inspector-title')).toHaveText(label);

  await page.getByTestId('view-review').click();
  await page.locator(`.queue-row[data-candidate-id="${c.id}"]`).click();
  await page.getByTestId('decide-accepted').click();
  await expect(page.locator(`.queue-row[data-candidate-id="${c.id}"]`)).toHaveCount(0);
  // Back on the chart the inspector says what happened, instead of a raw NOT_FOUND banner.
  await page.getByTestId('view-chart').click();
  await expect(page.getByTestId('inspector-gone')).toContainText('merged into another one', {
    timeout: 45_000,
  });
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('NOT_FOUND');
});
