// Shapes of import and exchange data (issue 4). Owned by the import/exchange module.

export interface ImportProblem {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** A named mapping of table columns to entities, fields and links (shared as JSON). */
export interface ImportSpec {
  name: string;
  [key: string]: unknown;
}

export interface ImportPreview {
  file: string;
  encoding: string;
  delimiter: string | null;
  columns: string[];
  rows: string[][];
  totalRows: number;
  problems: ImportProblem[];
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
