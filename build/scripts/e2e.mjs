// `npm run test:e2e`: builds, finds (or installs) Chromium and runs the Playwright tests,
// writing into this run's own output folder (lib/test-run.mjs).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';
import { prepareRunOutput } from './lib/test-run.mjs';

const output = prepareRunOutput();
console.log(`test output of this run: ${output}`);
const chromium = ensureChromium();
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const built = run('npm', ['run', '--silent', 'build']);
if (built !== 0) process.exit(built);
process.exit(
  run('npx', ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)], {
    CHROMIUM_PATH: chromium,
  }),
);
