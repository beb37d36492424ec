// `node build/scripts/make-icons.mjs`: renders build/icons/icon.svg to the 512x512 PNG that
// electron-builder turns into each platform's icon (ico, icns, Linux sizes). Uses the
// Chromium that Playwright drives (CHROMIUM_PATH or /usr/bin/chromium).
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './lib/paths.mjs';

const ICONS = path.join(REPO, 'build', 'icons');
const svg = fs.readFileSync(path.join(ICONS, 'icon.svg'), 'utf8');
const executablePath =
  process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(ICONS, 'icon.png'), omitBackground: true });
  console.log('Wrote build/icons/icon.png (512x512).');
} finally {
  await browser.close();
}
