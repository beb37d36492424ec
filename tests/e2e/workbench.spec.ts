// The workbench in a browser, click by click, against the HTTP host on a copy of the
// training scenario that the file's tests share (they only read: each gets its own page). Expected figures come from the backend (the fixture's api),
// never hard-coded; the chart is read through the test hook the chart module exposes.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { expect, readOnlyTest as test } from './fixtures';
import {
  chart,
  clickEntity,
  clickLink,
  doubleClickEntity,
  openWorkbench,
  viewSettled,
  waitForChart,
} from './helpers/chart';
import { exportChart, openExportMenu } from './helpers/export';

test.beforeEach(async ({ page, workbench }) => {
  await openWorkbench(page, workbench.url);
});

test('lists the cases, filters them, and charts the selected ones', async ({ page, workbench }) => {
  const cases = await workbench.api('cases.list', {});
  for (const c of cases) await expect(page.getByTestId(`case-row-${c.number}`)).toBeVisible();
  await expect(page.getByTestId('workspace-info')).toContainText(`${cases.length} cases`);

  const whole = await workbench.api('graph.get', {});
  await waitForChart(page, { nodes: whole.nodes.length, edges: whole.links.length });
  await workbench.screen(page, 'chart');

  // Filter by a jurisdiction that appears in the data.
  const filter = cases[0]!.jurisdiction;
  const filtered = await workbench.api('cases.list', { filter });
  await page.getByTestId('case-filter').fill(filter);
  await expect(page.locator('[data-testid^="case-row-"]:not([data-testid="case-row-all"])')).toHaveCount(
    filtered.length,
  );
  for (const c of filtered) await expect(page.getByTestId(`case-row-${c.number}`)).toBeVisible();
  await page.getByTestId('case-filter').fill('');

  // One case, then a second with ctrl-click: the chart shows exactly graph.get of the two.
  const [a, b] = [cases[0]!, cases[1]!];
  await page.getByTestId(`case-row-${a.number}`).click();
  const one = await workbench.api('graph.get', { caseIds: [a.id] });
  await waitForChart(page, { nodes: one.nodes.length, edges: one.links.length });
  await page.getByTestId(`case-row-${b.number}`).click({ modifiers: ['Control'] });
  const two = await workbench.api('graph.get', { caseIds: [a.id, b.id] });
  await waitForChart(page, { nodes: two.nodes.length, edges: two.links.length });
  expect((await chart.nodeIds(page)).sort((x, y) => x - y)).toEqual(
    two.nodes.map((n) => n.id).sort((x, y) => x - y),
  );
  await expect(page.getByTestId(`case-row-${a.number}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId(`case-row-${b.number}`)).toHaveAttribute('aria-selected', 'true');

  await page.getByTestId('case-row-all').click();
  await waitForChart(page, { nodes: whole.nodes.length, edges: whole.links.length });
});

test('a cross-case entity shows its source records from each case in the inspector', async ({
  page,
  workbench,
}) => {
  const graph = await workbench.api('graph.get', {});
  const crossCase = graph.nodes.filter((n) => n.crossCase);
  expect(crossCase.length).toBeGreaterThan(0);
  const target = crossCase.sort((x, y) => y.caseIds.length - x.caseIds.length)[0]!;
  const detail = await workbench.api('entities.get', { entityId: target.id });

  await expect(page.getByTestId('inspector')).toContainText('Nothing selected');
  // The whole workspace is zoomed out: cross-case names are drawn larger than the rest.
  const fontOf = (id: number) => page.evaluate((n) => window.__thorlineChart!.labelFontSize(n), id);
  const plain = graph.nodes.find((n) => !n.crossCase)!;
  expect(await page.evaluate(() => window.__thorlineChart!.zoom())).toBeLessThan(0.75);
  expect(await fontOf(target.id)).toBeGreaterThan((await fontOf(plain.id))!);
  await clickEntity(page, target.id);
  expect(await chart.selectedIds(page)).toEqual([`n${target.id}`]);
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('inspector-title')).toHaveText(detail.label);
  const cards = inspector.getByTestId('inspector-records').getByTestId('record-card');
  await expect(cards).toHaveCount(detail.members.length);
  const shownCases = new Set(
    await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-case-number'))),
  );
  expect(shownCases.size).toBeGreaterThanOrEqual(2);
  expect([...shownCases].sort()).toEqual([...new Set(detail.members.map((m) => m.record.caseNumber))].sort());
  for (const m of detail.members) {
    if (m.record.externalId) await expect(inspector).toContainText(m.record.externalId);
  }
  // "Locate" centres the chart on the entity, close enough to read the names around it.
  await inspector.getByRole('button', { name: 'Locate' }).click();
  await expect.poll(() => page.evaluate(() => window.__thorlineChart!.zoom())).toBeGreaterThanOrEqual(1.1);
  // Close up, they are back to the ordinary size (drawn bold), so they do not crowd the view.
  expect(await fontOf(target.id)).toBe(11);
  await viewSettled(page);
  await workbench.screen(page, 'inspector');
});

test('a selected link shows the source links behind it, with their cases', async ({ page, workbench }) => {
  const cases = await workbench.api('cases.list', {});
  const home = [...cases].sort((a, b) => b.recordCount - a.recordCount)[0]!;
  await page.getByTestId(`case-row-${home.number}`).click();
  const graph = await workbench.api('graph.get', { caseIds: [home.id] });
  await waitForChart(page, { nodes: graph.nodes.length, edges: graph.links.length });
  // Links backed by the most source links first; the first whose middle is clear of nodes is clicked.
  const candidates = [...graph.links].sort((a, b) => b.recordLinkCount - a.recordLinkCount).slice(0, 12);
  let clicked: (typeof candidates)[number] | undefined;
  for (const l of candidates) {
    if (await clickLink(page, l.id)) {
      clicked = l;
      break;
    }
  }
  expect(clicked, 'one of the links could be clicked').toBeDefined();
  const detail = await workbench.api('links.get', { linkId: clicked!.id });
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText(detail.from.label);
  await expect(inspector).toContainText(detail.to.label);
  const cards = inspector.getByTestId('inspector-records').getByTestId('record-card');
  await expect(cards).toHaveCount(detail.recordLinks.length);
  const shown = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-case-number')));
  expect(shown.sort()).toEqual(detail.recordLinks.map((r) => r.caseNumber).sort());
  await workbench.screen(page, 'inspector-link');

  // A note on the first source link: shown under it, and found by search like every note.
  const first = cards.first();
  await first.getByTestId('link-note-add').click();
  await first.getByTestId('link-note-text').fill('Surveillance saw this exchange at the stash house.');
  await first.getByTestId('link-note-save').click();
  await expect(first.getByTestId('link-note')).toContainText('Surveillance saw this exchange');
  const found = await workbench.api('notes.search', { query: 'Surveillance exchange' });
  expect(found.map((n) => [n.linkId, n.caseNumber])).toEqual([
    [detail.recordLinks[0]!.id, detail.recordLinks[0]!.caseNumber],
  ]);
  await page.getByTestId('search-input').fill('surveillance exchange');
  await expect(page.getByTestId(`search-note-${found[0]!.id}`)).toContainText(
    'Surveillance saw this exchange',
  );
});

test('the connections list names case pairs and identifiers, and focuses the entity', async ({
  page,
  workbench,
}) => {
  // The list's first page: the strongest case pairs.
  const { connections } = await workbench.api('connections.list', {});
  expect(connections.length).toBeGreaterThan(0);
  await page.getByTestId('tab-connections').click();
  const items = page.getByTestId('connection-item');
  await expect(items).toHaveCount(connections.reduce((n, c) => n + c.evidence.length, 0));
  const first = connections[0]!;
  const list = page.getByTestId('connections-list');
  await expect(list.locator('.connection').first()).toContainText(first.caseA.number);
  await expect(list.locator('.connection').first()).toContainText(first.caseB.number);
  const ev = first.evidence.find((e) => e.identifierValue) ?? first.evidence[0]!;
  if (ev.identifierValue) await expect(list).toContainText(ev.identifierValue);

  await list.locator(`[data-entity-id="${ev.entityId}"]`).first().click();
  await expect.poll(() => chart.selectedIds(page)).toEqual([`n${ev.entityId}`]);
  await expect(page.getByTestId('inspector-title')).toHaveText(ev.entityLabel);
  await workbench.screen(page, 'connections');
});

test('search finds an entity and focuses it, adding it to the chart when it is not there', async ({
  page,
  workbench,
}) => {
  const cases = await workbench.api('cases.list', {});
  const graphs = await Promise.all(cases.map((c) => workbench.api('graph.get', { caseIds: [c.id] })));
  // A case, and an entity of another case that is not on that case's chart.
  const i = graphs.findIndex((g) => g.nodes.length > 0);
  const onChart = new Set(graphs[i]!.nodes.map((n) => n.id));
  const elsewhere = graphs
    .flatMap((g) => g.nodes)
    .find((n) => !onChart.has(n.id) && /[a-z]{3}/i.test(n.label))!;
  const hits = await workbench.api('search.entities', { query: elsewhere.label, limit: 20 });
  expect(hits.map((h) => h.entityId)).toContain(elsewhere.id);

  await page.getByTestId(`case-row-${cases[i]!.number}`).click();
  await waitForChart(page, { nodes: graphs[i]!.nodes.length });
  await page.getByTestId('search-input').fill(elsewhere.label);
  await page.getByTestId(`search-hit-${elsewhere.id}`).click();
  await expect.poll(() => chart.nodeIds(page), { timeout: 0 }).toContain(elsewhere.id);
  const neighbours = await workbench.api('graph.neighbours', { entityId: elsewhere.id });
  await expect
    .poll(async () => (await chart.nodeIds(page)).length)
    .toBeGreaterThanOrEqual(new Set([...onChart, ...neighbours.nodes.map((n) => n.id)]).size);
  await expect.poll(() => chart.selectedIds(page)).toEqual([`n${elsewhere.id}`]);
  await expect(page.getByTestId('inspector-title')).toHaveText(elsewhere.label);

  // Focused = centred in the chart.
  await viewSettled(page);
  const box = (await page.getByTestId('chart').boundingBox())!;
  const p = (await chart.position(page, elsewhere.id))!;
  expect(Math.abs(p.x - box.width / 2)).toBeLessThan(box.width * 0.1);
  expect(Math.abs(p.y - box.height / 2)).toBeLessThan(box.height * 0.1);
});

test('double-click expands an entity with its neighbours from the rest of the workspace', async ({
  page,
  workbench,
}) => {
  const cases = await workbench.api('cases.list', {});
  // A case holding a cross-case entity: its neighbours include entities of other cases.
  const whole = await workbench.api('graph.get', {});
  const cross = whole.nodes.find((n) => n.crossCase)!;
  const home = cases.find((c) => c.id === cross.caseIds[0])!;
  const own = await workbench.api('graph.get', { caseIds: [home.id] });
  const neighbours = await workbench.api('graph.neighbours', { entityId: cross.id });
  const expected = new Set([...own.nodes, ...neighbours.nodes].map((n) => n.id));

  await page.getByTestId(`case-row-${home.number}`).click();
  await waitForChart(page, { nodes: own.nodes.length });
  const runs = await chart.layoutsRun(page);
  await doubleClickEntity(page, cross.id);
  await waitForChart(page, {
    nodes: expected.size,
    minRuns: expected.size > own.nodes.length ? runs + 1 : runs,
  });
  expect(new Set(await chart.nodeIds(page))).toEqual(expected);
});

test('switches layouts; the supply-chain layout reads from dealer to recovery', async ({
  page,
  workbench,
}) => {
  const graph = await workbench.api('graph.get', {});
  const select = page.getByTestId('layout-select');
  const options = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(options).toEqual(expect.arrayContaining(['force', 'chain']));

  for (const id of options.filter((o) => o !== 'force').concat('force')) {
    const runs = await chart.layoutsRun(page);
    await select.selectOption(id);
    await waitForChart(page, { nodes: graph.nodes.length, minRuns: runs + 1 });
    if (id === 'chain') {
      await viewSettled(page);
      const meanX = async (type: string) => {
        const ids = graph.nodes.filter((n) => n.type === type).map((n) => n.id);
        const xs = await Promise.all(ids.map(async (n) => (await chart.position(page, n))!.x));
        return xs.reduce((s, x) => s + x, 0) / xs.length;
      };
      const chain = ['dealer', 'purchase', 'crossing', 'recovery'].filter((t) =>
        graph.nodes.some((n) => n.type === t),
      );
      const xs = await Promise.all(chain.map(meanX));
      for (let k = 1; k < xs.length; k++) expect(xs[k]!).toBeGreaterThan(xs[k - 1]!);
      await workbench.screen(page, 'chart-supply-chain');
    }
  }
});

test('exports PNG of the current view at the chosen scale, white or transparent', async ({
  page,
  workbench,
}) => {
  await openExportMenu(page);
  await expect(page.getByTestId('export-menu')).toBeVisible();
  await workbench.screen(page, 'export-menu');
  const size = await page.getByTestId('chart').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));

  for (const [scale, background] of [
    [2, 'white'],
    [3, 'transparent'],
  ] as const) {
    const file = await exportChart(page, { format: 'png', extent: 'view', background, scale });
    expect(file.name).toMatch(/\.png$/);
    const png = PNG.sync.read(file.bytes);
    expect(png.width).toBe(Math.round(size.w * scale));
    expect(png.height).toBe(Math.round(size.h * scale));
    const alphaAtCorner = png.data[3];
    expect(alphaAtCorner).toBe(background === 'white' ? 255 : 0);
  }

  const full = PNG.sync.read(
    (await exportChart(page, { format: 'png', extent: 'full', background: 'white', scale: 1 })).bytes,
  );
  expect(full.width).toBeGreaterThan(50);
  expect(full.height).toBeGreaterThan(50);
});

test('exports SVG of the full chart containing every node label', async ({ page, workbench }) => {
  const graph = await workbench.api('graph.get', {});
  const file = await exportChart(page, { format: 'svg', extent: 'full', background: 'white' });
  expect(file.name).toMatch(/\.svg$/);
  const text = file.bytes.toString('utf8');
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(text);
  expect(doc.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
  const texts = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'text' || k === 'title')
          (Array.isArray(v) ? v : [v]).forEach((t) =>
            texts.add(String(typeof t === 'object' ? t['#text'] : t)),
          );
        else collect(v);
      }
    }
  };
  collect(doc);
  // Every entity's full label is in the file (as its title and, never cut, as its visible text).
  for (const n of graph.nodes) expect(texts, `label of entity ${n.id}`).toContain(n.label);
});

test('a failed call is shown to the analyst with its code and message', async ({ page, workbench }) => {
  const graph = await workbench.api('graph.get', {});
  const target = graph.nodes[0]!;
  await page.route('**/api/entities.get', (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'NOT_FOUND', message: `Entity ${target.id} does not exist.` },
      }),
    }),
  );
  await clickEntity(page, target.id);
  const notice = page.getByTestId('notice-error');
  await expect(notice).toContainText('NOT_FOUND');
  await expect(notice).toContainText(`Entity ${target.id} does not exist.`);
  await expect(page.getByTestId('inspector')).toContainText('could not be loaded');
});
