// Test fixtures: each test gets a fresh copy of the training-scenario workspace,
// served by its own browser host on 127.0.0.1, and a page opened on it at 1440x900.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScenarioWorkspace } from '../../db/scenario';
import { startHttpHost } from '../../electron/http-host';
import type { CallName, CallInput, CallOutput } from '../../shared/contract/calls';
import type { Result } from '../../shared/contract/result';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(REPO, 'dist/renderer');
export const SCREENS_DIR = path.join(REPO, 'test-results/screens');

export interface Workbench {
  url: string;
  workspacePath: string;
  /** Calls the backend directly, for expectations computed from the data rather than hard-coded. */
  api<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** Saves a 1440x900 screenshot under test-results/screens/ for people to look at. */
  screen(page: Page, name: string): Promise<void>;
}

export const test = base.extend<{ workbench: Workbench }, { scenarioTemplate: string }>({
  scenarioTemplate: [
    // Playwright reads a fixture's dependencies from this destructuring pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-template-'));
      const file = path.join(dir, 'scenario.thorline');
      createScenarioWorkspace(file);
      await use(file);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  workbench: async ({ scenarioTemplate }, use) => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error('dist/renderer is missing: run `npm run build:renderer` before the e2e tests.');
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-e2e-'));
    const workspacePath = path.join(dir, 'workspace.thorline');
    fs.copyFileSync(scenarioTemplate, workspacePath);
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
    const screen: Workbench['screen'] = async (page, name) => {
      fs.mkdirSync(SCREENS_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
    };
    await use({ url: host.url, workspacePath, api, screen });
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  page: async ({ page, workbench }, use) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(workbench.url);
    await use(page);
  },
});

export { expect };
