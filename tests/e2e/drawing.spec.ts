// Drawing big charts: a generated workspace opened with ?budget=5000 draws about 5,000
// entities (shown placed with their links previewed while Cytoscape's are added, then whole
// from the layout's draft, then at the final layout); the longest main-thread task while opening is measured with the Long Tasks API
// and reported (gated only on a generous bound, so a busy machine does not fail it). An
// expansion places the new entities next to the expanded one and moves nothing else. The
// settings say which renderer draws and why.
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { PLACEMENT_SPACING } from '../../renderer/src/chart/drawing/place-new';
import { SCREENS_DIR, type RunningHost, generatedWorkspaceTest } from './fixtures';
import {
  chart,
  clickEntity,
  doubleClickEntity,
  entityPoint,
  shiftSelect,
  waitForChart,
} from './helpers/chart';

// Seed 1: 8,000 generated records hold more than 5,000 entities.
const RECORDS = 8000;
const BIG = 5000;
/**
 * Generous on purpose (a shared 2-core machine under load stretches every task several
 * times): a chart that never lets go of the UI fails; the figure itself is reported. Before
 * the chart budget the issue measured frozen frames of 43–64 s.
 */
const LONGEST_TASK_BOUND_MS = 90_000;

const test = generatedWorkspaceTest(RECORDS, 1);

const at = (host: RunningHost, query: string) =>
  `${host.url.replace(/\/$/, '')}/?testHooks&view=chart&${query}`;

test('a 5,000-entity chart is drawn, with its longest main-thread task reported', async ({ page, host }) => {
  test.setTimeout(600_000);
  const whole = await host.api('graph.get', { limit: BIG });
  expect(whole.nodes.length).toBe(BIG);
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number; __draft: string | null };
    // The pixels painted on one of the chart's canvases (by the selector), for the checks below.
    (window as unknown as { __painted: (selector: string) => number }).__painted = (selector) => {
      const canvas = document.querySelector<HTMLCanvasElement>(selector);
      const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; pixels && i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return painted;
    };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    // The first picture: when the chart says a layout draft is drawn, what it shows then.
    w.__draft = null;
    new MutationObserver(() => {
      const c = document.querySelector<HTMLElement>('[data-testid="chart"]');
      if (w.__draft !== null || !c || Number(c.dataset.layoutDrafts ?? 0) === 0) return;
      const entities = window.__thorlineChart?.nodeCount() ?? 0;
      w.__draft = `${c.dataset.layoutState} ${c.dataset.layoutsRun} ${entities}`;
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout-drafts'] });
    // Before that, the entities alone: placed and on screen while their links are added.
    const e = window as unknown as { __entitiesShown: string | null };
    e.__entitiesShown = null;
    new MutationObserver(() => {
      const c = document.querySelector<HTMLElement>('[data-testid="chart"]');
      if (e.__entitiesShown !== null || !c || Number(c.dataset.entityPictures ?? 0) === 0) return;
      const hook = window.__thorlineChart;
      e.__entitiesShown = `${hook?.nodeCount() ?? 0} ${hook?.edgeCount() ?? 0}`;
      // Their links previewed under them: how many, and the preview canvas's painted pixels.
      const { __painted: painted } = window as unknown as { __painted: (selector: string) => number };
      (window as unknown as { __preview: unknown }).__preview = {
        lines: Number(c.dataset.linkPreview ?? 0),
        canvases: c.querySelectorAll('canvas.link-preview').length,
        painted: painted('canvas.link-preview'),
      };
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-entity-pictures'] });
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  const started = Date.now();
  await page.goto(at(host, `budget=${BIG}`));
  await waitForChart(page, { nodes: BIG, minRuns: 1 });
  const drawnMs = Date.now() - started;
  // The first frame with everything in it: one more animation frame after the load.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  // The drawing alone (positions known, from the first slice to the chart complete), and in how many slices.
  const canvas = page.getByTestId('chart');
  const drawing = `${await canvas.getAttribute('data-draw-ms')} ms in ${await canvas.getAttribute('data-draw-slices')} slices`;
  const figure = `${BIG} entities drawn in ${drawnMs} ms (layout included; drawing ${drawing}); longest main-thread task ${Math.round(longest)} ms`;
  console.log(figure);
  test.info().annotations.push({ type: 'drawing', description: figure });
  expect(longest).toBeLessThan(LONGEST_TASK_BOUND_MS);

  expect(await chart.edgeCount(page)).toBeGreaterThan(0);
  // The first picture came from the layout's draft, drawn whole while the layout still ran;
  // the final layout was applied to the same chart afterwards (a run finished after it).
  const draft = await page.evaluate(() => (window as unknown as { __draft: string | null }).__draft);
  const [state, runsAtDraft, entitiesAtDraft] = (draft ?? '').split(' ');
  expect({ state, entitiesAtDraft }).toEqual({ state: 'running', entitiesAtDraft: String(BIG) });
  expect(await chart.layoutsRun(page)).toBeGreaterThan(Number(runsAtDraft));
  const entitiesShown = await page.evaluate(
    () => (window as unknown as { __entitiesShown: string | null }).__entitiesShown,
  );
  expect(entitiesShown).toBe(`${BIG} 0`);
  // With them, every link was previewed (drawn on a canvas under the entities, Cytoscape's own
  // links being added out of sight); the preview was gone once the chart drew its links.
  const preview = await page.evaluate(() => (window as unknown as { __preview: unknown }).__preview);
  expect(preview).toMatchObject({ lines: await chart.edgeCount(page), canvases: 1 });
  expect((preview as { painted: number }).painted).toBeGreaterThan(10_000);
  await expect(canvas.locator('canvas.link-preview')).toHaveCount(0);
  // Added a slice per frame, not in one task.
  expect(Number(await canvas.getAttribute('data-draw-slices'))).toBeGreaterThan(1);
  // The frame that brought the view back copied layers made while it was parked, instead of
  // drawing 15,000 elements one by one (the drawing's longest task before).
  await expect(canvas).toHaveAttribute('data-layers-at-view-back', 'true');
  expect(await page.evaluate(() => window.__thorlineChart!.renderer())).toBe('canvas');
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, 'chart-5000-entities.png') });

  // Picking an entity restyles the chart: the picture after it also comes from made layers,
  // not from frames drawing 15,000 elements one by one.
  // One in the chart's middle, clear of the banner above and the network summary below.
  const middle = await canvas.boundingBox().then((b) => ({ x: b!.width / 2, y: b!.height * 0.45 }));
  const someone = await page.evaluate((m) => {
    const c = window.__thorlineChart!;
    const away = (id: number) => Math.hypot(c.renderedPosition(id)!.x - m.x, c.renderedPosition(id)!.y - m.y);
    return c.nodeIds().reduce((a, b) => (away(b) < away(a) ? b : a));
  }, middle);
  // Hovering an entity of a chart this big names it in the tooltip (its label is too small
  // to draw at this zoom) without restyling it: a restyle would redraw 15,000 elements one
  // by one each frame while the mouse moves. (Entities overlap here: the name is one of them.)
  const point = await entityPoint(page, someone);
  await page.mouse.move(point.x + 40, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const named = (await page.getByTestId('label-tooltip').textContent({ timeout: 30_000 })) ?? '';
  const labels = await page.evaluate(() => {
    const c = window.__thorlineChart!;
    return c.nodeIds().map((id) => c.nodeLabel(id));
  });
  expect(labels).toContain(named);
  expect(await page.evaluate(() => window.__thorlineChart!.entitiesWithClass('hover'))).toEqual([]);
  // It is highlighted over the chart instead (a halo, its links in the selection colour): the
  // entity named, with every link it has on the chart; gone when the mouse leaves it.
  const hovered = Number(await canvas.getAttribute('data-hover-entity'));
  expect(await page.evaluate((id) => window.__thorlineChart!.nodeLabel(id), hovered)).toBe(named);
  const degree = await page.evaluate((id) => {
    const key = `n${id}`;
    return window.__thorlineChart!.graphShape().edges.filter((e) => e.source === key || e.target === key)
      .length;
  }, hovered);
  await expect(canvas).toHaveAttribute('data-hover-links', String(degree));
  expect(await highlightPixels(page)).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(SCREENS_DIR, 'chart-5000-hover.png') });
  const corner = await canvas.boundingBox();
  await page.mouse.move(corner!.x + 4, corner!.y + corner!.height - 4, { steps: 4 });
  await expect(canvas).toHaveAttribute('data-hover-links', '0');
  expect(await highlightPixels(page)).toBe(0);
  await clickEntity(page, someone);
  await expect.poll(() => page.evaluate(() => window.__thorlineChart!.selectedIds().length)).toBe(1);
  await expect(canvas).toHaveAttribute('data-layers-after-restyle', 'true');

  // Exporting the 5,000 entities as a PNG: the picture is drawn in a worker, so the page's
  // longest task during the export is reported (issue 13) and gated only generously.
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  await page.getByTestId('export-button').click();
  const download = page.waitForEvent('download', { timeout: 0 });
  await page.getByTestId('export-save').click();
  await download;
  const exportLongest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const exportFigure = `PNG export of ${BIG} entities: longest main-thread task ${Math.round(exportLongest)} ms`;
  console.log(exportFigure);
  test.info().annotations.push({ type: 'export', description: exportFigure });
  expect(exportLongest).toBeLessThan(LONGEST_TASK_BOUND_MS);
  await page.keyboard.press('Escape');

  // The settings say what draws the chart and why (canvas here: no GPU, or WebGL in software).
  await page.getByTestId('drawing-settings').click();
  await expect(page.getByTestId('drawing-line')).toContainText('Drawing: Canvas');
});

/** Painted pixels of the hover highlight drawn over a big chart (drawing/hover-overlay.ts). */
function highlightPixels(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __painted: (selector: string) => number }).__painted('canvas.hover-highlight'),
  );
}

test('expanding an entity puts its new neighbours next to it and moves nothing else', async ({
  page,
  host,
}) => {
  const BUDGET = 60;
  // The chart opens full (at its budget): hiding two entities not linked to the expanded
  // one makes room for its two most strongly linked neighbours off the chart.
  const ROOM = 2;
  const whole = await host.api('graph.get', { limit: BUDGET });
  const drawn = new Set(whole.nodes.map((n) => n.id));
  let pick: { id: number; fresh: number[]; warned: boolean } | undefined;
  for (const n of whole.nodes) {
    const next = await host.api('graph.neighbours', { entityId: n.id, limit: ROOM, onChart: [...drawn] });
    const fresh = next.nodes.map((x) => x.id).filter((id) => !drawn.has(id));
    if (fresh.length === ROOM) {
      pick = { id: n.id, fresh, warned: next.omitted.entities > 0 };
      break;
    }
  }
  expect(pick).toBeDefined();
  const { id, fresh, warned } = pick!;
  const linked = new Set(whole.links.flatMap((l) => (l.from === id || l.to === id ? [l.from, l.to] : [])));
  const toHide = whole.nodes
    .map((n) => n.id)
    .filter((n) => n !== id && !linked.has(n))
    .slice(0, ROOM);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(at(host, `budget=${BUDGET}&expand=${ROOM}`));
  await waitForChart(page, { nodes: BUDGET, minRuns: 1 });
  await shiftSelect(page, toHide);
  await page.keyboard.press('h');
  await expect
    .poll(() => page.evaluate(() => window.__thorlineChart!.visibleNodeIds().length))
    .toBe(BUDGET - ROOM);
  const runs = await chart.layoutsRun(page);
  const before = await page.evaluate(() => window.__thorlineChart!.modelPositions());
  await doubleClickEntity(page, id);
  // More neighbours off the chart than the room: the warning says so first.
  if (warned) await page.getByTestId('expand-warning-go').click();
  await waitForChart(page, { nodes: BUDGET + fresh.length, minRuns: runs + 1 });
  const after = await page.evaluate(() => window.__thorlineChart!.modelPositions());

  // Everything drawn before is exactly where it was.
  for (const [entity, p] of Object.entries(before)) expect(after[Number(entity)], entity).toEqual(p);
  // The new neighbours are near the expanded entity (linked new ones go next to it).
  const anchor = after[id]!;
  const distances = fresh.map((f) => Math.hypot(after[f]!.x - anchor.x, after[f]!.y - anchor.y));
  const rings = Math.ceil(Math.sqrt(fresh.length)) + 2;
  for (const d of distances) expect(d).toBeLessThanOrEqual(rings * PLACEMENT_SPACING);
  await page.screenshot({ path: path.join(SCREENS_DIR, 'chart-expanded-in-place.png') });
});

test('a chart opened again under the same layout comes back with the same positions, without a new layout', async ({
  page,
  host,
}) => {
  const BUDGET = 60;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(at(host, `budget=${BUDGET}`));
  await waitForChart(page, { nodes: BUDGET, minRuns: 1 });
  const first = await page.evaluate(() => window.__thorlineChart!.modelPositions());
  let runs = await chart.layoutsRun(page);
  await page.getByTestId('layout-select').selectOption('chain');
  await waitForChart(page, { nodes: BUDGET, minRuns: runs + 1 });
  expect(await page.evaluate(() => window.__thorlineChart!.modelPositions())).not.toEqual(first);
  runs = await chart.layoutsRun(page);
  await page.getByTestId('layout-select').selectOption('force');
  await waitForChart(page, { nodes: BUDGET, minRuns: runs + 1 });
  expect(await page.evaluate(() => window.__thorlineChart!.modelPositions())).toEqual(first);
  // "Lay out again" asks for a fresh layout: a force layout from a random start moves things.
  runs = await chart.layoutsRun(page);
  await page.getByTestId('relayout').click();
  await waitForChart(page, { nodes: BUDGET, minRuns: runs + 1 });
  expect(await page.evaluate(() => window.__thorlineChart!.modelPositions())).not.toEqual(first);
});
