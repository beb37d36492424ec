// Shapes of import and exchange data (issue 4). Owned by the import/exchange module.
import type { ParsedSpec } from './import-spec';

export interface ImportProblem {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** A named mapping of table columns to entities, fields and links (shared as JSON). */
export type ImportSpec = ParsedSpec;

export interface ImportPreview {
  file: string;
  encoding: string;
  delimiter: string | null;
  columns: string[];
  rows: string[][];
  totalRows: number;
  problems: ImportProblem[];
  /** Cells that will be left out of rows that still import (an impossible date). */
  warnings: ImportProblem[];
  /** What the analyst should know about the mapping (columns stored but not used for matching). */
  notes: string[];
  /** The preview stopped after its row limit; totalRows counts only the rows it read. */
  truncated?: boolean;
}

export interface ImportReport {
  caseId: number;
  caseNumber: string;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  /** Rows whose records and links were all in the case already (re-import). */
  rowsAlreadyPresent: number;
  recordsAdded: number;
  linksAdded: number;
  problems: ImportProblem[];
  /** Cells left out of rows that were imported (an impossible date), by row and column. */
  warnings: ImportProblem[];
  written: boolean;
  /** What else happened: linking, matching, an earlier import of the same file. */
  notes: string[];
}

export interface ExchangeFile {
  name: string;
  mime: string;
  encoding: 'base64' | 'utf8';
  data: string;
}

export interface PackageImportReport {
  caseNumbers: string[];
  recordsAdded: number;
  linksAdded: number;
  problems: ImportProblem[];
  written: boolean;
  /** What else happened: connections made to cases already here, decisions kept. */
  notes: string[];
}
