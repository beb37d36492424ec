// Briefing output with what the analyst laid over the chart, and the report's chart as vector
// (issue 13): the SVG export of a chart with a group holds the group's box and full name,
// then its collapsed node; the PDF report's chart page holds the chart's entity names as text
// (only possible when the chart is vector, read back with poppler's pdftotext) and no image,
// with the caveat and page number on every page. The longest main-thread task while the
// report is built is printed, not gated. Expected names come from the backend.
import type { Download, Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { pdfSafe } from '../../renderer/src/components/report/pdf-text';
import { expect, SCREENS_DIR, test, type Workbench } from './fixtures';
import { expectCaveatOnEveryPage, pdfPageCount, pdfPageImages, savePdfPages } from './helpers/pdf';
import {
  entityPoint,
  openWorkbench,
  shiftSelect,
  viewSettled,
  waitForChart,
  waitForLayoutIdle,
} from './helpers/chart';
import { exportChart } from './helpers/export';

const CAVEAT = 'TRAINING DATA — FICTIONAL';

interface Timeline {
  __longTasks: { start: number; duration: number }[];
  /** When the report's progress line changed, and to what. */
  __steps: { at: number; label: string }[];
}

test.beforeEach(async ({ page, workbench }) => {
  // Every main-thread task over 50 ms, from the page's start (Long Tasks API), and the steps
  // the report dialog shows, to tell which step a long task belongs to.
  await page.addInitScript(() => {
    const w = window as unknown as Timeline;
    w.__longTasks = [];
    w.__steps = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      // One step per section: the chart's slice counts ("Chart: 40 of 540 parts drawn…") are one.
      const text = document.querySelector('[data-testid="report-progress"]')?.textContent ?? '';
      const label = text.replace(/:.*/, '').replace(/…$/, '');
      if (label !== w.__steps.at(-1)?.label) w.__steps.push({ at: performance.now(), label });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await openWorkbench(page, workbench.url);
});

type El = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (_n, _p, _leaf, isAttribute) => !isAttribute,
});

/** Every element named `tag` anywhere under `node`. */
function all(node: unknown, tag: string): El[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, tag));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === tag ? [...(v as El[]), ...all(v, tag)] : k.startsWith('@_') ? [] : all(v, tag),
  );
}
const ofClass = (root: unknown, cls: string) => all(root, 'g').filter((g) => g['@_class'] === cls);
const texts = (node: unknown) => all(node, 'text').map((t) => String(t['#text']));
const num = (e: El, k: string) => Number(e[`@_${k}`]);

async function svgExport(page: Page) {
  const file = await exportChart(page, { format: 'svg', extent: 'full', background: 'white' });
  return parser.parse(file.bytes.toString('utf8'));
}

async function entityId(workbench: Workbench, query: string, label: string): Promise<number> {
  const hit = (await workbench.api('search.entities', { query, limit: 50 })).find((h) => h.label === label);
  if (!hit) throw new Error(`no entity "${label}" for "${query}"`);
  return hit.entityId;
}

/** Opens the case of Quintero's crew alone and groups three of his buyers as "Anchorage crew". */
async function groupAnchorageCrew(page: Page, workbench: Workbench) {
  const broker = await entityId(workbench, 'Quintero Salas', 'Ramón Alberto Quintero Salas');
  const buyers = await workbench.api('graph.neighbours', { entityId: broker });
  const crew = buyers.nodes.filter((n) => n.type === 'person' && n.id !== broker).slice(0, 3);
  expect(crew.length).toBe(3);
  const caseId = crew[0]!.caseIds[0]!;
  const anchorage = await workbench.api('graph.get', { caseIds: [caseId] });
  const number = (await workbench.api('cases.list', {})).find((c) => c.id === caseId)!.number;
  await page.getByTestId(`case-row-${number}`).click();
  await waitForChart(page, { nodes: anchorage.nodes.length });
  await waitForLayoutIdle(page);
  await viewSettled(page);
  const ids = crew.map((n) => n.id);
  await shiftSelect(page, ids);
  await page.keyboard.press('g');
  await page.getByTestId('group-name').fill('Anchorage crew');
  await page.getByTestId('group-save').click();
  await expect
    .poll(() => page.evaluate(() => window.__thorlineChart!.groups()))
    .toEqual([expect.objectContaining({ label: 'Anchorage crew', collapsed: false })]);
  return { crew, anchorage };
}

test('the SVG export draws a group as its box with its full name (the PNG too), then as its collapsed node', async ({
  page,
  workbench,
}) => {
  test.slow();
  const { crew, anchorage } = await groupAnchorageCrew(page, workbench);
  await viewSettled(page);

  const svg = await svgExport(page);
  const [box] = ofClass(svg, 'group-box');
  expect(box, 'a group box in the SVG').toBeTruthy();
  expect(texts(box)).toContain('Anchorage crew');
  // The box holds its members: each member's label (under its disc) lies inside the box.
  const rect = all(box, 'rect')[0]!;
  const inBox = (x: number, y: number) =>
    x > num(rect, 'x') &&
    x < num(rect, 'x') + num(rect, 'width') &&
    y > num(rect, 'y') &&
    y < num(rect, 'y') + num(rect, 'height');
  const entityTexts = all(ofClass(svg, 'entities'), 'text');
  for (const member of crew) {
    const label = entityTexts.find((t) => t['#text'] === member.label);
    expect(label, `label of ${member.label}`).toBeTruthy();
    expect(inBox(num(label!, 'x'), num(label!, 'y') - 12), `${member.label} inside the box`).toBe(true);
  }
  // Every entity of the case keeps its full name.
  const all_ = new Set(entityTexts.map((t) => String(t['#text'])));
  for (const n of anchorage.nodes) expect(all_).toContain(n.label);

  // The PNG of the same chart has the box too: its pale blue fill over the white background
  // (#e7f5ff at 45%) shows between what stands in the box, over a grid of its top half.
  const png = PNG.sync.read(
    (await exportChart(page, { format: 'png', extent: 'full', background: 'white', scale: 1 })).bytes,
  );
  const [bx, by, bw] = String((all(svg, 'svg')[1] as El)['@_viewBox'])
    .split(' ')
    .map(Number) as [number, number, number];
  const k = png.width / bw;
  const grid = Array.from({ length: 100 }, (_, i) => {
    const x = Math.round((num(rect, 'x') + 10 + ((i % 20) * (num(rect, 'width') - 20)) / 19 - bx) * k);
    const y = Math.round((num(rect, 'y') + 4 + (Math.floor(i / 20) * num(rect, 'height')) / 10 - by) * k);
    return [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
  });
  const fill = grid.filter(([r, g, b]) => Math.abs(r! - 244) <= 3 && Math.abs(g! - 250) <= 3 && b! >= 253);
  expect(fill.length, `box fill in the PNG: ${JSON.stringify(grid)}`).toBeGreaterThanOrEqual(5);

  // Collapsed: one counted node in the SVG, its members no longer drawn.
  const p = await entityPoint(page, crew[0]!.id);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.getByTestId('chart-menu').getByTestId('menu-collapse').click();
  await expect
    .poll(() => page.evaluate(() => window.__thorlineChart!.groups().map((g) => g.label)))
    .toEqual(['Anchorage crew (3)']);
  await viewSettled(page);
  const collapsed = await svgExport(page);
  expect(ofClass(collapsed, 'group-box')).toHaveLength(0);
  const [node] = ofClass(collapsed, 'group-node');
  expect(texts(node)).toEqual(['Anchorage crew (3)']);
  const drawn = new Set(texts(ofClass(collapsed, 'entities')));
  for (const member of crew) expect(drawn.has(member.label), member.label).toBe(false);
  expect(texts(ofClass(collapsed, 'links')).some((t) => /^\d+ links?$/.test(t))).toBe(true);
});

async function saved(page: Page, click: () => Promise<void>, timeout = 60_000): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
  return download;
}

test('the report draws the training chart as vector: entity names are text on the chart page, no image', async ({
  page,
  workbench,
}) => {
  test.setTimeout(400_000);
  await waitForLayoutIdle(page);
  const graph = await workbench.api('graph.get', {});
  await page.getByTestId('report-button').click();
  const dialog = page.getByTestId('report-dialog');
  await dialog.getByTestId('report-title').fill('Operation Sample Street briefing');
  await dialog.getByTestId('report-caveat').fill(CAVEAT);
  const t0 = await page.evaluate(() => performance.now());
  const file = await saved(page, () => dialog.getByTestId('report-save').click(), 300_000);
  const timeline = await page.evaluate(() => {
    const w = window as unknown as Timeline;
    return { tasks: w.__longTasks, steps: w.__steps };
  });
  const tasks = timeline.tasks.filter((e) => e.start >= t0);
  const longest = Math.max(0, ...tasks.map((e) => e.duration));
  // The longest task in each step the dialog showed (a task belongs to the step it started in).
  const perStep = timeline.steps
    .map((step, k) => {
      const end = timeline.steps[k + 1]?.at ?? Infinity;
      const inStep = tasks.filter((e) => e.start >= step.at && e.start < end).map((e) => e.duration);
      return {
        step: step.label || '(after)',
        ms: Math.round(Math.max(0, ...inStep)),
        s: (end - step.at) / 1000,
      };
    })
    .filter((x) => x.step !== '(after)');
  const chartStep = perStep.find((x) => x.step.startsWith('Chart'))!;
  console.log(
    `Report of the training chart (${graph.nodes.length} entities, ${graph.links.length} links): longest main-thread task ${Math.round(longest)} ms, ` +
      `${Math.round(chartStep.ms)} ms while drawing the vector chart (${chartStep.s.toFixed(1)} s); tasks over 50 ms: ${tasks.length}\n` +
      `  longest per step: ${perStep.map((x) => `${x.step} ${x.ms} ms`).join(', ')}`,
  );

  const dir = path.dirname(SCREENS_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, 'briefing-report-vector.pdf');
  fs.copyFileSync((await file.path())!, pdf);
  const pages = pdfPageCount(pdf);
  expectCaveatOnEveryPage(pdf, pages, CAVEAT);

  // Page 2 is the chart: every entity's name is there as text (raw order: labels may overlap).
  const chartPage = execFileSync('pdftotext', ['-raw', '-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' });
  expect(chartPage).toContain('Link chart');
  const flat = chartPage.replace(/\s+/g, ' ');
  const missing = graph.nodes
    .map((n) => pdfSafe(n.label))
    .filter((l) => !flat.includes(l.replace(/\s+/g, ' ')));
  console.log(
    `Entity names found as text on the chart page: ${graph.nodes.length - missing.length} of ${graph.nodes.length}`,
  );
  expect(missing).toEqual([]);
  // Vector: the chart page holds no image.
  const images = pdfPageImages(pdf, 2);
  expect(images).toEqual([]);

  savePdfPages(pdf, path.join(SCREENS_DIR, 'report-chart-vector'), { first: 2, last: 2, dpi: 110 });
});
