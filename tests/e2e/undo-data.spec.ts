// Data undo and source grading end to end: an analyst accepts a match in review (two
// entities become one), undoes it from the history (both entities back on the chart, the
// entity count as before) and redoes it; then grades a record in the inspector and sees its
// link drawn dotted (credibility 5), and undoes that too.
import type { Page } from '@playwright/test';
import type { MatchCandidate } from '../../shared/contract/matching-model';
import { expect, test, type Workbench } from './fixtures';
import { waitForLayoutIdle } from './helpers/chart';
import { LINK_FAMILY, LINK_FAMILY_STYLE } from '../../renderer/src/chart/style-tables';
import { openWithHooks } from './helpers/workbench';

/** A pending person suggestion whose two records are held by two different entities. */
async function mergingCandidate(workbench: Workbench): Promise<MatchCandidate> {
  const { candidates } = await workbench.api('candidates.list', { status: 'pending', limit: 1000 });
  const c = candidates.find((x) => x.type === 'person' && x.recordA.entityId !== x.recordB.entityId);
  if (!c) throw new Error('The training scenario offers no person suggestion joining two entities.');
  return c;
}

const entityCount = async (workbench: Workbench) => (await workbench.api('workspace.info', {})).entityCount;

/** Waits until the chart, after its reload, shows exactly these entities among its nodes (or not). */
async function waitForNodes(page: Page, ids: number[], present: boolean) {
  await page.waitForFunction(
    ({ ids, present }) => {
      const c = window.__thorlineChart;
      if (!c || c.layoutRunning()) return false;
      const shown = new Set(c.nodeIds());
      return ids.every((id) => shown.has(id) === present);
    },
    { ids, present },
    { timeout: 0 },
  );
}

test('undo and redo a merge accepted in review', async ({ page, workbench }) => {
  test.slow();
  await openWithHooks(page, workbench);
  await page.getByTestId('view-review').click();
  await page.getByTestId('matching-run').click();
  await expect(page.getByTestId('matching-progress')).toHaveAttribute('data-state', 'done', { timeout: 0 });

  const c = await mergingCandidate(workbench);
  const [ea, eb] = [c.recordA.entityId, c.recordB.entityId];
  const before = await entityCount(workbench);
  await page.getByTestId('filter-case').selectOption(String(c.caseA.id));
  const row = page.locator(`.queue-row[data-candidate-id="${c.id}"]`);
  await row.click();
  await expect(page.getByTestId('candidate-detail')).toHaveAttribute('data-candidate-id', String(c.id));
  await page.keyboard.press('a');
  await expect(row).toHaveCount(0);
  await expect.poll(() => entityCount(workbench)).toBe(before - 1);
  // Undo is in the top bar of every view, named after the merge; the keys work here too.
  const merge = `merge of ${c.recordA.label} and ${c.recordB.label}`;
  await expect(page.getByTestId('undo')).toHaveAttribute('title', `Undo ${merge} (Ctrl+Z)`);
  await page.keyboard.press('Control+z');
  await expect.poll(() => entityCount(workbench)).toBe(before);
  // The undo has ended in the page too (the backend answers first): Redo now names the merge.
  await expect(page.getByTestId('redo')).toHaveAttribute('title', `Redo ${merge} (Ctrl+Shift+Z)`);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => entityCount(workbench)).toBe(before - 1);

  // The chart: the bar under the case list names the merge, as the Undo menu does.
  await page.getByTestId('view-chart').click();
  const bar = page.getByTestId('case-undo');
  await expect(bar).toContainText(`Last change: merge of ${c.recordA.label} and ${c.recordB.label}`);
  const gone = Math.max(ea, eb);
  await waitForNodes(page, [gone], false);

  await page.getByTestId('case-undo-button').click();
  await expect.poll(() => entityCount(workbench)).toBe(before);
  await waitForNodes(page, [ea, eb], true);
  const back = (await workbench.api('candidates.list', { status: 'pending', limit: 1000 })).candidates;
  expect(back.map((x) => x.id)).toContain(c.id);
  await expect(bar).toContainText(`Undone: merge of ${c.recordA.label} and ${c.recordB.label}`);

  await page.getByTestId('case-redo-button').click();
  await expect.poll(() => entityCount(workbench)).toBe(before - 1);
  await waitForNodes(page, [gone], false);
  await waitForNodes(page, [Math.min(ea, eb)], true);
  const audit = await workbench.api('audit.list', { limit: 5 });
  expect(audit.entries.map((e) => e.action)).toEqual(
    expect.arrayContaining(['candidate.accepted', 'history.undo', 'history.redo']),
  );
});

test('grade a record in the inspector: its link is drawn by credibility', async ({ page, workbench }) => {
  test.slow();
  await openWithHooks(page, workbench);
  // A link of a person, of a kind drawn solid while nobody has graded it.
  const graph = await workbench.api('graph.get', {});
  const people = new Set(graph.nodes.filter((n) => n.type === 'person').map((n) => n.id));
  const solid = (type: keyof typeof LINK_FAMILY) => LINK_FAMILY_STYLE[LINK_FAMILY[type]].line === 'solid';
  const drawn = graph.links.find((l) => solid(l.type) && (people.has(l.from) || people.has(l.to)))!;
  const personId = people.has(drawn.from) ? drawn.from : drawn.to;
  const detail = await workbench.api('links.get', { linkId: drawn.id });
  const first = detail.recordLinks[0]!;
  const record = personId === drawn.from ? first.fromRecord : first.toRecord;
  const person = graph.nodes.find((n) => n.id === personId)!;
  const lineStyle = () => page.evaluate((id) => window.__thorlineChart?.linkLineStyle(id) ?? null, drawn.id);
  await waitForLayoutIdle(page);
  await expect.poll(lineStyle, { timeout: 0 }).toBe('solid');

  await page.getByTestId('search-input').fill(person.label);
  await page.getByTestId(`search-hit-${person.id}`).click();
  const card = page
    .getByTestId('record-card')
    .filter({ hasText: record.externalId ?? `record #${record.id}` })
    .first();
  await expect(card.getByTestId('record-grade-text')).toHaveText('ungraded');
  await card.getByTestId('record-grade-edit').click();
  await card.getByTestId('record-grade-reliability').selectOption('D');
  await card.getByTestId('record-grade-credibility').selectOption('5');
  await card.getByTestId('record-grade-save').click();
  await expect(card.getByTestId('record-grade-text')).toHaveText('D5');
  await expect(card.getByTestId('record-grade')).toContainText('improbable');
  await expect.poll(lineStyle, { timeout: 0 }).toBe('dotted');
  await expect(page.getByTestId('legend-credibility-dotted')).toBeVisible();
  await workbench.screen(page, 'inspector-grades');

  // Undo from the history: the line is drawn by its kind again.
  await expect(page.getByTestId('case-undo')).toContainText(`Last change: grading of "${record.label}"`);
  await page.getByTestId('case-undo-button').click();
  await expect(card.getByTestId('record-grade-text')).toHaveText('ungraded');
  await expect.poll(lineStyle, { timeout: 0 }).toBe('solid');
});
