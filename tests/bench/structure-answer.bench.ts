// npm run bench:structure-answer [-- --records 24000,100000]
// What the renderer receives from key players and structure (analysis.structure) on generated
// workspaces: the answer's size, and in headless Chromium (Debian's /usr/bin/chromium or
// CHROMIUM_PATH) how long the renderer's main thread spends parsing it, as fetch().json()
// does. Also a Key players page and the measures of a 5,000-entity chart, which the screens
// ask for instead of every entity. Figures only: the machine is shared, so read them beside
// the load average printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { createDispatch, type Dispatch } from '../../db/api/dispatch';
import { createScaledWorkspace } from '../../db/scenario/scale/seed-scaled';
import { openWorkspace } from '../../db/store/open-workspace';

const { values } = parseArgs({ options: { records: { type: 'string', default: '24000,100000' } } });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-bench-answer-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  for (const records of values.records.split(',').map(Number)) await measure(page, records);
} finally {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function measure(page: Page, records: number): Promise<void> {
  const file = path.join(dir, `generated-${records}.thorline`);
  createScaledWorkspace(file, { records, seed: 7 });
  const db = openWorkspace(file);
  const dispatch = createDispatch({ db, workspacePath: file, emit: () => {} });
  const label = `${records.toLocaleString('en-US')} records`;
  const structure = await answer(dispatch, 'analysis.structure', {});
  await report(page, `${label}: analysis.structure`, structure, true);
  for (const [name, input] of await pagesAsked(dispatch, JSON.parse(structure.text) as Answer))
    await report(page, `${label}: ${name}`, await answer(dispatch, name, input));
  db.close();
}

type Answer = { ok: true; value: Record<string, unknown> };

/** The screens' smaller calls (after the change): a Key players page and a chart's measures. */
async function pagesAsked(dispatch: Dispatch, structure: Answer): Promise<[string, unknown][]> {
  const measured = structure.value.measured;
  if (typeof measured !== 'string') return [];
  const graph = (await dispatch('graph.get', { limit: 5000 })) as {
    ok: true;
    value: { nodes: { id: number }[] };
  };
  const ids = graph.value.nodes.map((n) => n.id);
  return [
    [
      'analysis.keyPlayers (a page of 60)',
      { measured, sort: 'betweenness', desc: true, offset: 0, limit: 60 },
    ],
    [`analysis.keyPlayers (${ids.length} chart entities)`, { measured, ids }],
    [
      'analysis.keyPlayers (an export page of 2,000)',
      { measured, sort: 'betweenness', desc: true, offset: 0, limit: 2000 },
    ],
  ];
}

/** The answer as the browser host sends it, and how long the backend took (the first page sorts). */
async function answer(
  dispatch: Dispatch,
  name: string,
  input: unknown,
): Promise<{ text: string; ms: number }> {
  const call = name.split(' ')[0]!;
  const started = performance.now();
  const result = await dispatch(call, input);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`${call}: ${JSON.stringify(result)}`);
  return { text: JSON.stringify(result), ms };
}

async function report(
  page: Page,
  what: string,
  { text, ms: backendMs }: { text: string; ms: number },
  sort = false,
) {
  const [ms, sortMs] = await page.evaluate(
    ([t, sorting]) => {
      const started = performance.now();
      const parsed = JSON.parse(t) as { value: { entities?: { label: string; betweenness: number }[] } };
      const parseMs = performance.now() - started;
      // An answer of every entity was sorted whole by the Key players table (its first view).
      const all = parsed.value.entities;
      if (!all || !sorting) return [parseMs, null];
      [...all].sort((a, b) => b.betweenness - a.betweenness || a.label.localeCompare(b.label));
      return [parseMs, performance.now() - started - parseMs];
    },
    [text, sort] as const,
  );
  const load = os.loadavg()[0]!.toFixed(1);
  const sorted = sortMs === null ? '' : `, every entity sorted in ${sortMs.toFixed(0)} ms`;
  console.log(
    `${what}: ${size(text.length)}, backend ${backendMs.toFixed(0)} ms, parsed in Chromium in ${ms.toFixed(0)} ms${sorted} (load ${load})`,
  );
}

function size(bytes: number): string {
  return bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(2)} MB`;
}
