// The runs of each open workspace that work in threads of their own (key players, the
// trafficking indicators, matching, table imports). Closing or switching the workspace ends
// them all, so none keeps working, or reporting, for a workspace that is gone.
import type { HandlerContext } from '../api/context';

/** Ends a run; settles once its thread has exited. */
type End = () => Promise<void>;
const runsOf = new WeakMap<HandlerContext, Set<End>>();

/** Ends this run with its workspace; returns what forgets it once it has ended by itself. */
export function endsWithWorkspace(ctx: HandlerContext, end: End): () => void {
  const runs = runsOf.get(ctx) ?? new Set<End>();
  runsOf.set(ctx, runs);
  runs.add(end);
  return () => runs.delete(end);
}

/**
 * Ends every thread run of this workspace (it is being closed or switched for another): each
 * answers CANCELLED and its thread is ended (a writing one first undoes what it wrote).
 * Settles, with how many were going on, once every one of their threads has exited.
 */
export async function endWorkspaceRuns(ctx: HandlerContext): Promise<number> {
  const runs = [...(runsOf.get(ctx) ?? [])];
  await Promise.all(runs.map((end) => end()));
  return runs.length;
}
