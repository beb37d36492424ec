// `npm test`: every check and test, in order, with one summary line at the end.
// Runs all steps even when one fails, so a lint error does not hide a test failure.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';

const RESULTS = 'test-results';
const VITEST_JSON = path.join(RESULTS, 'vitest-results.json');
const PLAYWRIGHT_JSON = path.join(RESULTS, 'playwright-results.json');

function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = res.status === 0;
  console.log(`=== ${title}: ${ok ? 'ok' : `FAILED (exit ${res.status ?? res.signal})`}`);
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

fs.mkdirSync(RESULTS, { recursive: true });
for (const f of [VITEST_JSON, PLAYWRIGHT_JSON]) fs.rmSync(f, { force: true });

const checks = {
  lint: step('lint', 'npm', ['run', '--silent', 'lint']),
  typecheck: step('typecheck', 'npm', ['run', '--silent', 'typecheck']),
};
step('unit and contract tests', 'npx', [
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
if (checks.build && chromium) {
  step('end-to-end tests', 'npx', ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts'], {
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
  `\nunit/contract: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`,
);
if (failedChecks.length) console.log(`failed checks: ${failedChecks.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
