// Import and exchange calls (issue 4): table import with specifications, case
// packages, GraphML/GEXF/CSV. The work lives in db/import and db/exchange.
import { WorkbenchError } from '../../../shared/contract/result';
import { exportFiles, importExchangeFile } from '../../exchange/exchange-files';
import { importTableBuffer, previewTable } from '../../import/run-import';
import { listSpecs, resolveSpec, saveSpec } from '../../import/specs-store';
import { estimateRows, startImportJob } from '../../jobs/import-job';
import { startMatchingJob } from '../../jobs/registry';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../handler-types';

type ExchangeCalls =
  | 'import.preview'
  | 'import.run'
  | 'import.start'
  | 'importSpecs.list'
  | 'importSpecs.save'
  | 'exchange.export'
  | 'exchange.import';

/** The uploaded file's bytes; a base64 string that is not one is refused, not guessed. */
export function decodeUpload(file: { name: string; base64: string }): Buffer {
  // No copy of a 150 MB upload unless it really holds line breaks.
  const text = /\s/.test(file.base64) ? file.base64.replace(/\s+/g, '') : file.base64;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1)
    throw new WorkbenchError('INVALID_INPUT', `The content of ${file.name} is not valid base64.`, {
      field: 'file.base64',
    });
  return Buffer.from(text, 'base64');
}

/**
 * import.run maps the whole file in memory before its one synchronous transaction; past
 * this many rows that memory is what brought the host near its heap limit, and
 * import.start (which streams from a temporary file in a worker) is the way.
 */
export const MAX_IMPORT_RUN_ROWS = 200_000;

function refuseLargeRun(name: string, buffer: Buffer): void {
  const rows = estimateRows(name, buffer, 1);
  if (rows > MAX_IMPORT_RUN_ROWS)
    throw new WorkbenchError(
      'INVALID_INPUT',
      `${name} has about ${rows.toLocaleString('en-US')} rows; import.run takes up to ${MAX_IMPORT_RUN_ROWS.toLocaleString('en-US')}. Use import.start (a background import, which streams the file) for larger files.`,
      { field: 'file' },
    );
}

/**
 * The matching engine compares whole scopes, not "these new records", so the new
 * records are matched by a background run over the workspace (progress arrives as
 * job.progress events). Started after the import's transaction has committed.
 */
function startMatching(ctx: HandlerContext): string {
  try {
    const job = startMatchingJob(ctx);
    return `Matching started in the background (job ${job.jobId}); new candidates appear in the review queue.`;
  } catch (err) {
    return `Matching was not started: ${(err as Error).message}`;
  }
}

export const exchangeHandlers: HandlerGroup<ExchangeCalls> = {
  'import.preview': async (input, ctx) => {
    const spec = resolveSpec(ctx.db, input.spec);
    const file = { name: input.file.name, buffer: decodeUpload(input.file) };
    const p = await previewTable(file, spec, input.limit);
    return {
      file: input.file.name,
      encoding: p.meta?.encoding ?? 'unknown',
      delimiter: p.meta?.delimiter ?? null,
      columns: p.columns,
      rows: p.rows,
      totalRows: p.totalRows,
      problems: p.problems,
      warnings: p.warnings,
      notes: p.notes,
      truncated: p.truncated,
    };
  },
  'import.run': async (input, ctx) => {
    const buffer = decodeUpload(input.file);
    refuseLargeRun(input.file.name, buffer);
    const report = await importTableBuffer(ctx.db, {
      file: { name: input.file.name, buffer },
      spec: resolveSpec(ctx.db, input.spec),
      target: input.case,
      skipInvalidRows: input.skipInvalidRows,
    });
    if (report.written && input.match && report.recordsAdded > 0) report.notes.push(startMatching(ctx));
    return report;
  },
  'import.start': (input, ctx) =>
    startImportJob(ctx, {
      fileName: input.file.name,
      buffer: decodeUpload(input.file),
      spec: input.spec,
      target: input.case,
      skipInvalidRows: input.skipInvalidRows,
      afterWritten: (report) => (input.match && report.recordsAdded > 0 ? [startMatching(ctx)] : []),
    }),
  'importSpecs.list': (_input, ctx) => listSpecs(ctx.db),
  'importSpecs.save': (input, ctx) => saveSpec(ctx.db, input.spec),
  'exchange.export': (input, ctx) => exportFiles(ctx.db, input, ctx.workspacePath),
  'exchange.import': (input, ctx) =>
    importExchangeFile(
      ctx.db,
      input.file.name,
      decodeUpload(input.file),
      input.caseNumber,
      input.asCaseNumber,
      input.labelAttribute,
    ),
};
