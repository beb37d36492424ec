// The import of a table file into a case, end to end: read, map, validate, write,
// index, link. Two drivers share one row pipeline (MappingSink → CaseWriter):
// - importTableFile streams a file from disk inside one explicit transaction (CLI,
//   benchmark; memory flat in the number of rows);
// - importTableBuffer reads a file held in memory (the UI's base64 upload), then writes
//   in one synchronous transaction, so no other call can interleave with it.
// Either way, when a row is invalid and skipInvalidRows is off, nothing is written.
import type { ImportProblem, ImportReport } from '../../shared/contract/exchange-model';
import { WorkbenchError } from '../../shared/contract/result';
import { refreshCasePairs } from '../store/case-pairs';
import type { Db } from '../store/open-workspace';
import {
  ensureCase,
  findCase,
  linkNewRecords,
  previousImport,
  recordImport,
  requireImportTables,
  scanFile,
  type TargetCase,
} from './after-import';
import { MappingSink } from './mapping-sink';
import { isXlsx, readTable, TableFileError, type TableInput, type TableMeta } from './read-table';
import type { MappedRow } from './row-mapper';
import type { ParsedSpec } from './spec';
import { unusedFieldNotes } from './unused-fields';
import { CaseWriter, shouldDeferIndexes } from './writer';

export interface ImportRequest {
  file: TableInput;
  spec: ParsedSpec;
  target: TargetCase;
  skipInvalidRows: boolean;
  onProgress?: (rowsRead: number) => void;
  signal?: AbortSignal;
}

/** Reads the whole file through the sink; file-level failures become problems. */
async function readInto(req: ImportRequest, sink: MappingSink): Promise<TableMeta | null> {
  try {
    const meta = await readTable(
      req.file,
      { encoding: req.spec.encoding, delimiter: req.spec.delimiter || undefined, sheet: req.spec.sheet },
      sink,
    );
    sink.finish();
    return meta;
  } catch (err) {
    if (!(err instanceof TableFileError)) throw err;
    sink.fileProblem(err.message);
    sink.finish();
    return null;
  }
}

function blocked(sink: MappingSink, req: ImportRequest): boolean {
  return sink.fatal || (sink.rowsInvalid > 0 && !req.skipInvalidRows);
}

function report(
  caseId: number,
  req: ImportRequest,
  sink: MappingSink,
  written: boolean,
  totals: { recordsAdded: number; linksAdded: number; rowsAlreadyPresent: number },
  notes: string[],
): ImportReport {
  const rowsImported = written ? sink.rowsRead - sink.rowsInvalid : 0;
  return {
    caseId,
    caseNumber: req.target.number,
    rowsRead: sink.rowsRead,
    rowsImported,
    rowsSkipped: written ? sink.rowsInvalid : 0,
    rowsAlreadyPresent: written ? totals.rowsAlreadyPresent : 0,
    recordsAdded: written ? totals.recordsAdded : 0,
    linksAdded: written ? totals.linksAdded : 0,
    problems: sink.problems,
    warnings: sink.warnings,
    written,
    notes: [...unusedFieldNotes(req.spec), ...notes],
  };
}

function refusalNote(sink: MappingSink): string {
  if (sink.fatal) return 'Nothing was written: the file cannot be imported as it is.';
  return `Nothing was written: ${sink.rowsInvalid} of ${sink.rowsRead} rows have problems. Fix them, or import the valid rows only.`;
}

/** Writes the bulk indexes, links and bookkeeping; inside the import's transaction. */
function completeImport(
  db: Db,
  writer: CaseWriter,
  caseId: number,
  req: ImportRequest,
  sink: MappingSink,
  fingerprint: string,
): string[] {
  const { firstRecordId, lastRecordId } = writer.finish();
  const merges = linkNewRecords(db, firstRecordId, lastRecordId);
  // The case map's pairs take in the new records now, not when the map is next opened.
  refreshCasePairs(db);
  const notes = [`${merges} exact-identifier connection(s) made with records already in the workspace.`];
  recordImport(db, {
    caseId,
    fingerprint,
    file: req.file.name,
    spec: req.spec.name,
    rows: sink.rowsRead - sink.rowsInvalid,
    records: writer.totals.recordsAdded,
    links: writer.totals.linksAdded,
  });
  return notes;
}

function alreadyImported(db: Db, req: ImportRequest, fingerprint: string): ImportReport | null {
  const caseId = findCase(db, req.target.number);
  const prev = caseId === null ? null : previousImport(db, caseId, fingerprint);
  if (caseId === null || !prev) return null;
  const note = `This file was already imported into case ${req.target.number} with this specification (${prev.file}, ${prev.at}); nothing was added.`;
  return {
    caseId,
    caseNumber: req.target.number,
    rowsRead: 0,
    rowsImported: 0,
    rowsSkipped: 0,
    rowsAlreadyPresent: 0,
    recordsAdded: 0,
    linksAdded: 0,
    problems: [],
    warnings: [],
    written: false,
    notes: [note],
  };
}

/** At most this many records: every line of a CSV a row, every mapped entity a record (0 for .xlsx). */
function expectedRecords(req: ImportRequest, lineBreaks: number): number {
  if (isXlsx(req.file.name)) return 0;
  return Math.max(0, lineBreaks - req.spec.headerRow + 1) * req.spec.entities.length;
}

/** Streams a file from disk; the connection must not be shared with other callers meanwhile. */
export async function importTableFile(db: Db, req: ImportRequest): Promise<ImportReport> {
  requireImportTables(db);
  const { fingerprint, lineBreaks } = await scanFile(req.file, JSON.stringify(req.spec));
  const again = alreadyImported(db, req, fingerprint);
  if (again) return again;
  // A bigger page cache keeps the indexes being written in memory instead of
  // spilling them to the WAL over and over; it is a fixed cap, not per row.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -131072');
  // Foreign-key checks cost a third of the write time, and cannot fail here: the writer
  // refers only to the case it holds and to records it inserted or looked up in this
  // same transaction. (The pragma must be set outside a transaction to take effect.)
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.exec('BEGIN IMMEDIATE');
  try {
    const { caseId } = ensureCase(db, req.target, req.file.name);
    const deferIndexes = shouldDeferIndexes(db, expectedRecords(req, lineBreaks));
    let writer: CaseWriter | null = null;
    const sink = new MappingSink(req.spec, req.file.name, {
      skipInvalidRows: req.skipInvalidRows,
      onProgress: req.onProgress,
      signal: req.signal,
      onRow: (row) =>
        (writer ??= new CaseWriter(
          db,
          caseId,
          { file: req.file.name, sheet: sink.sheet },
          { deferIndexes },
        )).write(row),
    });
    await readInto(req, sink);
    if (req.signal?.aborted)
      throw new WorkbenchError('CANCELLED', 'The import was cancelled; nothing was written.');
    if (blocked(sink, req)) {
      db.exec('ROLLBACK');
      return report(0, req, sink, false, { recordsAdded: 0, linksAdded: 0, rowsAlreadyPresent: 0 }, [
        refusalNote(sink),
      ]);
    }
    writer ??= new CaseWriter(db, caseId, { file: req.file.name, sheet: null });
    const notes = completeImport(db, writer, caseId, req, sink, fingerprint);
    db.exec('COMMIT');
    return report(caseId, req, sink, true, writer.totals, notes);
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

/** Reads a file held in memory, then writes it in one synchronous transaction. */
export async function importTableBuffer(db: Db, req: ImportRequest): Promise<ImportReport> {
  requireImportTables(db);
  const { fingerprint } = await scanFile(req.file, JSON.stringify(req.spec));
  const again = alreadyImported(db, req, fingerprint);
  if (again) return again;
  const rows: MappedRow[] = [];
  const sink = new MappingSink(req.spec, req.file.name, {
    skipInvalidRows: req.skipInvalidRows,
    onRow: (r) => rows.push(r),
  });
  const meta = await readInto(req, sink);
  if (blocked(sink, req))
    return report(0, req, sink, false, { recordsAdded: 0, linksAdded: 0, rowsAlreadyPresent: 0 }, [
      refusalNote(sink),
    ]);
  return db.transaction(() => {
    const { caseId } = ensureCase(db, req.target, req.file.name);
    const writer = new CaseWriter(db, caseId, { file: req.file.name, sheet: meta?.sheet ?? null });
    for (const r of rows) writer.write(r);
    const notes = completeImport(db, writer, caseId, req, sink, fingerprint);
    return report(caseId, req, sink, true, writer.totals, notes);
  })();
}

export interface PreviewResult {
  meta: TableMeta | null;
  columns: string[];
  rows: string[][];
  totalRows: number;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  notes: string[];
  truncated: boolean;
}

/**
 * A preview maps this many rows at most (writing nothing), so the wizard shows their
 * problems before import; it reads no further, however big the file. The import checks all.
 */
export const PREVIEW_MAX_ROWS = 20_000;

/** Maps the first rows (writing nothing) so the wizard shows their problems before import. */
export async function previewTable(
  file: TableInput,
  spec: ParsedSpec,
  keepRows: number,
): Promise<PreviewResult> {
  const sink = new MappingSink(spec, file.name, {
    skipInvalidRows: true,
    keepRawRows: keepRows,
    rowLimit: PREVIEW_MAX_ROWS,
  });
  const req: ImportRequest = { file, spec, target: { number: '-' }, skipInvalidRows: true };
  const meta = await readInto(req, sink);
  return {
    meta,
    columns: sink.mapper.columns,
    rows: sink.rawRows,
    totalRows: sink.rowsRead,
    problems: sink.problems,
    warnings: sink.warnings,
    notes: unusedFieldNotes(spec),
    truncated: sink.rowsRead >= PREVIEW_MAX_ROWS,
  };
}
