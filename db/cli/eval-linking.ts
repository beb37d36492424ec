// npm run eval:linking -- --workspace FILE [--truth FILE.csv] [--threshold P] [--json]
// Copies the workspace to a scratch file (the user's file is never written), runs matching
// there, and prints pairwise precision/recall/F1, B-cubed and decoys merged, at the default
// threshold and over a sweep. Exit codes: 0 done, 2 wrong usage, 3 unusable workspace or truth.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WorkbenchError } from '../../shared/contract/result';
import { BLOCK_CAP, WINDOW } from '../matching/blocking';
import {
  evaluateMatching,
  truthFromWorkspace,
  type Evaluation,
  type TypeEvaluation,
} from '../matching/evaluate';
import { PERSON_RULES } from '../matching/person-keys';
import { truthFromCsv } from '../matching/truth-file';
import { openWorkspace } from '../store/open-workspace';

const USAGE = 'usage: npm run eval:linking -- --workspace FILE [--truth FILE.csv] [--threshold 0.9] [--json]';

function fail(code: number, message: string): never {
  process.stderr.write(`eval:linking: ${message}\n`);
  process.exit(code);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        workspace: { type: 'string' },
        truth: { type: 'string' },
        threshold: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (!values.workspace) fail(2, `--workspace is required\n${USAGE}`);
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
    if (threshold !== undefined && !(threshold > 0 && threshold <= 1))
      fail(2, '--threshold must be a number in (0, 1]');
    return { workspace: values.workspace, truth: values.truth, threshold, json: values.json ?? false };
  } catch (err) {
    return fail(2, `${(err as Error).message}\n${USAGE}`);
  }
}

/** A consistent copy of the workspace (WAL included) in a scratch folder. */
export function scratchCopy(file: string): { copy: string; dispose: () => void } {
  if (!fs.existsSync(file)) throw new WorkbenchError('NOT_FOUND', `Workspace file not found: ${file}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-eval-'));
  const copy = path.join(dir, 'scratch.thorline');
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(copy);
    } finally {
      source.close();
    }
  } catch (err) {
    dispose();
    throw new WorkbenchError(
      'BAD_FILE',
      `${file} could not be read as a workspace: ${(err as Error).message}`,
    );
  }
  return { copy, dispose };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printReport(e: Evaluation): void {
  const row = (name: string, t: TypeEvaluation) =>
    `${name.padEnd(14)}${String(t.records).padEnd(9)}${pct(t.precision).padEnd(11)}${pct(t.recall).padEnd(9)}${pct(t.f1).padEnd(9)}${pct(t.blockingRecall).padEnd(11)}${t.decoysMerged}`;
  const est = e.run.estimate;
  const lines = [
    `Records with ground truth: ${e.records}; pairs compared: ${e.run.pairsCompared}; candidates stored: ${e.run.candidates}; matching took ${e.matchingSeconds.toFixed(2)} s`,
    ...(e.truthMissing
      ? [`Truth rows whose record is not in the workspace: ${e.truthMissing} (left out)`]
      : []),
    est
      ? `Person weights estimated from ${est.people} people (${est.randomPairs} random pairs, ${est.blockedPairs} blocked pairs, ${est.iterations} EM iterations)`
      : 'Person weights: hand-set priors (too few people to estimate)',
    '',
    `At threshold ${e.threshold}:`,
    'type          records  precision  recall   F1       blocking   decoys merged',
    ...Object.entries(e.byType).map(([type, t]) => row(type, t)),
    row('pooled', e.pooled),
    '',
    'blocking rule                                        keys      pairs     capped blocks',
    ...e.run.blocking.map(
      (r) =>
        `${(PERSON_RULES[r.rule] ? `${r.rule} (${PERSON_RULES[r.rule]})` : r.rule).padEnd(53)}${String(r.keys).padEnd(10)}${String(r.pairs).padEnd(10)}${r.cappedBlocks}`,
    ),
    `(blocks over ${BLOCK_CAP} records are capped: each record meets its ${WINDOW} nearest neighbours by name)`,
    '',
    'pooled sweep',
    'threshold  precision  recall   F1       B-cubed F1  decoys merged',
    ...e.sweep.map(
      (s) =>
        `${s.threshold.toFixed(2).padEnd(11)}${pct(s.precision).padEnd(11)}${pct(s.recall).padEnd(9)}${pct(s.f1).padEnd(9)}${pct(s.bcubedF1).padEnd(12)}${s.decoysMerged}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main(): void {
  const opts = options();
  let scratch: ReturnType<typeof scratchCopy>;
  try {
    scratch = scratchCopy(opts.workspace);
  } catch (err) {
    return fail(3, (err as Error).message);
  }
  try {
    const db = openWorkspace(scratch.copy, { create: false });
    try {
      const truth = opts.truth ? truthFromCsv(db, opts.truth) : truthFromWorkspace(db);
      const evaluation = evaluateMatching(db, truth, { threshold: opts.threshold });
      if (opts.json) process.stdout.write(`${JSON.stringify(evaluation)}\n`);
      else printReport(evaluation);
    } finally {
      db.close();
    }
  } catch (err) {
    fail(3, (err as Error).message);
  } finally {
    scratch.dispose();
  }
}

main();
