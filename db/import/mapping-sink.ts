// The row pipeline shared by every import path (CLI stream, UI buffer, preview):
// takes raw rows from a table reader, maps them with the specification, collects
// problems and passes valid rows on. Once a row is invalid and invalid rows are not
// to be skipped, valid rows are no longer passed on (nothing will be written) but
// every row is still checked, so the report lists all problems at once.
import type { ImportProblem } from '../../shared/contract/exchange-model';
import type { TableSink } from './read-table';
import { RowMapper, type MappedRow } from './row-mapper';
import type { ParsedSpec } from './spec';

const MAX_REPORTED_PROBLEMS = 500;

export interface SinkOptions {
  skipInvalidRows: boolean;
  /** Stop after this many data rows (preview). */
  rowLimit?: number;
  /** Keep the raw cells of the first rows (preview). */
  keepRawRows?: number;
  onRow?: (row: MappedRow) => void;
  onProgress?: (rowsRead: number) => void;
  signal?: AbortSignal;
}

export class MappingSink implements TableSink {
  readonly mapper: RowMapper;
  readonly problems: ImportProblem[] = [];
  problemCount = 0;
  /** Cells left out of rows that still import (impossible dates). */
  readonly warnings: ImportProblem[] = [];
  warningCount = 0;
  fatal = false;
  rowsRead = 0;
  rowsInvalid = 0;
  readonly rawRows: string[][] = [];
  /** Worksheet being read (.xlsx), for the records' provenance. */
  sheet: string | null = null;
  private headerSeen = false;

  constructor(
    private readonly spec: ParsedSpec,
    private readonly file: string,
    private readonly options: SinkOptions,
  ) {
    this.mapper = new RowMapper(spec, file);
  }

  /** True while valid rows are still to be written. */
  get writing(): boolean {
    return !this.fatal && (this.options.skipInvalidRows || this.rowsInvalid === 0);
  }

  done(): boolean {
    if (this.options.signal?.aborted) return true;
    // A preview still shows the first rows of a file whose header lacks mapped columns.
    if (this.fatal) return !(this.headerSeen && this.rawRows.length < (this.options.keepRawRows ?? 0));
    return this.options.rowLimit !== undefined && this.rowsRead >= this.options.rowLimit;
  }

  startSheet(name: string): void {
    this.sheet = name;
  }

  row(cells: string[], rowNumber: number, parseError?: string): void {
    if (rowNumber < this.spec.headerRow) return;
    if (!this.headerSeen) return this.header(cells, rowNumber);
    if (this.fatal) {
      if (cells.some((c) => c.trim() !== '')) this.rawRows.push(cells);
      return;
    }
    const result = this.mapper.map(cells, rowNumber, parseError);
    if (result.kind === 'blank') return;
    this.rowsRead++;
    if (this.options.keepRawRows && this.rawRows.length < this.options.keepRawRows) this.rawRows.push(cells);
    if (this.options.onProgress && this.rowsRead % 10_000 === 0) this.options.onProgress(this.rowsRead);
    if (result.kind === 'invalid') {
      this.rowsInvalid++;
      result.problems.forEach((p) => this.report(p));
      return;
    }
    for (const w of result.warnings) {
      this.warningCount++;
      if (this.warnings.length < MAX_REPORTED_PROBLEMS) this.warnings.push(w);
    }
    if (this.writing) this.options.onRow?.(result.row);
  }

  private header(cells: string[], rowNumber: number): void {
    this.headerSeen = true;
    const problems = this.mapper.setHeader(cells, rowNumber);
    problems.forEach((p) => this.report(p));
    if (problems.length) this.fatal = true;
  }

  /** A problem with the whole file (encoding, unreadable workbook, no header). */
  fileProblem(message: string): void {
    this.fatal = true;
    this.report({ file: this.file, row: null, column: null, message });
  }

  finish(): void {
    if (!this.headerSeen && !this.fatal)
      this.fileProblem(`the file has no header row (row ${this.spec.headerRow}) and no data`);
    if (this.problemCount > this.problems.length)
      this.problems.push({
        file: this.file,
        row: null,
        column: null,
        message: `… and ${this.problemCount - this.problems.length} more problems not listed`,
      });
    if (this.warningCount > this.warnings.length)
      this.warnings.push({
        file: this.file,
        row: null,
        column: null,
        message: `… and ${this.warningCount - this.warnings.length} more cells left out, not listed`,
      });
  }

  private report(p: ImportProblem): void {
    this.problemCount++;
    if (this.problems.length < MAX_REPORTED_PROBLEMS) this.problems.push(p);
  }
}
