// npm run match -- --workspace FILE [--auto-merge T]
// Matches an existing workspace through the same matching job the workbench starts (a
// worker thread with its own connection), printing progress as it goes. --auto-merge T
// merges, for this run only, every suggestion of probability T or more, whatever the type;
// without it the workspace's own auto-merge settings apply.
// Exit codes: 0 done, 1 the run failed, 2 wrong usage, 3 unusable workspace.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EventMap, EventName } from '../../shared/contract/events';
import type { JobStatus } from '../../shared/contract/matching-model';
import { WorkbenchError } from '../../shared/contract/result';
import { startMatchingJob } from '../jobs/registry';
import { MATCHABLE_TYPES } from '../matching/types';
import { openWorkspace } from '../store/open-workspace';

const USAGE = 'usage: npm run match -- --workspace FILE [--auto-merge 0.99]';

function fail(code: number, message: string): never {
  process.stderr.write(`match: ${message}\n`);
  process.exit(code);
}

function options(): { workspace: string; autoMerge?: number } {
  let values;
  try {
    ({ values } = parseArgs({
      options: { workspace: { type: 'string' }, 'auto-merge': { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (err) {
    return fail(2, `${(err as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!values.workspace) fail(2, `--workspace is required\n${USAGE}`);
  const raw = values['auto-merge'];
  const autoMerge = raw === undefined ? undefined : Number(raw);
  if (autoMerge !== undefined && !(autoMerge > 0 && autoMerge <= 1))
    fail(2, `--auto-merge must be a probability in (0, 1], not "${raw}"`);
  return { workspace: values.workspace, autoMerge };
}

/** One line per progress event that says something new (phase, or another tenth done). */
function progressPrinter(): (s: JobStatus) => void {
  let last = '';
  return (s) => {
    const tenth = s.recordsTotal ? Math.floor((10 * s.recordsDone) / s.recordsTotal) : 0;
    const key = `${s.message}|${tenth}`;
    if (key === last) return;
    last = key;
    const of = s.recordsTotal
      ? `: ${s.recordsDone.toLocaleString('en-US')} of ${s.recordsTotal.toLocaleString('en-US')}`
      : '';
    process.stdout.write(
      `  ${s.message}${of}, ${s.candidatesFound.toLocaleString('en-US')} suggestions so far\n`,
    );
  };
}

async function main(): Promise<void> {
  const opts = options();
  const file = path.resolve(opts.workspace);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    fail(3, `workspace file not found: ${opts.workspace}`);
  let db;
  try {
    db = openWorkspace(file, { create: false });
  } catch (err) {
    return fail(3, err instanceof Error ? err.message : String(err));
  }
  const thresholds =
    opts.autoMerge === undefined
      ? undefined
      : Object.fromEntries(MATCHABLE_TYPES.map((t) => [t, opts.autoMerge!]));
  const print = progressPrinter();
  process.stdout.write(
    `Matching ${path.basename(file)}${opts.autoMerge === undefined ? '' : `, merging automatically from ${opts.autoMerge}`}\n`,
  );
  const started = performance.now();
  const ended = await new Promise<JobStatus>((resolve) => {
    const emit = <E extends EventName>(event: E, payload: EventMap[E]) => {
      if (event !== 'job.progress') return;
      const status = payload as JobStatus;
      if (status.state === 'running') print(status);
      else resolve(status);
    };
    const first = startMatchingJob({ db, workspacePath: file, emit }, undefined, thresholds);
    if (first.state !== 'running') resolve(first);
  });
  db.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (ended.state !== 'done') fail(1, `the run ${ended.state} after ${seconds} s: ${ended.message}`);
  process.stdout.write(
    `${ended.message} (${seconds} s). Review the suggestions in the workbench's Review view.\n`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof WorkbenchError) fail(3, err.message);
  fail(3, `unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
});
