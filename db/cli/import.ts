// npm run import -- --workspace FILE --case NUMBER --spec SPEC.json DATA.csv
//   [--skip-invalid] [--title T] [--agency A] [--jurisdiction J] [--json]
// Streams the file into the case in one transaction and prints a report.
// --match runs the matching engine over the workspace once the import is written.
// --create makes a new workspace when FILE does not exist (or is empty); without it a
// mistyped path is refused rather than becoming a new, empty workspace.
// Exit codes: 0 imported (or already imported), 1 refused because of problems,
// 2 wrong usage, 3 a file or workspace that cannot be used.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportProblem, ImportReport } from '../../shared/contract/exchange-model';
import { WorkbenchError } from '../../shared/contract/result';
import { importTableFile } from '../import/run-import';
import { runMatching } from '../matching/engine';
import { parseSpec } from '../import/spec';
import { clip } from '../safety/quote';
import { openWorkspace } from '../store/open-workspace';

const USAGE =
  'usage: npm run import -- --workspace FILE --case NUMBER --spec SPEC.json DATA.csv|DATA.xlsx [--create] [--skip-invalid] [--title T] [--agency A] [--jurisdiction J] [--match] [--progress] [--json]';

function fail(code: number, message: string): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(code);
}

function args() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        case: { type: 'string' },
        spec: { type: 'string' },
        'skip-invalid': { type: 'boolean', default: false },
        title: { type: 'string' },
        agency: { type: 'string' },
        jurisdiction: { type: 'string' },
        json: { type: 'boolean', default: false },
        match: { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        create: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    return fail(2, `${(err as Error).message}\n${USAGE}`);
  }
}

function readSpec(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return fail(3, `cannot read the specification ${file}: ${(err as Error).message}`);
  }
  try {
    return parseSpec(raw, `specification ${file}`);
  } catch (err) {
    return fail(3, (err as Error).message);
  }
}

function printReport(r: ImportReport, seconds: number): void {
  const out = process.stdout;
  out.write(
    `${r.written ? 'Imported' : 'Not imported'} into case ${r.caseNumber} in ${seconds.toFixed(1)} s\n`,
  );
  out.write(
    `  rows read ${r.rowsRead}, imported ${r.rowsImported}, skipped ${r.rowsSkipped}, already present ${r.rowsAlreadyPresent}\n`,
  );
  out.write(`  records added ${r.recordsAdded}, links added ${r.linksAdded}\n`);
  for (const n of r.notes) out.write(`  ${n}\n`);
  printProblems('Problems', r.problems);
  printProblems('Warnings (the rows were imported)', r.warnings);
}

function printProblems(title: string, problems: ImportProblem[]): void {
  const out = process.stdout;
  if (problems.length) out.write(`${title} (${problems.length}${problems.length >= 500 ? '+' : ''}):\n`);
  for (const p of problems) {
    const where = [
      p.file,
      p.row !== null ? `row ${p.row}` : null,
      p.column !== null ? `column "${p.column}"` : null,
    ]
      .filter(Boolean)
      .join(', ');
    out.write(`  ${where}: ${p.message}\n`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = args();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.workspace || !values.case || !values.spec || positionals.length !== 1)
    fail(2, `--workspace, --case, --spec and one data file are required\n${USAGE}`);
  const dataFile = positionals[0]!;
  if (!fs.existsSync(dataFile) || !fs.statSync(dataFile).isFile())
    fail(3, `data file not found: ${dataFile}`);
  const spec = readSpec(values.spec!);
  let db;
  try {
    db = openWorkspace(values.workspace!, { create: values.create === true });
  } catch (err) {
    const missing = err instanceof WorkbenchError && err.code === 'NOT_FOUND';
    return fail(
      3,
      missing ? `${err.message} (add --create to make a new workspace)` : (err as Error).message,
    );
  }
  if (db.readonly) {
    db.close();
    return fail(
      3,
      `the workspace ${values.workspace} is read-only (the file cannot be written); nothing was imported`,
    );
  }
  const started = performance.now();
  const report = await importTableFile(db, {
    file: { name: path.basename(dataFile), path: dataFile },
    spec,
    target: {
      number: values.case!,
      title: values.title,
      agency: values.agency,
      jurisdiction: values.jurisdiction,
    },
    skipInvalidRows: values['skip-invalid'] ?? false,
    onProgress: (n) => {
      // --progress: one line per 10,000 rows, for scripts (and the kill-during-import test).
      if (values.progress) process.stderr.write(`progress ${n} rows\n`);
      else if (process.stderr.isTTY) process.stderr.write(`\r  ${n.toLocaleString('en-US')} rows read…`);
    },
  });
  if (process.stderr.isTTY && !values.progress) process.stderr.write('\r\x1b[K');
  if (values.match && report.written && report.recordsAdded > 0) {
    // After the import has committed: a matching run over the workspace, in its own transactions.
    const run = runMatching(db);
    report.notes.push(
      `Matching run ${run.runId}: ${run.candidates} candidate(s) for review, ${run.autoMerged} auto-merged.`,
    );
  }
  db.close();
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report, (performance.now() - started) / 1000);
  const refused = !report.written && report.problems.length > 0;
  process.exitCode = refused ? 1 : 0;
}

main().catch((err: unknown) => {
  if (err instanceof WorkbenchError) fail(3, err.message);
  // One line, bounded: a stack trace or a quoted 50 MB line helps nobody at a prompt.
  if (process.env.THORLINE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  const message = err instanceof Error ? err.message : String(err);
  fail(
    3,
    `unexpected failure: ${clip(message.split('\n')[0] ?? '', 500)} (set THORLINE_DEBUG=1 for details)`,
  );
});
