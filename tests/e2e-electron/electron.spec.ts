// Electron smoke test: the real desktop shell on a fresh copy of the training scenario.
//
// How it runs: it is the "electron" project of tests/e2e/playwright.config.ts, so
// `npm run test:e2e` (and `npm test`) run it after `npm run build`. Alone:
//   npm run build && npx playwright test --config tests/e2e/playwright.config.ts --project electron
// It needs an Electron binary (node_modules/electron/dist, fetched by `npm start` where the
// network allows, or ELECTRON_OVERRIDE_DIST_PATH) and better-sqlite3 built for Electron
// (.electron-native/, made here on first run by `npm run rebuild:electron`). Where no
// binary exists it prints one line and is reported as skipped.
import { _electron as electron, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../build/scripts/lib/electron-binary.mjs';
import { createScenarioWorkspace } from '../../db/scenario';
import { listCases } from '../../db/queries/cases';
import { openWorkspace } from '../../db/store/open-workspace';
import { electronNativeBindingPath } from '../../electron/main/native-binding';
import type { CaseSummary } from '../../shared/contract/model';
import type { WorkbenchBridge } from '../../shared/contract/host';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP_LINE = 'electron e2e: skipped — no Electron binary on this machine';

/** Case list read from the workspace itself, not hard-coded. */
function casesOf(workspacePath: string): CaseSummary[] {
  const db = openWorkspace(workspacePath, { create: false });
  try {
    return listCases(db);
  } finally {
    db.close();
  }
}

function ensureElectronSqlite(): void {
  if (fs.existsSync(electronNativeBindingPath(REPO))) return;
  const rebuild = spawnSync(
    process.execPath,
    [path.join(REPO, 'build/scripts/rebuild-native-for-electron.mjs')],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );
  if (!fs.existsSync(electronNativeBindingPath(REPO))) {
    throw new Error(`better-sqlite3 could not be built for Electron: ${rebuild.stderr || rebuild.stdout}`);
  }
}

test('the desktop app opens the workspace, lists its cases and draws the chart', async () => {
  const binary = findElectronBinary();
  if (!binary.path) {
    console.log(`${SKIP_LINE} (${binary.reason}).`);
    test.skip(true, SKIP_LINE);
    return;
  }
  ensureElectronSqlite();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-electron-'));
  const workspacePath = path.join(dir, 'workspace.thorline');
  createScenarioWorkspace(workspacePath);
  const cases = casesOf(workspacePath);
  const app = await electron.launch({
    executablePath: binary.path,
    // Chromium refuses to start its sandbox as root (CI containers); a desktop user is never root.
    // Its own user data folder: no single-instance lock, window state or recent list shared with a real Thorline.
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--user-data-dir=${path.join(dir, 'user')}`,
      REPO,
    ],
    // On Linux userData is under XDG_CONFIG_HOME; --user-data-dir covers the other systems.
    env: {
      ...process.env,
      THORLINE_WORKSPACE: workspacePath,
      CI: '1',
      XDG_CONFIG_HOME: path.join(dir, 'config'),
    },
  });
  try {
    const window = await app.firstWindow();
    await window.setViewportSize({ width: 1440, height: 900 });
    // The window names the workspace; the page comes from app://, not file://.
    await expect.poll(() => window.title()).toBe('workspace.thorline — Thorline');
    expect(window.url()).toBe('app://thorline/index.html');
    const fileMenu = await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()
        ?.items.find((item) => item.label.replace('&', '') === 'File')
        ?.submenu?.items.map((item) => item.label),
    );
    expect(fileMenu).toEqual(
      expect.arrayContaining(['New Workspace…', 'Open…', 'Open Recent', 'Save a Copy As…', 'Close']),
    );

    // The page sees window.workbench with exactly call/on/saveFile, and no Node.
    const surface = await window.evaluate(() => ({
      keys: Object.keys((window as unknown as { workbench: WorkbenchBridge }).workbench).sort(),
      node: typeof (globalThis as { require?: unknown; process?: unknown }).require,
    }));
    expect(surface).toEqual({ keys: ['call', 'on', 'saveFile'], node: 'undefined' });
    const listed = await window.evaluate(() =>
      (window as unknown as { workbench: WorkbenchBridge }).workbench.call('cases.list', {}),
    );
    expect(listed.ok && (listed.value as unknown[]).length).toBe(cases.length);

    // It opens on the case map; the case list and the chart are one click away.
    await expect(window.getByTestId('casemap-summary')).toContainText(`${cases.length} cases`);
    await window.getByTestId('view-chart').click();
    for (const c of cases.slice(0, 3)) await expect(window.getByText(c.number).first()).toBeVisible();
    await expect(window.locator('canvas').first()).toBeVisible();
    fs.mkdirSync(path.join(REPO, 'test-results/screens'), { recursive: true });
    await window.screenshot({ path: path.join(REPO, 'test-results/screens/electron-main.png') });
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
