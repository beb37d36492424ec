// A failed call as a thrown error that keeps the contract's code and details, so the
// UI can show the code and message the backend gave.
import type { CallError, ErrorCode, Result } from '../../../shared/contract/result';

export class CallFailed extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(
    readonly call: string,
    error: CallError,
  ) {
    super(error.message);
    this.name = 'CallFailed';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Returns the value of a Result or throws CallFailed; anything not shaped like a Result is an error too. */
export function unwrap<T>(call: string, result: unknown): T {
  if (!isResult(result)) {
    throw new CallFailed(call, {
      code: 'INTERNAL',
      message: `${call}: the host sent an answer that is not a result.`,
    });
  }
  if (result.ok) return result.value as T;
  throw new CallFailed(call, result.error);
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}

/** A short text for a banner: "NOT_FOUND: Entity 12 does not exist." */
export function describeError(err: unknown): string {
  if (err instanceof CallFailed) return `${err.code}: ${err.message}`;
  if (err instanceof Error) return err.message;
  return String(err);
}
