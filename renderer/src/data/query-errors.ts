// Which failed reads become a notice. An entity or link shown a moment ago and merged away
// since (after a merge or a split) is explained by the view showing it; a raw
// "NOT_FOUND: No entity with id 12." banner on top of that would only alarm the analyst.
// A first read that fails is still reported: nothing explains it.
import { CallFailed } from '../client/call-failed';

export interface QueryMeta {
  /** The component shows its own message when the thing asked for no longer exists. */
  quietNotFound?: boolean;
}

export function shouldReport(err: unknown, meta: QueryMeta | undefined, hadData: boolean): boolean {
  return !(meta?.quietNotFound && hadData && isGone(err, true));
}

/** True when a thing read before is gone now (merged into another, or split): NOT_FOUND on a re-read. */
export const isGone = (err: unknown, hadData: boolean): boolean =>
  hadData && err instanceof CallFailed && err.code === 'NOT_FOUND';
