// The briefing report on a big network (24,000 generated records, as analysis-progress.spec):
// the dialog shows the key players being measured and the vector chart being drawn, with
// Cancel, which saves no file and leaves the dialog ready to make the report again; and a
// chart of more than 2,000 items goes into the report as a 200-DPI image whose page says so
// and why, read back with poppler (pdfimages, pdftotext). No step is gated on its duration.
import { expect, type Download, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCREENS_DIR, type RunningHost, generatedWorkspaceTest } from './fixtures';
import { waitForChart } from './helpers/chart';
import {
  expectCaveatOnEveryPage,
  pdfPageCount,
  pdfPageImages,
  pdfPageText,
  savePdfPages,
} from './helpers/pdf';

const RECORDS = 24_000;
const CAVEAT = 'TRAINING DATA — FICTIONAL';
/** The report's limit for a vector chart (chart-image.ts VECTOR_LIMIT). */
const VECTOR_LIMIT = 2000;
/** Indicators the report lists of each kind (indicators-section.ts HITS_SHOWN). */
const HITS_SHOWN = 50;

const test = generatedWorkspaceTest(RECORDS, 7);

async function openChart(page: Page, host: RunningHost, budget?: number) {
  await page.setViewportSize({ width: 1440, height: 900 });
  const query = budget ? `&budget=${budget}` : '';
  await page.goto(`${host.url.replace(/\/$/, '')}/?testHooks&view=chart${query}`);
  await waitForChart(page);
  const items = await page.evaluate(
    () => window.__thorlineChart!.nodeCount() + window.__thorlineChart!.edgeCount(),
  );
  return items;
}

async function openReport(page: Page) {
  await page.getByTestId('report-button').click();
  const dialog = page.getByTestId('report-dialog');
  await dialog.getByTestId('report-caveat').fill(CAVEAT);
  return dialog;
}

async function screen(page: Page, name: string) {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
}

test('the report shows the key players measured and the chart drawn with Cancel, which saves nothing', async ({
  page,
  host,
}) => {
  test.setTimeout(900_000);
  await page.addInitScript(watchLongTasks);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  // The chart's own structure request (key-player filters) waits until Save is clicked, so
  // the report joins a measure that has just begun and its progress is seen from the start.
  let release: () => void = () => {};
  const saveClicked = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/analysis.structure', async (route) => {
    await saveClicked;
    await route.continue();
  });
  const items = await openChart(page, host, 600);
  expect(items, 'a chart small enough to be vector').toBeLessThanOrEqual(VECTOR_LIMIT);

  const dialog = await openReport(page);
  const progress = dialog.getByTestId('report-progress');
  const save = dialog.getByTestId('report-save');
  const cancel = dialog.getByTestId('report-cancel');
  const cancelled = dialog.getByTestId('report-cancelled');
  await save.click();
  release();
  await expect(progress).toContainText(/Measuring the key players… \d+%/, { timeout: 300_000 });
  await screen(page, 'report-measuring');
  await cancel.click({ timeout: 30_000 });
  await expect(cancelled).toContainText('no file was saved');
  await expect(progress).toBeHidden();
  await expect(save).toBeEnabled();
  // The dialog still works: the measure starts again, and the chart is drawn slice by slice.
  await save.click();
  await expect(progress).toContainText(/Measuring the key players… \d+%/, { timeout: 300_000 });
  await expect(progress).toContainText(/Chart: [\d,]+ of [\d,]+ parts drawn/, { timeout: 600_000 });
  await screen(page, 'report-chart-drawing');
  await cancel.click({ timeout: 30_000 });
  await expect(cancelled).toBeVisible();
  await expect(progress).toBeHidden();
  expect(downloads).toHaveLength(0);

  // Made whole at last (the measure is kept), the report is one complete file; its steps'
  // tasks are measured from here (the cancelled runs' marks are cleared).
  await page.evaluate(() => performance.clearMarks());
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), save.click()]);
  await printLongestTasks(page, 'vector chart');
  const pdf = path.join(path.dirname(SCREENS_DIR), 'briefing-big-vector.pdf');
  fs.mkdirSync(path.dirname(pdf), { recursive: true });
  fs.copyFileSync((await file.path())!, pdf);
  const pages = pdfPageCount(pdf);
  // The chart page too, though its 600 entities' labels are more tiny characters than poppler
  // reads whole (its caveat and number are drawn before them).
  expectCaveatOnEveryPage(pdf, pages, CAVEAT);
  expect(pdfPageText(pdf, 2)).toContain('Link chart');
  expect(downloads).toHaveLength(1);
});

test('a chart of more than 2,000 items goes into the report as a 200-DPI image that says why', async ({
  page,
  host,
}) => {
  test.setTimeout(900_000);
  await page.addInitScript(watchLongTasks);
  // The default budget: 1,500 entities with their links.
  const items = await openChart(page, host);
  expect(items, 'a chart past the vector limit').toBeGreaterThan(VECTOR_LIMIT);
  const dialog = await openReport(page);
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    dialog.getByTestId('report-save').click(),
  ]);
  const pdf = path.join(path.dirname(SCREENS_DIR), 'briefing-big-image.pdf');
  fs.mkdirSync(path.dirname(pdf), { recursive: true });
  fs.copyFileSync((await file.path())!, pdf);

  await printLongestTasks(page, 'image chart');
  const pages = pdfPageCount(pdf);
  expectCaveatOnEveryPage(pdf, pages, CAVEAT);
  // The title page lists the cases that fit above its caveat and counts the rest.
  expect(pdfPageText(pdf, 1)).toMatch(/\.\.\. and [\d,]+ more\./);
  await expectIndicatorsCounted(pdf, pages, host);
  // Page 2 is the chart: one image, at 200 DPI as placed on the page.
  const images = pdfPageImages(pdf, 2);
  expect(images).toHaveLength(1);
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  const [, , type, width, height, , , , enc, , , , xppi, yppi] = images[0]!.trim().split(/\s+/);
  expect([type, enc]).toEqual(['image', 'jpeg']);
  expect(Number(width)).toBeGreaterThan(1500);
  expect(Number(height)).toBeGreaterThan(1000);
  expect(Math.abs(Number(xppi) - 200)).toBeLessThanOrEqual(2);
  expect(Math.abs(Number(yppi) - 200)).toBeLessThanOrEqual(2);
  const text = pdfPageText(pdf, 2).replace(/\s+/g, ' ');
  expect(text).toContain('Link chart');
  expect(text).toContain('Drawn as an image at 200 DPI');
  expect(text).toMatch(/its [\d,]+ entities and links are too many to draw as lines and text/);
  const said = Number(/its ([\d,]+) entities and links/.exec(text)![1]!.replace(/,/g, ''));
  expect(said).toBeGreaterThan(VECTOR_LIMIT);
  expect(text).toContain('(2,000 at most)');

  savePdfPages(pdf, path.join(SCREENS_DIR, 'report-chart-image'), { first: 2, last: 2, dpi: 110 });
});

/** Each kind of indicator lists its strongest and says how many more the Analysis tab holds (counts from the backend). */
async function expectIndicatorsCounted(pdf: string, pages: number, host: RunningHost) {
  const { hits } = await host.api('analysis.indicators', {});
  const perKind = new Map<string, number>();
  for (const h of hits) perKind.set(h.kind, (perKind.get(h.kind) ?? 0) + 1);
  const listed = [...perKind.values()].reduce((n, k) => n + Math.min(k, HITS_SHOWN), 0);
  expect(hits.length, 'more indicators than the report lists').toBeGreaterThan(listed);
  const n = (v: number) => v.toLocaleString('en-US');
  const text = Array.from({ length: pages - 2 }, (_, i) => pdfPageText(pdf, i + 3))
    .join(' ')
    .replace(/\s+/g, ' ');
  expect(text).toContain(
    `The ${HITS_SHOWN} strongest of each kind: ${n(listed)} of the ${n(hits.length)} indicators found. The other ${n(hits.length - listed)} are in the workbench's Analysis tab (Trafficking indicators), which exports every one as CSV or XLSX.`,
  );
  for (const found of perKind.values()) {
    expect(text).toContain(`: ${n(found)} found`);
    if (found > HITS_SHOWN) expect(text).toContain(`... and ${n(found - HITS_SHOWN)} more`);
  }
}

/** Keeps the page's long main-thread tasks (start and duration, ms) from its first script on. */
function watchLongTasks() {
  const tasks: [number, number][] = [];
  (window as unknown as { __longTasks: [number, number][] }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** Prints the longest main-thread task of each report step (the steps mark their start): figures, never a gate. */
async function printLongestTasks(page: Page, report: string) {
  const steps = await page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('report: '));
    return marks.slice(0, -1).map((m, i) => {
      const end = marks[i + 1]!.startTime;
      const inStep = tasks.filter(([start]) => start >= m.startTime && start < end).map(([, d]) => d);
      return { step: m.name.slice(8), ms: Math.round(Math.max(0, ...inStep)), tasks: inStep.length };
    });
  });
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const figures = steps.map((s) => `${s.step} ${s.ms} ms (${s.tasks} long)`).join(', ');
  console.log(
    `briefing-big report (${report}), longest main-thread task per step (load ${load}): ${figures}`,
  );
}
