// Which failed reads become a notice. A view that asked for an entity or link merged away
// since (after a merge or a split) says so itself; a raw "NOT_FOUND: No entity with id 12."
// banner on top of that would only alarm the analyst.
import { CallFailed } from '../client/call-failed';

export interface QueryMeta {
  /** The component shows its own message when the thing asked for no longer exists. */
  quietNotFound?: boolean;
}

export function shouldReport(err: unknown, meta: QueryMeta | undefined): boolean {
  return !(meta?.quietNotFound && err instanceof CallFailed && err.code === 'NOT_FOUND');
}

/** True when a read failed because the entity or link is gone (merged into another, or split). */
export const isGone = (err: unknown): boolean => err instanceof CallFailed && err.code === 'NOT_FOUND';
