// Playwright: browser end-to-end tests against the HTTP host (Debian Chromium or
// CHROMIUM_PATH), and the Electron smoke test wherever an Electron binary exists.
import { defineConfig } from '@playwright/test';
import fs from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath =
  process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? undefined;

export default defineConfig({
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 0,
  outputDir: '../../test-results/playwright',
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright-results.json' }]],
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
