// Match review end to end: an analyst runs matching, accepts a suggestion that connects
// two cases that were not connected, sees the connection in the list and on the chart,
// splits the record out again and sees the connection gone; a rejected suggestion
// leaves the queue and does not come back when matching runs again.
import type { Page } from '@playwright/test';
import type { MatchCandidate } from '../../shared/contract/matching-model';
import { expect, test, type Workbench } from './fixtures';
import { chart, waitForLayoutIdle } from './helpers/chart';
import { openWithHooks } from './helpers/workbench';

const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

async function connectedPairs(workbench: Workbench): Promise<Set<string>> {
  const { connections } = await workbench.api('connections.list', { limit: 1000 });
  return new Set(connections.map((c) => pairKey(c.caseA.id, c.caseB.id)));
}

/** Runs matching and waits for the job to say it is done, however long that takes here. */
async function runMatching(page: Page) {
  await page.getByTestId('matching-run').click();
  await expect(page.getByTestId('matching-progress')).toHaveAttribute('data-state', 'done', { timeout: 0 });
}

/** A pending suggestion joining two cases not yet connected, whose second record stands alone. */
async function connectingCandidate(workbench: Workbench, before: Set<string>): Promise<MatchCandidate> {
  const { candidates } = await workbench.api('candidates.list', { status: 'pending', limit: 1000 });
  for (const c of candidates) {
    if (c.caseA.id === c.caseB.id || before.has(pairKey(c.caseA.id, c.caseB.id))) continue;
    const b = await workbench.api('entities.get', { entityId: c.recordB.entityId });
    if (b.members.length === 1) return c;
  }
  throw new Error('The training scenario offers no suggestion that connects two unconnected cases.');
}

test('accepting a match connects two cases; splitting it out disconnects them', async ({
  page,
  workbench,
}) => {
  await openWithHooks(page, workbench);
  const before = await connectedPairs(workbench);
  await page.getByTestId('view-review').click();
  await runMatching(page);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(page.getByTestId('candidate-detail')).toBeVisible();
  await workbench.screen(page, 'review-queue');

  const c = await connectingCandidate(workbench, before);
  const pair = pairKey(c.caseA.id, c.caseB.id);
  await page.getByTestId('filter-case').selectOption(String(c.caseA.id));
  const row = page.locator(`.queue-row[data-candidate-id="${c.id}"]`);
  await row.click();
  const detail = page.getByTestId('candidate-detail');
  await expect(detail).toHaveAttribute('data-candidate-id', String(c.id));
  await expect(page.getByTestId('sbs-case-A')).toContainText(c.caseA.number);
  await expect(page.getByTestId('sbs-case-B')).toContainText(c.caseB.number);
  await expect(page.getByTestId('evidence-row')).toHaveCount(c.evidence.length);
  await expect(page.getByTestId('evidence-list')).toContainText(c.evidence[0]!.text);
  await workbench.screen(page, 'review-candidate-connecting');

  // Accept with the keyboard shortcut; the queue moves on.
  await page.keyboard.press('a');
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('audit-entry').first()).toBeVisible();
  expect(await connectedPairs(workbench)).toContain(pair);
  const entityOf = async (recordId: number, caseId: number) =>
    (await workbench.api('records.list', { caseIds: [caseId], limit: 5000 })).records.find(
      (r) => r.id === recordId,
    )!.entityId;
  const mergedId = await entityOf(c.recordB.id, c.caseB.id);
  expect(await entityOf(c.recordA.id, c.caseA.id)).toBe(mergedId);

  // The connection list and the chart show the new cross-case entity. The chart of the
  // cases' scope: back from Review the chart is the one left (a reopened chart of its own
  // entities, had it been kept before the switch), which review-decide-again.spec splits on.
  await page.getByTestId('view-chart').click();
  await page.getByTestId('case-row-all').click();
  await page.getByTestId('tab-connections').click();
  const connection = page
    .locator('.connection')
    .filter({ hasText: c.caseA.number })
    .filter({ hasText: c.caseB.number });
  await expect(connection).toHaveCount(1);
  const item = connection.locator(`[data-testid="connection-item"][data-entity-id="${mergedId}"]`);
  await expect(item).toBeVisible();
  // The chart shows the merged entity as cross-case once its layout has finished.
  await page.waitForFunction(
    (id) => {
      const c = window.__thorlineChart;
      return !!c && !c.layoutRunning() && c.crossCaseIds().includes(id);
    },
    mergedId,
    { timeout: 0 },
  );

  // Split the second record out from the inspector.
  await item.click();
  await expect(page.getByTestId('inspector-title')).toBeVisible();
  await waitForLayoutIdle(page);
  const layoutsBefore = await chart.layoutsStarted(page);
  const graphLoads: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/graph.get')) graphLoads.push(r.url());
  });
  const splitAt = Date.now();
  const card = page.getByTestId('record-card').filter({ hasText: c.recordB.externalId ?? c.recordB.label });
  await card.getByTestId('split-out').click();
  await card.getByTestId('split-out-confirm').click();
  await expect(connection).toHaveCount(0);
  expect(await connectedPairs(workbench)).not.toContain(pair);
  const splitId = await entityOf(c.recordB.id, c.caseB.id);
  expect(splitId).not.toBe(mergedId);
  // One change, one reload, one relayout: the chart shows both entities when it finishes.
  await page.waitForFunction((n) => window.__thorlineChart!.layoutsStarted() > n, layoutsBefore, {
    timeout: 0,
  });
  const reloadedAt = Date.now();
  await page.waitForFunction(
    ([a, b]) => {
      const ids = window.__thorlineChart?.nodeIds() ?? [];
      return ids.includes(a!) && ids.includes(b!);
    },
    [mergedId, splitId],
    { timeout: 0 },
  );
  await waitForLayoutIdle(page);
  const relayouts = (await chart.layoutsStarted(page)) - layoutsBefore;
  console.log(
    `split: chart reloaded after ${reloadedAt - splitAt} ms, showed both entities after ${Date.now() - splitAt} ms; ` +
      `${graphLoads.length} chart load(s), ${relayouts} relayout(s)`,
  );
  expect(graphLoads).toHaveLength(1);
  expect(relayouts).toBe(1);
  const audit = await workbench.api('audit.list', { limit: 10 });
  expect(audit.entries.length).toBeGreaterThanOrEqual(2);
});

test('a rejected suggestion leaves the queue and is not suggested again', async ({ page, workbench }) => {
  await openWithHooks(page, workbench);
  await page.getByTestId('view-review').click();
  await runMatching(page);
  const first = page.getByTestId('queue-row').first();
  await expect(first).toBeVisible();
  const id = Number(await first.getAttribute('data-candidate-id'));
  const { candidates } = await workbench.api('candidates.list', { status: 'pending', limit: 1000 });
  const rejected = candidates.find((c) => c.id === id)!;
  const samePair = (c: MatchCandidate) =>
    pairKey(c.recordA.id, c.recordB.id) === pairKey(rejected.recordA.id, rejected.recordB.id);

  await first.click();
  await page.getByTestId('decide-rejected').click();
  await expect(page.locator(`.queue-row[data-candidate-id="${id}"]`)).toHaveCount(0);
  await expect(page.getByTestId('candidate-detail')).not.toHaveAttribute('data-candidate-id', String(id));

  // The Decided tab shows who rejected it.
  const settings = await workbench.api('matching.settings.get', {});
  await page.getByTestId('tab-decided').click();
  const decided = page.locator(`.queue-row[data-candidate-id="${id}"]`);
  await expect(decided).toContainText('rejected');
  await expect(decided).toContainText(settings.analyst);

  // Matching again does not bring it back.
  await page.getByTestId('tab-pending').click();
  await runMatching(page);
  const again = await workbench.api('candidates.list', { status: 'pending', limit: 1000 });
  expect(again.total).toBeGreaterThan(0);
  expect(again.candidates.filter(samePair)).toEqual([]);
  const shown = await page
    .getByTestId('queue-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-candidate-id')));
  const pendingIdsOfPair = again.candidates.filter(samePair).map((c) => String(c.id));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).not.toContain(String(id));
  expect(shown.filter((s) => pendingIdsOfPair.includes(s ?? ''))).toEqual([]);
});

test('settings: the analyst name is saved and written into the audit log', async ({ page, workbench }) => {
  await openWithHooks(page, workbench);
  await page.getByTestId('view-review').click();
  await page.getByTestId('matching-settings').click();
  await expect(page.getByTestId('auto-person').locator('input[type=checkbox]')).not.toBeChecked();
  await page.getByTestId('settings-analyst').fill('R. Tester');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-dialog')).toHaveCount(0);
  expect((await workbench.api('matching.settings.get', {})).analyst).toBe('R. Tester');
  await runMatching(page);
  await page.getByTestId('queue-row').first().click();
  await page.keyboard.press('u');
  await expect(page.getByTestId('audit-entry').first()).toContainText('R. Tester');
});
