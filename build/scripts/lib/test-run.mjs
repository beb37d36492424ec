// One output folder per test run, so that two runs on one checkout (two terminals, the
// soak script, CI) never write into each other's reports, traces or screenshots.
// The folder is test-results/<run id>/; THORLINE_TEST_RUN names the run (a fresh id
// otherwise) and THORLINE_TEST_OUTPUT, once set, is the folder every tool writes to.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const RESULTS_ROOT = path.join(REPO, 'test-results');

function freshRunId() {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `${stamp}-${process.pid}`;
}

/** The run's output folder (created), exported to child processes through the environment. */
export function prepareRunOutput() {
  if (process.env.THORLINE_TEST_OUTPUT) {
    fs.mkdirSync(process.env.THORLINE_TEST_OUTPUT, { recursive: true });
    return process.env.THORLINE_TEST_OUTPUT;
  }
  const id = process.env.THORLINE_TEST_RUN || freshRunId();
  const dir = path.join(RESULTS_ROOT, id);
  fs.mkdirSync(dir, { recursive: true });
  process.env.THORLINE_TEST_RUN = id;
  process.env.THORLINE_TEST_OUTPUT = dir;
  pointLatestAt(id);
  pruneOldRuns();
  return dir;
}

const KEEP_RUNS = 10;
const HOUR = 3_600_000;

/** Keeps the newest run folders; older ones go once they are an hour old (never a live run's). */
function pruneOldRuns() {
  const runs = fs
    .readdirSync(RESULTS_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{8}-\d{6}-\d+$/.test(d.name))
    .map((d) => ({
      dir: path.join(RESULTS_ROOT, d.name),
      at: fs.statSync(path.join(RESULTS_ROOT, d.name)).mtimeMs,
    }))
    .sort((a, b) => b.at - a.at);
  for (const run of runs.slice(KEEP_RUNS)) {
    if (Date.now() - run.at > HOUR) fs.rmSync(run.dir, { recursive: true, force: true });
  }
}

/** test-results/latest → the newest run, for people looking for the screenshots. */
function pointLatestAt(id) {
  const link = path.join(RESULTS_ROOT, 'latest');
  const tmp = `${link}.${process.pid}`;
  try {
    fs.rmSync(tmp, { force: true });
    fs.symlinkSync(id, tmp);
    fs.renameSync(tmp, link); // atomic: a concurrent run's link is replaced, never half-made
  } catch {
    fs.rmSync(tmp, { force: true }); // no symlinks here (some Windows setups): the run folder is printed
  }
}
