// Playwright: browser end-to-end tests against the HTTP host (Debian Chromium or
// CHROMIUM_PATH), and the Electron smoke test wherever an Electron binary exists.
// Everything a run writes (traces, failure screenshots, the JSON report, the screens and
// the prepared workspace) goes to its own folder, test-results/<run id>/ (see
// build/scripts/lib/test-run.mjs), so runs on one checkout never clash.
import { defineConfig } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { prepareRunOutput } from '../../build/scripts/lib/test-run.mjs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath =
  process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? undefined;
// Set once in the runner; the workers inherit the environment and land in the same folder.
const OUTPUT = prepareRunOutput();

export default defineConfig({
  // Tests wait for the workbench's own signals (layout finished, job done, data shown), not
  // for a number of seconds; these limits only end a test that hangs, even on a busy machine.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 2,
  retries: 0,
  globalSetup: './global-setup.ts',
  outputDir: path.join(OUTPUT, 'playwright'),
  reporter: [['list'], ['json', { outputFile: path.join(OUTPUT, 'playwright-results.json') }]],
  use: {
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'browser', testDir: '.', testMatch: /.*\.spec\.ts$/ },
    { name: 'electron', testDir: '../e2e-electron', testMatch: /.*\.spec\.ts$/ },
  ],
});
