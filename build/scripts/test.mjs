// `npm test`: every check and test, in order, with the time of each stage and one summary
// line at the end. Runs all steps even when one fails, so a lint error does not hide a test
// failure. Reports, traces and screenshots go to this run's own folder (lib/test-run.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';
import { ensurePoppler } from './ensure-poppler.mjs';
import { prepareRunOutput } from './lib/test-run.mjs';

const RESULTS = prepareRunOutput();
const VITEST_JSON = path.join(RESULTS, 'vitest-results.json');
const PLAYWRIGHT_JSON = path.join(RESULTS, 'playwright-results.json');
const timings = [];
const started = Date.now();

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = res.status === 0;
  const ms = Date.now() - t0;
  timings.push([title, ms, ok]);
  console.log(`=== ${title}: ${ok ? 'ok' : `FAILED (exit ${res.status ?? res.signal})`} in ${seconds(ms)}`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestCounts() {
  const r = readJson(VITEST_JSON);
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts() {
  const r = readJson(PLAYWRIGHT_JSON);
  if (!r?.stats) return { passed: 0, failed: 1, skipped: 0 };
  const s = r.stats;
  return { passed: s.expected, failed: s.unexpected + (s.flaky ?? 0), skipped: s.skipped };
}

console.log(`test output of this run: ${path.relative(process.cwd(), RESULTS)}`);
const checks = {
  lint: step('lint', 'npm', ['run', '--silent', 'lint']),
  typecheck: step('typecheck', 'npm', ['run', '--silent', 'typecheck']),
};
step('unit', 'npx', [
  'vitest',
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
checks.build = step('build', 'npm', ['run', '--silent', 'build']);
let chromium = null;
try {
  chromium = ensureChromium();
  console.log(`Chromium for the browser tests: ${chromium}`);
} catch (err) {
  console.error(err.message);
}
if (checks.build && chromium) ensurePoppler();
if (checks.build && chromium) {
  step('e2e', 'npx', ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts'], {
    CHROMIUM_PATH: chromium,
  });
}

const unit = vitestCounts();
const e2e = checks.build && chromium ? playwrightCounts() : { passed: 0, failed: 1, skipped: 0 };
const failedChecks = Object.entries(checks)
  .filter(([, ok]) => !ok)
  .map(([name]) => name);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + failedChecks.length;
const skipped = unit.skipped + e2e.skipped;
console.log(
  `\ntimes: ${timings.map(([t, ms]) => `${t} ${seconds(ms)}`).join(', ')}; total ${seconds(Date.now() - started)}`,
);
console.log(
  `unit/contract: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`,
);
if (failedChecks.length) console.log(`failed checks: ${failedChecks.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
