// Guided training end to end, as a trainee: start the Project Thor walkthrough from the
// Training menu (the training workspace opens beside the analyst's), do each step with the
// workbench's own controls and see the step's check pass, finish; then reset the training
// workspace (what the trainee did is gone) and leave training for the analyst's own file,
// which training never touched.
import type { Page } from '@playwright/test';
import { expect, test, type Workbench } from './fixtures';
import { openWorkbench } from './helpers/chart';
import { workspaceContent } from './helpers/workspace-content';

async function expectStep(page: Page, id: string) {
  await expect(page.getByTestId('walkthrough')).toHaveAttribute('data-step', id, { timeout: 60_000 });
}

/** The step's own check has passed (the workbench saw it done); move on. */
async function passAndNext(page: Page) {
  await expect(page.getByTestId('step-status')).toHaveText('✓ Done', { timeout: 120_000 });
  await page.getByTestId('step-next').click();
}

async function searchAndSelect(page: Page, workbench: Workbench, query: string, type: string) {
  const hits = await workbench.api('search.entities', { query, limit: 20 });
  const hit = hits.find((h) => h.type === type);
  if (!hit) throw new Error(`no ${type} found for "${query}"`);
  await page.getByTestId('search-input').fill(query);
  await page.getByTestId(`search-hit-${hit.entityId}`).click();
  await expect(page.getByTestId('inspector-title')).toBeVisible();
}

async function decide(
  page: Page,
  workbench: Workbench,
  wanted: (labels: string[], cases: string[]) => boolean,
  verdict: string,
) {
  const { candidates } = await workbench.api('candidates.list', { status: 'pending', limit: 200 });
  const c = candidates.find((x) =>
    wanted([x.recordA.label, x.recordB.label], [x.caseA.number, x.caseB.number]),
  );
  if (!c) throw new Error('no such suggestion in the queue');
  await page.locator(`.queue-row[data-candidate-id="${c.id}"]`).click();
  await expect(page.getByTestId('candidate-detail')).toHaveAttribute('data-candidate-id', String(c.id));
  await page.getByTestId(`decide-${verdict}`).click();
}

/** A gun recovered in Zapopan (case FGR-JAL-2021-0233) with a path to a dealer. */
async function zapopanGun(workbench: Workbench) {
  const cases = await workbench.api('cases.list', {});
  const zapopan = cases.find((c) => c.number === 'FGR-JAL-2021-0233')!;
  const graph = await workbench.api('graph.get', { caseIds: [zapopan.id] });
  for (const gun of graph.nodes.filter((n) => n.type === 'firearm')) {
    const paths = await workbench.api('analysis.paths', { from: gun.id, toType: 'dealer' });
    if (paths.paths.length) return gun;
  }
  throw new Error('no Zapopan gun leads to a dealer');
}

test('a trainee walks the Project Thor walkthrough; reset and leave keep the analyst’s file', async ({
  page,
  workbench,
}) => {
  test.setTimeout(15 * 60_000);
  await openWorkbench(page, workbench.url);
  await page.getByTestId('training-button').click();
  await expect(page.getByTestId('training-menu')).toBeVisible();
  await workbench.screen(page, 'training-menu');
  // What the analyst's file holds as training starts (their own window may have autosaved
  // its chart a moment ago; that is theirs).
  const analystBefore = workspaceContent(workbench.workspacePath);
  await page.getByTestId('walkthrough-project-thor').click();
  // The page reloads on the training workspace, at step 1.
  await expect(page.getByTestId('training-badge')).toBeVisible({ timeout: 60_000 });
  const trainingFrom = new Date().toISOString();
  await expectStep(page, 'case-map');
  await expect(page.getByTestId('walkthrough-count')).toHaveText('Step 1 of 12');
  await page.getByTestId('view-casemap').click();
  await expect(page.getByTestId('spotlight')).toHaveAttribute('data-target', 'casemap-colour-agency');
  await page.getByTestId('casemap-colour-agency').click();
  await workbench.screen(page, 'training-step-1');
  await page.getByTestId('step-next').click();
  await expectStep(page, 'one-agency');
  await page.getByTestId('view-chart').click();

  await page.getByTestId('case-row-WI-2020-017').click();
  await passAndNext(page);
  await expectStep(page, 'another-agency');
  await page.getByTestId('case-row-AST-2021-0112').click();
  await passAndNext(page);
  await expectStep(page, 'connections');
  await page.getByTestId('tab-connections').click();
  await passAndNext(page);

  await expectStep(page, 'find-matches');
  await page.getByTestId('view-review').click();
  await page.getByTestId('matching-run').click();
  await passAndNext(page);
  await expectStep(page, 'reject-decoy');
  await expect(page.getByTestId('queue-row').first()).toBeVisible({ timeout: 120_000 });
  await decide(page, workbench, (_l, cases) => cases.includes('EPPD-2019-1123'), 'rejected');
  await passAndNext(page);
  await expectStep(page, 'accept-broker');
  await decide(
    page,
    workbench,
    (labels) => labels.includes('Ramon Quintero') && labels.some((l) => l.startsWith('Ramón Alberto')),
    'accepted',
  );
  await workbench.screen(page, 'training-step-accept');
  await passAndNext(page);

  await expectStep(page, 'broker-phone');
  await page.getByTestId('view-chart').click();
  await page.getByTestId('tab-cases').click();
  await page.getByTestId('case-row-all').click();
  await searchAndSelect(page, workbench, '555-010-0177', 'phone');
  await passAndNext(page);
  await expectStep(page, 'stash-house');
  await searchAndSelect(page, workbench, '1208 Sample Street', 'address');
  await passAndNext(page);

  await expectStep(page, 'trace-gun');
  const gun = await zapopanGun(workbench);
  await page.getByTestId('search-input').fill(gun.label);
  await page.getByTestId(`search-hit-${gun.id}`).click();
  await page.getByTestId('path-from-here').click();
  await page.getByTestId('tab-analysis').click();
  await page.getByTestId('path-to-type').selectOption('dealer');
  await expect(page.getByTestId('path-step').first()).toBeVisible({ timeout: 120_000 });
  await passAndNext(page);

  await expectStep(page, 'brokers-betweenness');
  await page.getByTestId('size-by-measure').check();
  await passAndNext(page);
  await expectStep(page, 'export-briefing');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-save').click();
  await download;
  await passAndNext(page);

  await expectStep(page, 'finished');
  await expect(page.getByTestId('walkthrough-summary')).toHaveText('12 of 12 steps done.');
  await workbench.screen(page, 'training-finished');
  await page.getByTestId('walkthrough-close').click();
  await expect(page.getByTestId('walkthrough')).toHaveCount(0);

  // Reset: a fresh scenario, so the trainee's decisions are gone.
  expect((await workbench.api('candidates.list', { status: 'all' })).total).toBeGreaterThan(0);
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('training-button').click();
  await page.getByTestId('training-reset').click();
  await expect(page.getByTestId('training-badge')).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => (await workbench.api('candidates.list', { status: 'all' })).total).toBe(0);
  await expect(page.getByTestId('workspace-info')).toContainText('14 cases');

  // Leave: back on the analyst's own workspace, every row as it was.
  const trainingTo = new Date().toISOString();
  await page.getByTestId('training-button').click();
  await page.getByTestId('training-leave').click();
  await expect(page.getByTestId('training-badge')).toHaveCount(0, { timeout: 60_000 });
  expect((await workbench.api('workspace.info', {})).path).toBe(workbench.workspacePath);
  const analystAfter = workspaceContent(workbench.workspacePath);
  expect(analystAfter.rows).toBe(analystBefore.rows);
  // No chart autosave reached the analyst's file while the trainee worked.
  const saved = analystAfter.sessionSavedAt;
  expect(saved !== null && saved > trainingFrom && saved < trainingTo, `session saved at ${saved}`).toBe(
    false,
  );
});

test('skipping and going back through the short tour; the card names its progress', async ({
  page,
  workbench,
}) => {
  test.setTimeout(5 * 60_000);
  await openWorkbench(page, workbench.url);
  await page.getByTestId('training-button').click();
  await page.getByTestId('walkthrough-first-look').click();
  await expectStep(page, 'open-case');
  await page.getByTestId('step-skip').click();
  await expectStep(page, 'read-entity');
  await expect(page.getByTestId('walkthrough-count')).toHaveText('Step 2 of 4');
  await page.getByTestId('step-back').click();
  await expectStep(page, 'open-case');
  await page.getByTestId('case-row-WI-2020-017').click();
  await passAndNext(page);
  // Progress survives a reload.
  await page.reload();
  await expectStep(page, 'read-entity');
  await page.getByTestId('step-skip').click();
  await page.getByTestId('step-skip').click();
  await page.getByTestId('step-skip').click();
  await expect(page.getByTestId('walkthrough-summary')).toHaveText('1 of 4 steps done, 3 skipped.');
});
