// The row pipeline shared by every import path (CLI stream, UI buffer, preview):
// takes raw rows from a table reader, maps them with the specification, collects
// problems and passes valid rows on. Once a row is invalid and invalid rows are not
// to be skipped, valid rows are no longer passed on (nothing will be written) but
// every row is still checked, so the report lists all problems at once.
import type { ImportProblem } from '../../shared/contract/exchange-model';
import type { TableSink } from './read-table';
import { RepeatedRows } from './repeated-rows';
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
  /** Cells left out of rows that still import (impossible dates), rows repeated cell for cell. */
  readonly warnings: ImportProblem[] = [];
  warningCount = 0;
  fatal = false;
  rowsRead = 0;
  rowsInvalid = 0;
  readonly rawRows: string[][] = [];
  /** Worksheet being read (.xlsx), for the records' provenance. */
  sheet: string | null = null;
  private headerSeen = false;
  private readonly repeats = new RepeatedRows();

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
    if (!this.firstClaim(result.row, cells)) return;
    result.warnings.forEach((w) => this.warn(w));
    if (this.writing) this.options.onRow?.(result.row);
  }

  /**
   * False when an earlier row of the file has this row's id and other cells: the row is
   * invalid, so neither row silently replaces the other. A row repeating an earlier one
   * cell for cell is passed on (the writer finds it already present) with a warning.
   */
  private firstClaim(row: MappedRow, cells: string[]): boolean {
    const repeat = this.repeats.check(row.id, cells, row.row);
    if (repeat.kind === 'first') return true;
    const col = this.spec.externalIdColumn ?? null;
    const named = col ? ` ${col} "${row.id}"` : '';
    if (repeat.kind === 'identical') {
      this.warn(
        this.mapper.problem(
          row.row,
          col,
          `DUPLICATE_ROW: row ${row.row} repeats row ${repeat.firstRow}${named} cell for cell; it is imported once`,
        ),
      );
      return true;
    }
    this.rowsInvalid++;
    this.report(
      this.mapper.problem(
        row.row,
        col,
        `DUPLICATE_EXTERNAL_ID: rows ${repeat.firstRow} and ${row.row} both have${named} but other cells differ; one id names one source record, so row ${row.row} cannot be imported under it. Give one of them its own id, or map a column unique to each row as the external id`,
      ),
    );
    return false;
  }

  private warn(w: ImportProblem): void {
    this.warningCount++;
    if (this.warnings.length < MAX_REPORTED_PROBLEMS) this.warnings.push(w);
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
        message: `… and ${this.warningCount - this.warnings.length} more warnings not listed`,
      });
  }

  private report(p: ImportProblem): void {
    this.problemCount++;
    if (this.problems.length < MAX_REPORTED_PROBLEMS) this.problems.push(p);
  }
}
