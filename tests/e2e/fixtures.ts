// Test fixtures. `test`: each test gets a fresh copy of the training-scenario workspace,
// served by its own browser host on 127.0.0.1, and a page opened on it at 1440x900.
// `readOnlyTest`: one copy and one host for a whole spec file (per worker), for tests that
// only read; each test still gets its own page. The scenario is written once per run (see
// global-setup.ts) and copied from there.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScaledWorkspace, createScenarioWorkspace } from '../../db/scenario';
import { startHttpHost } from '../../electron/http-host';
import type { CallName, CallInput, CallOutput } from '../../shared/contract/calls';
import type { Result } from '../../shared/contract/result';
import { SCENARIO_ENV } from './global-setup';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(REPO, 'dist/renderer');
/** This run's folder (test-results/<run id>/, set by the config) for the screens people look at. */
export const SCREENS_DIR = path.join(
  process.env.THORLINE_TEST_OUTPUT ?? path.join(REPO, 'test-results'),
  'screens',
);

export interface Workbench {
  url: string;
  workspacePath: string;
  /** Calls the backend directly, for expectations computed from the data rather than hard-coded. */
  api<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** Saves a 1440x900 screenshot under the run's screens/ folder for people to look at. */
  screen(page: Page, name: string): Promise<void>;
}

export interface RunningHost {
  url: string;
  api: Workbench['api'];
  close(): Promise<void>;
}

/** The one place the e2e tests start a browser host on a workspace file. */
export async function startWorkbenchHost(workspacePath: string): Promise<RunningHost> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` before the e2e tests.');
  }
  const host = await startHttpHost({ workspacePath, port: 0, rendererDir: RENDERER_DIR });
  const api: Workbench['api'] = async (name, input) => {
    const res = await fetch(`${host.url.replace(/\/$/, '')}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const result = (await res.json()) as Result<never>;
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { url: host.url, api, close: () => host.close() };
}

/**
 * A test whose worker shares one browser host on a generated workspace of `records` records
 * (written when the worker starts, removed when it ends): the specs about big workspaces.
 */
export function generatedWorkspaceTest(records: number, seed: number, opts: { timeout?: number } = {}) {
  return base.extend<object, { host: RunningHost }>({
    host: [
      // eslint-disable-next-line no-empty-pattern
      async ({}, use) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-generated-'));
        const workspacePath = path.join(dir, `sample-${records}.thorline`);
        createScaledWorkspace(workspacePath, { records, seed });
        const host = await startWorkbenchHost(workspacePath);
        await use(host);
        await host.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
      { scope: 'worker', ...(opts.timeout ? { timeout: opts.timeout } : {}) },
    ],
  });
}

/** A temporary folder holding a copy of the prepared training scenario. */
function copyOfScenario(): { dir: string; workspacePath: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-e2e-'));
  const workspacePath = path.join(dir, 'workspace.thorline');
  const template = process.env[SCENARIO_ENV];
  // Without the global setup (a spec run through another config) the scenario is written here.
  if (template && fs.existsSync(template)) fs.copyFileSync(template, workspacePath);
  else createScenarioWorkspace(workspacePath);
  return { dir, workspacePath };
}

async function serveScenario(use: (w: Workbench) => Promise<void>) {
  const { dir, workspacePath } = copyOfScenario();
  const host = await startWorkbenchHost(workspacePath);
  const screen: Workbench['screen'] = async (page, name) => {
    fs.mkdirSync(SCREENS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
  };
  await use({ url: host.url, workspacePath, api: host.api, screen });
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

const openPage = async (
  { page, workbench }: { page: Page; workbench: Workbench },
  use: (p: Page) => Promise<void>,
) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // The workbench opens on the case map; most specs start from the entity chart.
  await page.goto(new URL('?view=chart', workbench.url).toString());
  await use(page);
};

export const test = base.extend<{ workbench: Workbench }>({
  // Playwright reads a fixture's dependencies from this destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  workbench: async ({}, use) => serveScenario(use),
  page: openPage,
});

export const readOnlyTest = base.extend<object, { workbench: Workbench }>({
  // eslint-disable-next-line no-empty-pattern
  workbench: [async ({}, use) => serveScenario(use), { scope: 'worker' }],
  page: openPage,
});

export { expect };
