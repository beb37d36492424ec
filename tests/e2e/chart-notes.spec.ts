// The analyst's notes on the chart, as a user writes them on the training scenario: the
// background's menu adds a note where it was right-clicked, an entity's menu a callout on it;
// empty and over-long text is refused by name; a free note is dragged, a callout edited, one
// deleted (Delete key, the note's menu) and brought back by undo; a layout leaves the free note
// in place and carries the callout with its entity; a reload shows both where they were, and
// the SVG export draws them at the same chart coordinates with their text.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportChart } from './helpers/export';
import { NOTE_EDITOR_KEYS, NOTE_KEYS } from '../../renderer/src/chart/notes/note-keys';
import {
  entityPoint,
  viewSettled,
  waitForChart,
  emptyChartSpot,
  chartMenu,
  chartMenuItem,
  openCaseOnChart,
} from './helpers/chart';

/** The Lordsburg roadside stop: a small case, so the chart has room around its entities. */
const SMALL_CASE = 'NMSP-2021-1204';
const FREE_TEXT = 'Stash house? Check the parcels';
const CALLOUT_TEXT = 'Stopped with the courier';
const EDITED_TEXT = 'Drove the pickup south (NMSP stop)';

const notes = (page: Page) => page.getByTestId('chart-note');
const noteWith = (page: Page, text: string) => notes(page).filter({ hasText: text });
const editor = (page: Page) => page.getByTestId('note-editor');

const view = (page: Page) =>
  page.evaluate(() => ({ zoom: window.__thorlineChart!.zoom(), pan: window.__thorlineChart!.pan() }));

/** A note's top-left corner in chart (model) coordinates, read off what is drawn. */
async function modelCorner(page: Page, note: Locator): Promise<{ x: number; y: number }> {
  await viewSettled(page);
  // The notes follow the view once a frame: read them after the next two frames are drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const chartBox = (await page.getByTestId('chart').boundingBox())!;
  const box = (await note.boundingBox())!;
  const v = await view(page);
  return { x: (box.x - chartBox.x - v.pan.x) / v.zoom, y: (box.y - chartBox.y - v.pan.y) / v.zoom };
}

function expectNear(a: { x: number; y: number }, b: { x: number; y: number }, within: number) {
  expect(Math.abs(a.x - b.x), `x ${a.x} vs ${b.x}`).toBeLessThanOrEqual(within);
  expect(Math.abs(a.y - b.y), `y ${a.y} vs ${b.y}`).toBeLessThanOrEqual(within);
}

/** The empty spot of the chart's lower left farthest from every entity (clear of the callout above), on the page. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('chart').boundingBox())!;
  const spot = await emptyChartSpot(page, { x: [0.15, 0.5], y: [0.45, 0.7] });
  return { x: box.x + spot.x, y: box.y + spot.y };
}

async function addNoteAt(page: Page, at: { x: number; y: number }) {
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await chartMenuItem(page, 'add-note').click();
  await expect(editor(page)).toBeVisible();
}

test('writes, draws, moves, edits, deletes, undoes, reloads and exports notes on the chart', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openCaseOnChart(page, workbench.url, SMALL_CASE);
  const entitiesDrawn = await page.evaluate(() => window.__thorlineChart!.visibleNodeIds().length);
  const spot = await emptySpot(page);

  // Empty text and text over 2,000 characters are refused by name; Escape cancels; nothing is drawn.
  await addNoteAt(page, spot);
  await editor(page).getByTestId('note-save').click();
  await expect(page.getByTestId('note-error')).toHaveAttribute('data-code', 'NOTE_EMPTY');
  await expect(page.getByTestId('note-error')).toHaveText('The note is empty: write its text first.');
  await page.getByTestId('note-text').fill('x'.repeat(2001));
  await page.getByTestId('note-text').press('Control+Enter');
  await expect(page.getByTestId('note-error')).toHaveAttribute('data-code', 'NOTE_TOO_LONG');
  await expect(page.getByTestId('note-error')).toContainText(
    '2,001 characters long: a note holds at most 2,000',
  );
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeHidden();
  await expect(notes(page)).toHaveCount(0);

  // A note where the background was right-clicked (its top-left corner there), saved with Ctrl+Enter.
  await addNoteAt(page, spot);
  await page.getByTestId('note-text').fill(FREE_TEXT);
  await page.getByTestId('note-text').press('Control+Enter');
  await expect(editor(page)).toBeHidden();
  const free = noteWith(page, FREE_TEXT);
  await expect(free).toBeVisible();
  const freeBox = (await free.boundingBox())!;
  expectNear(freeBox, spot, 2);
  await expect(page.getByTestId('undo')).toHaveAttribute('title', `Undo adding note “${FREE_TEXT}” (Ctrl+Z)`);

  // A callout on the driver of the stop: drawn beside it, with a leader line to it.
  const person = await page.evaluate(() => {
    const c = window.__thorlineChart!;
    return c.visibleNodeIds().find((id) => /Carrillo/.test(c.nodeLabel(id) ?? ''))!;
  });
  const personName = await page.evaluate((id) => window.__thorlineChart!.nodeLabel(id), person);
  const at = await entityPoint(page, person);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await expect(chartMenuItem(page, 'add-callout')).toHaveText(`Add note to ${personName}…`);
  await chartMenuItem(page, 'add-callout').click();
  await expect(editor(page)).toContainText(`Note on ${personName}`);
  await page.getByTestId('note-text').fill(CALLOUT_TEXT);
  await editor(page).getByTestId('note-save').click();
  const callout = noteWith(page, CALLOUT_TEXT);
  await expect(callout).toHaveClass(/callout/);
  await expect(page.locator('.chart-note-leader')).toHaveCount(1);
  // Notes pan and zoom with the chart: the callout's corner keeps its offset from the entity in chart units.
  const personModel = () => page.evaluate((id) => window.__thorlineChart!.modelPosition(id)!, person);
  const offset = async () => {
    const [c, p] = [await modelCorner(page, callout), await personModel()];
    return { x: c.x - p.x, y: c.y - p.y };
  };
  const calloutOffset = await offset();
  await page.getByTestId('zoom-in').click();
  expectNear(await offset(), calloutOffset, 1);
  await page.getByTestId('fit').click();
  await viewSettled(page);
  await workbench.screen(page, 'chart-notes');
  // The same notes in the dark theme and in presenter view (judged by eye: readable, distinct).
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await workbench.screen(page, 'chart-notes-dark');
  await page.getByTestId('theme-toggle').click();
  await page.getByTestId('present-button').click();
  await expect(page.getByTestId('presenter-head')).toBeVisible();
  await viewSettled(page);
  await workbench.screen(page, 'chart-notes-presenter');
  await page.getByTestId('presenter-leave').click();
  await expect(page.getByTestId('presenter-head')).toBeHidden();
  await page.getByTestId('fit').click();
  await viewSettled(page);

  // Dragging the free note moves it (its corner follows the mouse), as one undo step.
  const before = await modelCorner(page, free);
  const grab = (await free.boundingBox())!;
  const v = await view(page);
  await page.mouse.move(grab.x + 20, grab.y + 8);
  await page.mouse.down();
  await page.mouse.move(grab.x + 80, grab.y + 40, { steps: 8 });
  await page.mouse.move(grab.x + 140, grab.y + 68, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', `Undo moving note “${FREE_TEXT}” (Ctrl+Z)`);
  const moved = { x: before.x + 120 / v.zoom, y: before.y + 60 / v.zoom };
  expectNear(await modelCorner(page, free), moved, 1);

  // Double-click edits the callout, its text in the editor.
  await callout.dblclick();
  await expect(page.getByTestId('note-text')).toHaveValue(CALLOUT_TEXT);
  await page.getByTestId('note-text').fill(EDITED_TEXT);
  await editor(page).getByTestId('note-save').click();
  const edited = noteWith(page, EDITED_TEXT);
  await expect(edited).toBeVisible();
  await expect(noteWith(page, CALLOUT_TEXT)).toHaveCount(0);

  // The mouse wheel over a note zooms the chart, as it does over the rest of it.
  const zoomBefore = (await view(page)).zoom;
  const over = (await free.boundingBox())!;
  await page.mouse.move(over.x + over.width / 2, over.y + over.height / 2);
  await page.mouse.wheel(0, -240);
  await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(zoomBefore);
  expectNear(await modelCorner(page, free), moved, 1);

  // Delete removes the selected note (not the entities: nothing else is hidden); undo brings it back.
  await free.click();
  await expect(free).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(noteWith(page, FREE_TEXT)).toHaveCount(0);
  expect(await page.evaluate(() => window.__thorlineChart!.visibleNodeIds().length)).toBe(entitiesDrawn);
  await expect(page.getByTestId('undo')).toHaveAttribute(
    'title',
    `Undo deleting note “${FREE_TEXT}” (Ctrl+Z)`,
  );
  await page.getByTestId('undo').click();
  await expect(free).toBeVisible();
  expectNear(await modelCorner(page, free), moved, 1);

  // The note's own menu: Edit note… and Delete note; Ctrl+Z undoes the delete.
  await edited.click({ button: 'right' });
  await expect(chartMenuItem(page, 'edit-note')).toBeVisible();
  await chartMenuItem(page, 'delete-note').click();
  await expect(notes(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(edited).toBeVisible();
  // From the keyboard too: a focused note's menu opens with Shift+F10.
  await edited.focus();
  await page.keyboard.press('Shift+F10');
  await expect(chartMenuItem(page, 'delete-note')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chartMenu(page)).toBeHidden();

  // A layout moves the entities, never the free note; the callout goes with its entity.
  const runs = await page.evaluate(() => window.__thorlineChart!.layoutsRun());
  await page.keyboard.press('l');
  await waitForChart(page, { minRuns: runs + 1 });
  expectNear(await modelCorner(page, free), moved, 1);
  const calloutAt = async () => {
    const p = await personModel();
    return { x: p.x + calloutOffset.x, y: p.y + calloutOffset.y };
  };
  expectNear(await modelCorner(page, edited), await calloutAt(), 1);

  // Kept with the chart: once autosaved, a reload draws both notes where they were.
  await expect
    .poll(async () =>
      (await workbench.api('charts.session.get', {}))?.document.annotations.map((a) => a.text),
    )
    .toEqual([FREE_TEXT, EDITED_TEXT]);
  await page.reload();
  await waitForChart(page);
  await expect(noteWith(page, FREE_TEXT)).toBeVisible();
  await expect(noteWith(page, EDITED_TEXT)).toBeVisible();
  expectNear(await modelCorner(page, free), moved, 1);
  expectNear(await modelCorner(page, edited), await calloutAt(), 1);

  // The SVG export draws them with their text, each box at the note's chart coordinates.
  const svg = (
    await exportChart(page, { format: 'svg', extent: 'full', background: 'white' })
  ).bytes.toString();
  expect(svg).toContain(`>${FREE_TEXT}</text>`);
  expect(svg).toContain(`>${EDITED_TEXT}</text>`);
  const rects = [
    ...svg.matchAll(/<g class="chart-note">(?:<line[^>]*>)?<rect x="([-\d.]+)" y="([-\d.]+)"/g),
  ].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  expect(rects).toHaveLength(2);
  expectNear(rects[0]!, moved, 1);
  expectNear(rects[1]!, await calloutAt(), 1);
});

test('notes keep following the view when the chart changes renderer (canvas to WebGL)', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openCaseOnChart(page, workbench.url, SMALL_CASE);
  const spot = await emptySpot(page);
  await addNoteAt(page, spot);
  await page.getByTestId('note-text').fill(FREE_TEXT);
  await page.getByTestId('note-text').press('Control+Enter');
  const free = noteWith(page, FREE_TEXT);
  const at = await modelCorner(page, free);

  await page.getByTestId('drawing-settings').click();
  await page.getByTestId('drawing-renderer').selectOption('webgl');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.__thorlineChart?.renderer())).toBe('webgl');
  await viewSettled(page);
  const zoom = (await view(page)).zoom;
  await page.getByTestId('zoom-in').click();
  await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(zoom);
  expectNear(await modelCorner(page, free), at, 1);
});

const FAR_TEXT = 'Parcel drop, far from the crew';
const KEY_TEXT = 'Written from the keyboard';

/** Whether a note is wholly inside the chart's area on screen. */
async function onScreen(page: Page, note: Locator): Promise<boolean> {
  await viewSettled(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const chartBox = (await page.getByTestId('chart').boundingBox())!;
  const box = (await note.boundingBox())!;
  return (
    box.x >= chartBox.x &&
    box.y >= chartBox.y &&
    box.x + box.width <= chartBox.x + chartBox.width &&
    box.y + box.height <= chartBox.y + chartBox.height
  );
}

test('Fit and a layout frame a far note; a leader ends on its entity; N adds a note; ? lists the note keys', async ({
  page,
  workbench,
}) => {
  test.slow();
  await openCaseOnChart(page, workbench.url, SMALL_CASE);
  const fitted = (await view(page)).zoom;

  // Zoomed well out, a note goes in the chart's lower-right corner, far from every entity.
  while ((await view(page)).zoom > fitted / 4) {
    const zoom = (await view(page)).zoom;
    await page.getByTestId('zoom-out').click();
    await expect.poll(async () => (await view(page)).zoom).toBeLessThan(zoom);
  }
  await viewSettled(page);
  const box = (await page.getByTestId('chart').boundingBox())!;
  const corner = await emptyChartSpot(page, { x: [0.8, 0.85], y: [0.8, 0.85] });
  await addNoteAt(page, { x: box.x + corner.x, y: box.y + corner.y });
  await page.getByTestId('note-text').fill(FAR_TEXT);
  await page.getByTestId('note-text').press('Control+Enter');
  const far = noteWith(page, FAR_TEXT);
  await expect(far).toBeVisible();

  // Fit (the button) frames the entities and the note; without the note it would be off screen.
  await page.getByTestId('fit').click();
  expect(await onScreen(page, far), 'far note in view after Fit').toBe(true);
  expect((await view(page)).zoom).toBeLessThan(fitted);
  // The F key does the same, from a view zoomed in on the middle.
  for (let i = 0; i < 3; i++) await page.getByTestId('zoom-in').click();
  await viewSettled(page);
  expect(await onScreen(page, far), 'far note off screen when zoomed in').toBe(false);
  await page.keyboard.press('f');
  await expect.poll(() => onScreen(page, far), { timeout: 30_000 }).toBe(true);
  // A layout's own fit frames it too.
  for (let i = 0; i < 3; i++) await page.getByTestId('zoom-in').click();
  await viewSettled(page);
  const runs = await page.evaluate(() => window.__thorlineChart!.layoutsRun());
  await page.keyboard.press('l');
  await waitForChart(page, { minRuns: runs + 1 });
  expect(await onScreen(page, far), 'far note in view after a layout').toBe(true);

  // N with no entity selected: a new free note in the chart's middle (Escape leaves it unwritten).
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(editor(page)).toContainText('New note');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeHidden();
  // N on the selected entity: a callout on it, whose leader ends on the entity's border.
  const person = await page.evaluate(() => {
    const c = window.__thorlineChart!;
    return c.visibleNodeIds().find((id) => /Carrillo/.test(c.nodeLabel(id) ?? ''))!;
  });
  const personName = await page.evaluate((id) => window.__thorlineChart!.nodeLabel(id), person);
  const at = await entityPoint(page, person);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => page.evaluate(() => window.__thorlineChart!.selectedIds())).toEqual([`n${person}`]);
  await page.keyboard.press('n');
  await expect(editor(page)).toContainText(`Note on ${personName}`);
  await page.getByTestId('note-text').fill(KEY_TEXT);
  await page.getByTestId('note-text').press('Control+Enter');
  await expect(noteWith(page, KEY_TEXT)).toHaveClass(/callout/);
  await viewSettled(page);
  const leader = page.locator('.chart-note-leader');
  await expect(leader).toHaveCount(1);
  const end = {
    x: Number(await leader.getAttribute('x2')),
    y: Number(await leader.getAttribute('y2')),
  };
  const centre = await page.evaluate((id) => window.__thorlineChart!.modelPosition(id)!, person);
  const radius = (await page.evaluate((id) => window.__thorlineChart!.nodeLook(id)!, person)).width / 2;
  const zoom = (await view(page)).zoom;
  const off = Math.abs(Math.hypot(end.x - centre.x, end.y - centre.y) - radius) * zoom;
  expect(off, `leader end ${off.toFixed(2)} px from the border`).toBeLessThanOrEqual(2);
  await page.getByTestId('fit').click();
  await viewSettled(page);
  await workbench.screen(page, 'chart-notes-fit');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await workbench.screen(page, 'chart-notes-fit-dark');
  await page.getByTestId('theme-toggle').click();

  // The full-chart SVG holds the far note inside its chart box, and the leader stops at the disc.
  const svg = (
    await exportChart(page, { format: 'svg', extent: 'full', background: 'white' })
  ).bytes.toString();
  const [bx, by, bw, bh] = /viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)" preserveAspectRatio/
    .exec(svg)!
    .slice(1)
    .map(Number) as [number, number, number, number];
  const farRect = new RegExp(
    `<g class="chart-note"><rect x="([-\\d.]+)" y="([-\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"[^>]*/><text[^>]*>${FAR_TEXT}<`,
  ).exec(svg);
  expect(farRect, 'far note in the SVG').not.toBeNull();
  const [rx, ry, rw, rh] = farRect!.slice(1).map(Number) as [number, number, number, number];
  expect(rx).toBeGreaterThanOrEqual(bx);
  expect(ry).toBeGreaterThanOrEqual(by);
  expect(rx + rw).toBeLessThanOrEqual(bx + bw);
  expect(ry + rh).toBeLessThanOrEqual(by + bh);
  const line = /<g class="chart-note"><line x1="[-\d.]+" y1="[-\d.]+" x2="([-\d.]+)" y2="([-\d.]+)"/.exec(
    svg,
  )!;
  const [x2, y2] = line.slice(1).map(Number) as [number, number];
  // The entity's disc, found by its centre as the SVG writes numbers (two decimals at most).
  const f = (n: number) => String(Math.round(n * 100) / 100);
  const disc = new RegExp(
    `<circle cx="${f(centre.x)}" cy="${f(centre.y)}" r="([\\d.]+)" fill="#[0-9a-f]{6}" stroke="#fff"`,
  ).exec(svg);
  expect(disc, "the entity's disc in the SVG").not.toBeNull();
  const r = Number(disc![1]);
  expect(Math.abs(Math.hypot(x2 - centre.x, y2 - centre.y) - r)).toBeLessThanOrEqual(0.05);

  // ? lists the note keys from the table their handlers use.
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId('shortcut-addNote')).toContainText('N');
  for (const k of [...NOTE_KEYS, ...NOTE_EDITOR_KEYS]) {
    const row = sheet.getByTestId(`note-key-${k.command}`);
    await expect(row).toContainText(k.description);
    for (const key of k.keys) await expect(row).toContainText(key);
    if (k.mouse) await expect(row).toContainText(k.mouse);
  }
  await workbench.screen(page, 'chart-shortcuts-sheet-notes');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
