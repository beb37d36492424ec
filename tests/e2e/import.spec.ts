// The import wizard from file to chart, and export through the UI: a file with an
// impossible date is refused row by row with nothing written; the good file is
// imported into a new case that then shows in the case list and on the chart; a case
// package and GraphML are exported and parse.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Workbench } from './fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const GOOD_CSV = path.join(FIXTURES, 'purchases.csv');
const SPEC = path.join(FIXTURES, 'purchases.spec.json');
const CASE = { number: 'IMP-E2E-2026-01', agency: 'ATF', title: 'Dealer purchase log (import test)' };

/** The good file with one impossible date (February 30th) in its last data row. */
function badCopy(dir: string): { file: string; row: number } {
  const lines = fs.readFileSync(GOOD_CSV, 'utf8').trimEnd().split(/\r?\n/);
  const last = lines.length - 1;
  const cells = lines[last]!.split(',');
  cells[cells.length - 1] = '2021-02-30';
  lines[last] = cells.join(',');
  const file = path.join(dir, 'purchases-bad-date.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, row: last + 1 };
}

async function wizardToCheck(page: Page, file: string, firstTime: boolean) {
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('picked-file')).toContainText(path.basename(file));
  await page.getByTestId('wizard-next').click();
  if (firstTime) {
    await page.getByTestId('target-new').click();
    await page.getByTestId('case-number').fill(CASE.number);
    await page.getByTestId('case-agency').fill(CASE.agency);
    await page.getByTestId('case-title').fill(CASE.title);
  }
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('preview-table')).toBeVisible();
  const dataRows = fs.readFileSync(file, 'utf8').trimEnd().split(/\r?\n/).length - 1;
  await expect(page.getByTestId('preview-facts')).toContainText(String(dataRows));
  await page.getByTestId('wizard-next').click();
  if (firstTime) {
    await page.getByTestId('spec-file').setInputFiles(SPEC);
    const spec = JSON.parse(fs.readFileSync(SPEC, 'utf8')) as { entities: unknown[] };
    await expect(page.getByTestId('entity-mapping')).toHaveCount(spec.entities.length);
  }
}

async function counts(workbench: Workbench) {
  const info = await workbench.api('workspace.info', {});
  return { cases: info.caseCount, records: info.recordCount, links: info.linkCount };
}

test('import wizard: problems before writing, then file to chart; export package and GraphML', async ({
  page,
  workbench,
}) => {
  // A long flow (two files through six steps, chart, two exports): more time on a busy 2-core machine.
  test.slow();
  await page.goto(`${workbench.url.replace(/\/$/, '')}/?testHooks&view=chart`);
  const before = await counts(workbench);
  await page.getByTestId('view-import').click();

  // A bad file: the problem is named by file, row and column, and nothing is written.
  const bad = badCopy(fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-import-e2e-')));
  await wizardToCheck(page, bad.file, true);
  await workbench.screen(page, 'import-mapping');
  await page.getByTestId('wizard-next').click();
  const problem = page.getByTestId('problem-row').filter({ hasText: String(bad.row) });
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText(path.basename(bad.file));
  await expect(problem).toContainText('Date');
  await expect(page.getByTestId('import-run')).toBeDisabled();
  await expect(page.getByTestId('choice-valid-only')).not.toBeChecked();
  await workbench.screen(page, 'import-problems');
  expect(await counts(workbench)).toEqual(before);
  expect((await workbench.api('cases.list', {})).map((c) => c.number)).not.toContain(CASE.number);

  // The good file, same case and mapping.
  await page.getByTestId('step-file').click();
  await wizardToCheck(page, GOOD_CSV, false);
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('check-summary')).toContainText('can be imported');
  await page.getByTestId('import-run').click();
  const report = page.getByTestId('import-report');
  await expect(report).toHaveAttribute('data-written', 'true');
  const imported = (await workbench.api('cases.list', {})).find((c) => c.number === CASE.number);
  expect(imported).toBeDefined();
  expect(imported!.recordCount).toBeGreaterThan(0);
  await expect(page.getByTestId('report-records')).toHaveText(String(imported!.recordCount));
  expect((await counts(workbench)).records).toBe(before.records + imported!.recordCount);

  // Show on chart: the case is selected in the case list and its entities are drawn.
  await page.getByTestId('show-on-chart').click();
  await expect(page.getByTestId('chart')).toBeVisible();
  const row = page.locator('.case-row.selected');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(CASE.number);
  const graph = await workbench.api('graph.get', { caseIds: [imported!.id] });
  expect(graph.nodes.length).toBeGreaterThan(0);
  await expect
    .poll(() => page.evaluate(() => window.__thorlineChart?.nodeIds().sort((a, b) => a - b) ?? null))
    .toEqual(graph.nodes.map((n) => n.id).sort((a, b) => a - b));

  // The chart's export menu writes the drawn entities with their positions.
  await page.getByTestId('export-button').click();
  const drawn = await download(page, 'chart-export-graphml');
  expect(drawn.match(/<node[\s>]/g)?.length).toBe(graph.nodes.length);
  expect(drawn.match(/<data key="n_x">/g)?.length).toBe(graph.nodes.length);
  // The export dialog covers the workbench until it is closed.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-menu')).toBeHidden();

  // Export the case as a package and as GraphML through the UI.
  await page.getByTestId('view-import').click();
  await page.getByTestId('tab-export').click();
  await page.locator(`[data-case-number="${CASE.number}"]`).check();
  const pkg = await download(page, 'export-package');
  const parsed = JSON.parse(pkg) as { formatVersion?: unknown; cases?: { number?: string }[] };
  expect(typeof parsed.formatVersion).toBe('number');
  expect(JSON.stringify(parsed.cases)).toContain(CASE.number);
  const graphml = await download(page, 'export-graphml');
  expect(graphml).toMatch(/<graphml[\s>]/);
  expect(graphml).toContain('</graphml>');
  expect(graphml.match(/<node[\s>]/g)?.length).toBe(graph.nodes.length);
});

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const where = await file.path();
  return fs.readFileSync(where, 'utf8');
}

test('a GraphML file is imported whole into a new case, with a report', async ({ page, workbench }) => {
  const cases = await workbench.api('cases.list', {});
  const source = cases.reduce((a, b) => (b.recordCount < a.recordCount ? b : a));
  const [file] = await workbench.api('exchange.export', { format: 'graphml', caseIds: [source.id] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-graph-e2e-'));
  const where = path.join(dir, 'network.graphml');
  fs.writeFileSync(where, file!.encoding === 'base64' ? Buffer.from(file!.data, 'base64') : file!.data);
  const nodes = (await workbench.api('graph.get', { caseIds: [source.id] })).nodes.length;

  await page.getByTestId('view-import').click();
  await page.getByTestId('import-file').setInputFiles(where);
  await expect(page.getByTestId('picked-file')).toContainText('Graph file');
  await expect(page.getByTestId('wizard-next')).toBeDisabled();
  await page.getByTestId('exchange-case-number').fill('GRAPH-E2E-01');
  await page.getByTestId('exchange-import-run').click();
  const report = page.getByTestId('exchange-report');
  await expect(report).toHaveAttribute('data-written', 'true');
  await expect(report).toContainText('GRAPH-E2E-01');
  const imported = (await workbench.api('cases.list', {})).find((c) => c.number === 'GRAPH-E2E-01');
  expect(imported?.recordCount).toBe(nodes);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a graph without labels takes them from the attribute the analyst names', async ({
  page,
  workbench,
}) => {
  // Airports keyed 0, 1, 2 with their codes in an attribute, as Gephi or networkx write them.
  const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="iata" attr.type="string"/>
  <key id="d1" for="node" attr.name="city" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="0"><data key="d0">ANC</data><data key="d1">Anchorage</data></node>
    <node id="1"><data key="d0">SEA</data><data key="d1">Seattle</data></node>
    <node id="2"><data key="d0">TUS</data><data key="d1">Tucson</data></node>
    <edge source="0" target="1"/>
    <edge source="1" target="2"/>
  </graph>
</graphml>`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-graph-label-'));
  const where = path.join(dir, 'airports.graphml');
  fs.writeFileSync(where, graphml);

  await page.getByTestId('view-import').click();
  await page.getByTestId('import-file').setInputFiles(where);
  await page.getByTestId('exchange-case-number').fill('AIR-E2E-01');
  // Without a choice the codes would be taken (an id-like attribute); the analyst wants the cities.
  await page.getByTestId('exchange-label-attribute').fill('city');
  await page.getByTestId('exchange-import-run').click();
  await expect(page.getByTestId('exchange-report')).toHaveAttribute('data-written', 'true');
  const imported = (await workbench.api('cases.list', {})).find((c) => c.number === 'AIR-E2E-01')!;
  const { records } = await workbench.api('records.list', { caseIds: [imported.id], limit: 10 });
  expect(records.map((r) => r.label).sort()).toEqual(['Anchorage', 'Seattle', 'Tucson']);
  fs.rmSync(dir, { recursive: true, force: true });
});
