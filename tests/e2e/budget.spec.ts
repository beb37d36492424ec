// A workspace bigger than the chart's budget opens on its most connected entities, with a
// banner saying how many were left out and how to see them; picking one case that fits the
// budget draws all of it and the banner goes. The budget is lowered through the page
// address (?budget=N) so a small generated workspace is enough to prove it. The Connections
// list shows one page of the strongest case pairs and "Show more"; an expansion past its
// cap (?expand=N) adds only the strongest neighbours, with a notice.
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScaledWorkspace } from '../../db/scenario';
import { CONNECTIONS_PAGE } from '../../shared/contract/budget';
import { SCREENS_DIR, startWorkbenchHost, type RunningHost } from './fixtures';
import { chart, doubleClickEntity, waitForChart } from './helpers/chart';

const RECORDS = 300;
const BUDGET = 40;

/** A browser host on a fresh generated workspace of this many records, for the whole file. */
function generatedHost(
  records: number,
): [(args: object, use: (host: RunningHost) => Promise<void>) => Promise<void>, { scope: 'worker' }] {
  return [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use: (host: RunningHost) => Promise<void>) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-budget-'));
      const workspacePath = path.join(dir, `sample-${records}.thorline`);
      createScaledWorkspace(workspacePath, { records, seed: 7 });
      const host = await startWorkbenchHost(workspacePath);
      await use(host);
      await host.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ];
}

const test = base.extend<object, { host: RunningHost; manyPairsHost: RunningHost }>({
  host: generatedHost(RECORDS),
  // Enough records for more case pairs than one page of the Connections list.
  manyPairsHost: generatedHost(1000),
});

test('a chart over the budget shows the most connected part and a banner until one case is picked', async ({
  page,
  host,
}) => {
  const whole = await host.api('graph.get', { limit: BUDGET });
  expect(whole.omitted.entities).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart&budget=${BUDGET}`);
  await waitForChart(page, { nodes: BUDGET, minRuns: 1 });
  const drawn = await page.evaluate(() => window.__thorlineChart!.nodeIds());
  expect(drawn.sort((a, b) => a - b)).toEqual(whole.nodes.map((n) => n.id).sort((a, b) => a - b));
  const banner = page.getByTestId('budget-banner');
  await expect(banner).toContainText(
    `Showing the ${BUDGET} most connected of ${whole.totalEntities.toLocaleString('en-US')} entities`,
  );
  await expect(banner).toContainText('pick cases in the list');
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, 'chart-budget.png') });

  // The biggest case that fits the budget: all of it is drawn, nothing is left out.
  const cases = await host.api('cases.list', {});
  const sized = await Promise.all(
    cases.map(async (c) => ({ c, graph: await host.api('graph.get', { caseIds: [c.id], limit: BUDGET }) })),
  );
  const fits = sized
    .filter((s) => s.graph.omitted.entities === 0 && s.graph.nodes.length > 1)
    .sort((a, b) => b.graph.nodes.length - a.graph.nodes.length)[0]!;
  await page.getByTestId(`case-row-${fits.c.number}`).click();
  await expect(banner).toHaveCount(0);
  await waitForChart(page, { nodes: fits.graph.nodes.length });
});

test('the connections list shows the strongest case pairs one page at a time', async ({
  page,
  manyPairsHost: host,
}) => {
  const first = await host.api('connections.list', {});
  expect(first.total).toBeGreaterThan(2 * CONNECTIONS_PAGE);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart&budget=${BUDGET}`);
  await waitForChart(page, { nodes: BUDGET, minRuns: 1 });
  await expect(page.getByTestId('tab-connections')).toContainText(first.total.toLocaleString('en-US'));
  await page.getByTestId('tab-connections').click();
  const pairs = page.getByTestId('connections-list').locator('.connection');
  await expect(pairs).toHaveCount(CONNECTIONS_PAGE);
  const strongest = first.connections[0]!;
  await expect(pairs.first()).toContainText(strongest.caseA.number);
  await expect(pairs.first()).toContainText(strongest.caseB.number);
  await expect(pairs.first().locator('.connection-head .count')).toHaveText(
    String(strongest.evidence.length),
  );

  const more = page.getByTestId('connections-more');
  await expect(more).toContainText(
    `${CONNECTIONS_PAGE} of ${first.total.toLocaleString('en-US')} case pairs`,
  );
  await more.click();
  await expect(pairs).toHaveCount(2 * CONNECTIONS_PAGE);
  const second = await host.api('connections.list', { limit: CONNECTIONS_PAGE, offset: CONNECTIONS_PAGE });
  const next = second.connections[0]!;
  await expect(pairs.nth(CONNECTIONS_PAGE)).toContainText(next.caseA.number);
  await expect(pairs.nth(CONNECTIONS_PAGE)).toContainText(next.caseB.number);
});

test('expanding an entity past its cap adds only its strongest neighbours and says so', async ({
  page,
  host,
}) => {
  const CAP = 2;
  const whole = await host.api('graph.get', { limit: BUDGET });
  const drawn = new Set(whole.nodes.map((n) => n.id));
  let pick: { id: number; capped: Awaited<ReturnType<typeof host.api<'graph.neighbours'>>> } | undefined;
  for (const n of whole.nodes) {
    const capped = await host.api('graph.neighbours', { entityId: n.id, limit: CAP });
    if (capped.omitted.entities > 0 && capped.nodes.some((c) => !drawn.has(c.id))) {
      pick = { id: n.id, capped };
      break;
    }
  }
  expect(pick).toBeDefined();
  const { id, capped } = pick!;
  const expected = new Set([...drawn, ...capped.nodes.map((n) => n.id)]);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart&budget=${BUDGET}&expand=${CAP}`);
  await waitForChart(page, { nodes: BUDGET, minRuns: 1 });
  const runs = await chart.layoutsRun(page);
  await doubleClickEntity(page, id);
  // Past the cap the workbench first says how many neighbours there are (issue 12).
  await expect(page.getByTestId('expand-warning')).toContainText(
    `has ${(capped.totalEntities - 1).toLocaleString('en-US')} neighbours`,
  );
  await page.getByTestId('expand-warning-go').click();
  await waitForChart(page, { nodes: expected.size, minRuns: runs + 1 });
  expect(new Set(await chart.nodeIds(page))).toEqual(expected);
  await expect(page.getByTestId('notice-info')).toContainText(
    `Added the ${CAP} most strongly linked of ${(capped.totalEntities - 1).toLocaleString('en-US')} neighbours`,
  );
});
