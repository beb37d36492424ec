// The one result shape every call returns, on both hosts.

export const ERROR_CODES = [
  'UNKNOWN_CALL',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_FILE',
  'CANCELLED',
  'FORBIDDEN',
  /** The workspace is being written by a background import or another process. */
  'BUSY',
  /** The workspace file was opened read-only (no write permission); nothing can be saved. */
  'READ_ONLY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CallError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Thrown inside handlers to return a coded error instead of INTERNAL. */
export class WorkbenchError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'WorkbenchError';
  }
}
