// A workspace bigger than the chart's budget opens on its most connected entities, with a
// banner saying how many were left out and how to see them; picking one case that fits the
// budget draws all of it and the banner goes. The budget is lowered through the page
// address (?budget=N) so a small generated workspace is enough to prove it. The Connections
// list shows one page of the strongest case pairs and "Show more"; an expansion past its
// cap (?expand=N) adds only the strongest neighbours, with a notice. The chart as a whole
// never grows past its budget: an expansion adds at most the room left, nothing when the
// chart is full, and undo gives the room back.
import { test as base, expect, type Page } from '@playwright/test';
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

/**
 * A case that fits the budget with an entity holding at least three neighbours off the case's
 * chart (so a room or a cap of two leaves some out), and the counts the analyst will read.
 */
async function roomyCase(host: RunningHost) {
  for (const c of await host.api('cases.list', {})) {
    const g = await host.api('graph.get', { caseIds: [c.id], limit: BUDGET });
    if (g.omitted.entities > 0 || g.nodes.length < 3) continue;
    const onChart = g.nodes.map((n) => n.id);
    for (const e of g.nodes) {
      const count = await host.api('graph.neighbours', { entityId: e.id, limit: 0, onChart });
      if (count.omitted.entities >= 3) return { c, g, onChart, entity: e, count };
    }
  }
  throw new Error('no case with an entity to expand in the generated workspace');
}

/** An entity off the chart that the search box lists among its first hits for its own label. */
async function searchableOffChart(host: RunningHost, drawn: Set<number>) {
  const all = await host.api('graph.get', { limit: 5000 });
  for (const n of all.nodes) {
    if (drawn.has(n.id) || !/[a-z]{3}/i.test(n.label)) continue;
    const hits = await host.api('search.entities', { query: n.label, limit: 5 });
    if (hits.some((h) => h.entityId === n.id)) return n;
  }
  throw new Error('no entity off the chart to search for');
}

const num = (x: number) => x.toLocaleString('en-US');
/** Dismisses the info notices shown (one may go by itself meanwhile), so the next is read alone. */
async function dropNotices(page: Page) {
  const notices = page.getByTestId('notice-info');
  for (const close of await notices.getByRole('button', { name: 'Dismiss' }).all())
    await close.click({ timeout: 5000 }).catch(() => undefined);
  await expect(notices).toHaveCount(0);
}

test('expanding an entity past its cap adds only its strongest neighbours and says so', async ({
  page,
  host,
}) => {
  const CAP = 2;
  const { c, g, onChart, entity, count } = await roomyCase(host);
  const capped = await host.api('graph.neighbours', { entityId: entity.id, limit: CAP, onChart });
  const expected = new Set([...onChart, ...capped.nodes.map((n) => n.id)]);
  expect(expected.size).toBe(g.nodes.length + CAP);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart&expand=${CAP}`);
  await waitForChart(page, { minRuns: 1 });
  await page.getByTestId(`case-row-${c.number}`).click();
  await waitForChart(page, { nodes: g.nodes.length });
  const runs = await chart.layoutsRun(page);
  await doubleClickEntity(page, entity.id);
  // Past the cap the workbench first says how many neighbours there are (issue 12).
  const warning = page.getByTestId('expand-warning');
  await expect(warning).toContainText(`has ${num(count.totalEntities - 1)} neighbours`);
  await expect(warning).toContainText(`Only the ${CAP} most strongly linked will be added`);
  await page.getByTestId('expand-warning-go').click();
  await waitForChart(page, { nodes: expected.size, minRuns: runs + 1 });
  expect(new Set(await chart.nodeIds(page))).toEqual(expected);
  await expect(page.getByTestId('notice-info')).toContainText(
    `Added the ${CAP} most strongly linked of ${num(count.totalEntities - 1)} neighbours of ${entity.label}`,
  );
});

test('a chart never grows past its budget: an expansion adds only the room left, none when full, and undo gives the room back', async ({
  page,
  host,
}) => {
  const ROOM = 2;
  const { c, g, onChart, entity, count } = await roomyCase(host);
  const budget = g.nodes.length + ROOM;
  const fits = await host.api('graph.neighbours', { entityId: entity.id, limit: ROOM, onChart });
  const expected = new Set([...onChart, ...fits.nodes.map((n) => n.id)]);
  expect(expected.size).toBe(budget);
  const neighbours = num(count.totalEntities - 1);
  const drawnAlready = count.nodes.length - 1;
  const already = drawnAlready > 0 ? ` (${num(drawnAlready)} already on the chart)` : '';
  const notice = (text: string) => page.getByTestId('notice-info').filter({ hasText: text });

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart&budget=${budget}&expand=50`);
  // The whole workspace opens on its most connected part, as many entities as the budget:
  // the chart is full, so an expansion asks for nothing and says how to make room.
  await waitForChart(page, { nodes: budget, minRuns: 1 });
  const other = (await chart.nodeIds(page)).find((id) => id !== entity.id)!;
  await doubleClickEntity(page, other);
  await expect(
    notice(`The chart is full: it holds at most ${budget} entities, so no neighbours of`),
  ).toContainText('To make room, hide entities (select them, then H) or pick fewer cases.');
  expect(await chart.nodeCount(page)).toBe(budget);
  await dropNotices(page);
  // Nor is an entity found by search and not on the chart.
  const searched = await searchableOffChart(host, new Set(await chart.nodeIds(page)));
  await page.getByTestId('search-input').fill(searched.label);
  await page.getByTestId(`search-hit-${searched.id}`).click();
  await expect(
    notice(
      `The chart is full: it holds at most ${budget} entities, so the entity you searched for was not added.`,
    ),
  ).toBeVisible();
  expect(await chart.nodeCount(page)).toBe(budget);
  await page.keyboard.press('Escape');
  await dropNotices(page);

  // One case leaves room for two: the expansion warns, then adds the two most strongly linked.
  await page.getByTestId(`case-row-${c.number}`).click();
  await waitForChart(page, { nodes: g.nodes.length });
  const runs = await chart.layoutsRun(page);
  await doubleClickEntity(page, entity.id);
  const warning = page.getByTestId('expand-warning');
  await expect(warning).toContainText('Little room left on the chart');
  await expect(warning).toContainText(
    `has ${neighbours} neighbours${drawnAlready > 0 ? `, ${num(drawnAlready)} of them already on the chart` : ''}.`,
  );
  await expect(warning).toContainText(
    `The chart holds at most ${budget} entities and has room for ${ROOM} more`,
  );
  await expect(page.getByTestId('expand-warning-go')).toHaveText(`Add ${ROOM}`);
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, 'chart-room-warning.png') });
  await page.getByTestId('expand-warning-go').click();
  await waitForChart(page, { nodes: budget, minRuns: runs + 1 });
  expect(new Set(await chart.nodeIds(page))).toEqual(expected);
  const left = count.omitted.entities - ROOM;
  await expect(
    notice(
      `Added the ${ROOM} most strongly linked of ${neighbours} neighbours of ${entity.label}${already}: ` +
        `the chart holds at most ${budget} entities, so ${num(left)} ${left === 1 ? 'was' : 'were'} left out.`,
    ),
  ).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS_DIR, 'chart-room-notice.png') });
  await dropNotices(page);

  // Now full: nothing is asked, nothing is added, and the notice says why.
  await doubleClickEntity(page, entity.id);
  await expect(
    notice(
      `The chart is full: it holds at most ${budget} entities, so no neighbours of ${entity.label} were added.`,
    ),
  ).toBeVisible();
  await expect(warning).toHaveCount(0);
  expect(await chart.nodeCount(page)).toBe(budget);
  await page.screenshot({ path: path.join(SCREENS_DIR, 'chart-full-notice.png') });
  await dropNotices(page);

  // Undo takes the expansion off and gives its room back.
  await page.keyboard.press('Control+z');
  await waitForChart(page, { nodes: g.nodes.length });
  expect(new Set(await chart.nodeIds(page))).toEqual(new Set(onChart));
  await doubleClickEntity(page, entity.id);
  await expect(warning).toContainText(`has room for ${ROOM} more`);
  await page.getByTestId('expand-warning-go').click();
  await waitForChart(page, { nodes: budget });
  expect(new Set(await chart.nodeIds(page))).toEqual(expected);
});

test('a saved chart larger than the budget opens whole, says so, and takes no more', async ({
  page,
  host,
}) => {
  const SMALLER = 30;
  const whole = await host.api('graph.get', { limit: BUDGET });
  const entities = whole.nodes.map((n) => n.id);
  // Laid out on a grid inside the chart's view, so every entity can be double-clicked.
  const positions = Object.fromEntries(
    entities.map((id, i) => [String(id), { x: 60 + (i % 8) * 70, y: 60 + Math.floor(i / 8) * 70 }]),
  );
  await host.api('charts.save', {
    name: 'Saved at forty',
    document: {
      version: 1,
      caseIds: null,
      entities,
      positions,
      hidden: [],
      pinned: [],
      groups: [],
      styles: {},
      annotations: [],
      layoutId: 'grid',
      viewport: { zoom: 1, pan: { x: 0, y: 0 } },
    },
  });

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart&budget=${SMALLER}`);
  await waitForChart(page, { nodes: SMALLER, minRuns: 1 });
  await page.getByTestId('tab-charts').click();
  await page
    .locator('[data-testid="saved-chart-row"][data-chart-name="Saved at forty"]')
    .getByTestId('chart-open')
    .click();
  await waitForChart(page, { nodes: entities.length });
  await expect(page.getByTestId('budget-banner')).toHaveText(
    `This saved chart holds ${entities.length} entities, more than the ${SMALLER} a chart is given: it opens ` +
      'whole, as saved, but nothing can be added to it until some are hidden (select them, then H).',
  );
  const label = whole.nodes[0]!.label;
  await doubleClickEntity(page, whole.nodes[0]!.id);
  await expect(
    page.getByTestId('notice-info').filter({
      hasText: `This chart holds ${entities.length} entities, more than its budget of ${SMALLER}, so no neighbours of ${label} were added.`,
    }),
  ).toBeVisible();
  expect(await chart.nodeCount(page)).toBe(entities.length);
  await page.screenshot({ path: path.join(SCREENS_DIR, 'chart-saved-over-budget.png') });
});
