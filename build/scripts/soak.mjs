// `npm run test:soak -- [--runs N] [--loaded K] [--keep] [--script S]`: is `npm test` green on a fresh
// clone every time? Runs `npm ci && npm test` N times (default 5), one after another, each in
// a fresh clone of this checkout's HEAD in a temporary folder; during run K (default 1; 0 for
// none) two CPU-bound processes run beside it the whole time, as on a busy machine. Prints
// each run's result and time and a summary; logs go to test-results/soak-<stamp>/.
// --script runs another npm script instead of test (e.g. typecheck, to try the soak itself).
// Exits 0 only when every run was green. It takes N full test runs: run it on an idle machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO, RESULTS_ROOT } from './lib/test-run.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    loaded: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    script: { type: 'string', default: 'test' },
  },
});
const fail = (message) => {
  console.error(`test:soak: ${message}`);
  process.exit(2);
};
const RUNS = Number(values.runs);
const LOADED = Number(values.loaded);
if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs must be a whole number ≥ 1, not "${values.runs}"`);
if (!Number.isInteger(LOADED) || LOADED < 0 || LOADED > RUNS) {
  fail(`--loaded must be a run number from 1 to ${RUNS}, or 0 for none; not "${values.loaded}"`);
}

const git = (...args) => spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
const head = git('rev-parse', 'HEAD').stdout.trim();
if (!head) fail(`${REPO} is not a git checkout: the soak clones its HEAD`);
if (git('status', '--porcelain').stdout.trim()) {
  console.log('note: this checkout has uncommitted changes; the soak tests the committed HEAD only.');
}
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
const LOGS = path.join(RESULTS_ROOT, `soak-${stamp}`);
fs.mkdirSync(LOGS, { recursive: true });
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

/** Runs a command with its output going to the log; resolves to its exit code. */
function run(cmd, args, cwd, log, env = {}) {
  return new Promise((resolve) => {
    fs.appendFileSync(log, `\n$ ${cmd} ${args.join(' ')}\n`);
    const out = fs.openSync(log, 'a');
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
    child.on('close', (code, signal) => {
      fs.closeSync(out);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/** Two busy loops beside the run (the machine is 2-core); stopped by their own ids. */
function startLoad() {
  const hogs = [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  return () => hogs.forEach((h) => h.kill('SIGKILL'));
}

/** The summary lines `npm test` ends with (times, counts). */
function summaryOf(log) {
  const lines = fs.readFileSync(log, 'utf8').split('\n');
  const times = lines.findLast((l) => l.startsWith('times: ')) ?? '(no stage times)';
  const tests = lines.findLast((l) => l.startsWith('tests: ')) ?? '';
  return `${times}${tests ? ` | ${tests}` : ''}`;
}

async function soakRun(i) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `thorline-soak-${i}-`));
  const log = path.join(LOGS, `run-${i}.log`);
  const loaded = i === LOADED;
  const started = Date.now();
  let step = 'clone';
  let code = await run('git', ['clone', '--quiet', '--no-checkout', REPO, dir], REPO, log);
  if (code === 0) code = await run('git', ['checkout', '--quiet', '--detach', head], dir, log);
  if (code === 0) {
    step = 'npm ci';
    code = await run('npm', ['ci', '--no-audit', '--no-fund'], dir, log);
  }
  if (code === 0) {
    step = `npm run ${values.script}`;
    const stopLoad = loaded ? startLoad() : () => {};
    try {
      code = await run('npm', ['run', values.script], dir, log);
    } finally {
      stopLoad();
    }
  }
  const ms = Date.now() - started;
  const ok = code === 0;
  const what = ok ? 'green' : `FAILED at ${step} (exit ${code})`;
  const line = `run ${i}/${RUNS}${loaded ? ' (2 CPU-bound processes beside it)' : ''}: ${what} in ${seconds(ms)}; ${summaryOf(log)}`;
  console.log(line);
  if (values.keep) console.log(`  kept: ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  return { ok, ms, line };
}

console.log(
  `soak: ${RUNS} fresh clones of ${head.slice(0, 10)}, \`npm ci && npm run ${values.script}\` in each; logs in ${LOGS}`,
);
const results = [];
for (let i = 1; i <= RUNS; i++) results.push(await soakRun(i));
const green = results.filter((r) => r.ok).length;
const times = results.map((r) => r.ms);
const summary =
  `soak summary: ${green}/${RUNS} green; run times ${times.map(seconds).join(', ')}; ` +
  `slowest ${seconds(Math.max(...times))}, mean ${seconds(times.reduce((s, t) => s + t, 0) / times.length)}`;
console.log(summary);
fs.writeFileSync(path.join(LOGS, 'summary.txt'), `${results.map((r) => r.line).join('\n')}\n${summary}\n`);
process.exit(green === RUNS ? 0 : 1);
