// Messages between the job registry and a table-import worker thread.
import type { ImportReport } from '../../shared/contract/exchange-model';
import type { TargetCase } from '../import/after-import';

export interface ImportWorkerInput {
  /** The workspace file; the worker opens a connection of its own. */
  path: string;
  nativeBinding?: string;
  /** The uploaded table, written to a temporary file; read as a stream. */
  filePath: string;
  /** The file name as the analyst knows it (provenance, problems, .xlsx detection). */
  fileName: string;
  /** The spec as the caller gave it (object or saved name); resolved again in the worker. */
  spec: unknown;
  target: TargetCase;
  skipInvalidRows: boolean;
}

/** From the registry: stop reading; the transaction is rolled back. */
export interface ImportWorkerCancel {
  kind: 'cancel';
}

export type ImportWorkerMessage =
  | { kind: 'progress'; rowsRead: number }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };
