// The case map (issue 10): the workbench opens on it; a connection's evidence is read on
// hover and in the inspector and opens on the entity chart; cases open the same way; and a
// generated 100,000-record workspace opens on it without freezing the page for long (the
// longest main-thread task, measured with the Long Tasks API, is printed).
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { readOnlyTest, SCREENS_DIR, generatedWorkspaceTest } from './fixtures';
import { waitForChart } from './helpers/chart';
// Brings in the type of window.__thorlineCaseMap.
import type {} from '../../renderer/src/casemap/test-hook';

const APART = ['MPD-2022-0417', 'EPPD-2019-1123'];

async function openCaseMap(page: Page, url: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(new URL('?testHooks=1', url).toString());
  await expect(page.getByTestId('casemap')).toBeVisible();
  await page.waitForFunction(() => window.__thorlineCaseMap?.laidOut() === true, undefined, { timeout: 0 });
}

/** A point of the case map (container pixels) in page coordinates. */
async function onMap(page: Page, point: { x: number; y: number } | null) {
  expect(point).not.toBeNull();
  const box = (await page.getByTestId('casemap').boundingBox())!;
  return { x: box.x + point!.x, y: box.y + point!.y };
}

async function screen(page: Page, name: string) {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
}

readOnlyTest(
  'the training scenario opens on the case map, the two unrelated cases apart',
  async ({ page, workbench }) => {
    const map = await workbench.api('casemap.get', {});
    await openCaseMap(page, workbench.url);
    await expect(page.getByTestId('view-casemap')).toHaveClass(/active/);
    const drawn = await page.evaluate(() => window.__thorlineCaseMap!.caseIds());
    expect(drawn.sort((a, b) => a - b)).toEqual(map.cases.map((c) => c.id).sort((a, b) => a - b));
    expect(drawn).toHaveLength(14);
    expect(await page.evaluate(() => window.__thorlineCaseMap!.linkCount())).toBe(map.links.length);
    await expect(page.getByTestId('casemap-summary')).toHaveText(
      '14 cases form 3 separate networks · the largest joins 12 cases · 2 cases share nothing with any other',
    );

    // Drawn outside the box of the supernetwork, with no line to any case.
    const apart = map.cases.filter((c) => APART.includes(c.number));
    expect(apart).toHaveLength(2);
    const network = map.cases.filter((c) => !APART.includes(c.number)).map((c) => c.id);
    const box = await page.evaluate((ids) => window.__thorlineCaseMap!.boxOf(ids), network);
    for (const c of apart) {
      const p = (await page.evaluate((id) => window.__thorlineCaseMap!.casePosition(id), c.id))!;
      const inside = p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2;
      expect(inside, `${c.number} is drawn inside the supernetwork`).toBe(false);
      expect(map.links.some((l) => l.caseA === c.id || l.caseB === c.id)).toBe(false);
    }
    await screen(page, 'casemap-training');

    await page.getByTestId('casemap-colour-state').click();
    await expect(page.getByTestId('casemap-key')).toContainText('Wisconsin');
  },
);

readOnlyTest(
  "a connection's evidence shows on hover and in the inspector, and opens on the chart",
  async ({ page, workbench }) => {
    const map = await workbench.api('casemap.get', {});
    const strongest = [...map.links].sort((a, b) => b.shared - a.shared)[0]!;
    const number = (id: number) => map.cases.find((c) => c.id === id)!.number;
    const evidence = await workbench.api('casemap.connection', {
      caseA: strongest.caseA,
      caseB: strongest.caseB,
    });
    await openCaseMap(page, workbench.url);
    const mid = await onMap(
      page,
      await page.evaluate(
        ([a, b]) => window.__thorlineCaseMap!.linkMidpoint(a!, b!),
        [strongest.caseA, strongest.caseB],
      ),
    );
    await page.mouse.move(mid.x, mid.y);
    const tip = page.getByTestId('casemap-tooltip');
    await expect(tip).toContainText(`${number(strongest.caseA)} ↔ ${number(strongest.caseB)}`);
    await expect(tip).toContainText(`${strongest.shared} shared entities`);
    await expect(tip).toContainText(evidence.evidence[0]!.entityLabel);

    await page.mouse.click(mid.x, mid.y);
    const panel = page.getByTestId('casemap-connection');
    await expect(panel).toContainText(`${number(strongest.caseA)} ↔ ${number(strongest.caseB)}`);
    const identifiers = evidence.evidence.filter((e) => e.reason === 'identifier' && e.identifierKind);
    expect(identifiers.length).toBeGreaterThan(0);
    await expect(page.getByTestId('casemap-identifiers')).toContainText(
      `Shared identifiers (${identifiers.length})`,
    );
    for (const e of identifiers)
      await expect(page.getByTestId('casemap-identifiers')).toContainText(e.entityLabel);
    await screen(page, 'casemap-connection-evidence');

    const graph = await workbench.api('casemap.connectionGraph', {
      caseA: strongest.caseA,
      caseB: strongest.caseB,
    });
    await page.getByTestId('casemap-open-connection').click();
    await expect(page.getByTestId('chart')).toBeVisible();
    await waitForChart(page, { nodes: graph.nodes.length, minRuns: 1 });
    const onChart = await page.evaluate(() => window.__thorlineChart!.nodeIds());
    expect(onChart.sort((a, b) => a - b)).toEqual(graph.nodes.map((n) => n.id).sort((a, b) => a - b));
    for (const e of evidence.evidence) expect(onChart).toContain(e.entityId);
    const scope = page.getByTestId('connection-scope');
    await expect(scope).toContainText(`What ${number(strongest.caseA)} and ${number(strongest.caseB)} share`);
    await page.getByTestId('back-to-casemap').click();
    await expect(page.getByTestId('casemap-summary')).toContainText('14 cases');
  },
);

readOnlyTest(
  'selected cases open on the chart, and the rail leads back to the case map',
  async ({ page, workbench }) => {
    const map = await workbench.api('casemap.get', {});
    const [a, b] = map.cases;
    await openCaseMap(page, workbench.url);
    const first = await onMap(page, await casePoint(page, a!.id));
    await page.mouse.click(first.x, first.y);
    await expect(page.getByTestId('casemap-open-cases')).toHaveText('Open this case on the chart');
    await expect(page.getByTestId('casemap-cases')).toContainText(a!.title);
    const second = await onMap(page, await casePoint(page, b!.id));
    await page.keyboard.down('Shift');
    await page.mouse.click(second.x, second.y);
    await page.keyboard.up('Shift');
    await expect(page.getByTestId('casemap-open-cases')).toHaveText('Open these 2 cases on the chart');
    const graph = await workbench.api('graph.get', { caseIds: [a!.id, b!.id] });
    await page.getByTestId('casemap-open-cases').click();
    await waitForChart(page, { nodes: graph.nodes.length, minRuns: 1 });
    await expect(page.getByTestId(`case-row-${a!.number}`)).toHaveClass(/selected/);

    await page.getByTestId('view-casemap').click();
    await expect(page.getByTestId('casemap-summary')).toContainText('14 cases');
  },
);

const casePoint = (page: Page, id: number) =>
  page.evaluate((caseId) => window.__thorlineCaseMap!.casePosition(caseId), id);

const RECORDS = 100_000;
const generated = generatedWorkspaceTest(RECORDS, 3, { timeout: 300_000 });

// Measured as an analyst would see it: Playwright's trace recording (a screencast and DOM
// snapshots, kept only on failure) costs the page several times the map's own work, and
// the option cannot be set for one test only, so this file records no trace.
generated.use({ trace: 'off' });

generated(
  'a 100,000-record workspace opens on the case map without a long freeze',
  async ({ page, host }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number; __tasks: number };
      w.__longest = 0;
      w.__tasks = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.__tasks++;
          w.__longest = Math.max(w.__longest, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
      // Every progress note the map shows while it builds.
      const seen: string[] = [];
      (window as unknown as { __busy: string[] }).__busy = seen;
      new MutationObserver(() => {
        const note = document.querySelector('[data-testid="casemap-busy"]')?.textContent?.trim();
        if (note && seen.at(-1) !== note) seen.push(note);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await openCaseMap(page, host.url);
    const usable = await page.evaluate(() => performance.now());
    // Let the first frames of the drawn map land before reading the longest task.
    await page.waitForTimeout(1000);
    const { longest, tasks } = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __tasks: number };
      return { longest: w.__longest, tasks: w.__tasks };
    });
    const figures = `case map of ${RECORDS.toLocaleString('en-US')} records: usable after ${Math.round(usable)} ms; longest main-thread task ${Math.round(longest)} ms (${tasks} tasks over 50 ms; target 200 ms)`;
    console.log(figures);
    generated.info().annotations.push({ type: 'figures', description: figures });
    const map = await host.api('casemap.get', {});
    await expect(page.getByTestId('casemap-banner')).toContainText(
      `Showing the ${map.cases.length} most connected of ${map.summary.cases.toLocaleString('en-US')} cases`,
    );
    const notes = await page.evaluate(() => (window as unknown as { __busy: string[] }).__busy);
    const drawn = map.cases.length.toLocaleString('en-US');
    expect(notes).toContain(`Laying out ${drawn} cases…`);
    expect(
      notes.some((n) => new RegExp(`^Drawing ${drawn} cases… \\d+%$`).test(n)),
      notes.join(' / '),
    ).toBe(true);
    await screen(page, 'casemap-100k');

    // A drawn case whose links all go to cases left out is not one that "shares nothing":
    // the key counts it apart, it stands in a column right of the networks, and its tooltip says so.
    const onLine = new Set(map.links.flatMap((l) => [l.caseA, l.caseB]));
    const offMap = map.cases.filter((c) => c.sharedWeight > 0 && !onLine.has(c.id));
    const apart = map.cases.filter((c) => c.sharedWeight === 0);
    expect(offMap.length, 'drawn cases linked only to cases not drawn').toBeGreaterThan(0);
    await expect(page.getByTestId('casemap-key-off-map')).toContainText(
      `linked to cases not shown (${offMap.length})`,
    );
    await expect(page.getByTestId('casemap-key-apart')).toContainText(`shares nothing (${apart.length})`);
    const linkedBox = await page.evaluate((ids) => window.__thorlineCaseMap!.boxOf(ids), [...onLine]);
    for (const c of offMap) {
      const p = (await casePoint(page, c.id))!;
      expect(p.x, `${c.number} stands right of the networks`).toBeGreaterThan(linkedBox.x2);
    }
    const first = await onMap(page, await casePoint(page, offMap[0]!.id));
    await page.mouse.move(first.x, first.y);
    await expect(page.getByTestId('casemap-tooltip')).toContainText(
      `${offMap[0]!.number} · ${offMap[0]!.title}`,
    );
    await expect(page.getByTestId('casemap-tooltip')).toContainText('all with cases not shown on this map');
    await screen(page, 'casemap-100k-off-map');

    // Opened on the chart, that case is shown selected in the case list, which holds only
    // the rows near the view (thousands of cases would freeze the page).
    await page.mouse.click(first.x, first.y);
    await page.getByTestId('casemap-open-cases').click();
    await waitForChart(page, { minRuns: 1 });
    const row = page.getByTestId(`case-row-${offMap[0]!.number}`);
    await expect(row).toBeInViewport();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    const rows = await page.locator('[data-testid^="case-row-"]').count();
    expect(rows).toBeLessThan(map.summary.cases / 10);
    await screen(page, 'casemap-100k-case-opened');
    // Generous: on this shared 2-core machine under a load of 25+ a 250 ms task has measured 2 s.
    expect(longest).toBeLessThan(3000);
  },
);
