// Server data through TanStack Query: one key per call and input, so a workspace.changed
// push refreshes exactly the queries that read what it changed.
import { keepPreviousData, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import type { ChangeKind } from '../../../shared/contract/events';
import { useClient } from '../client/client-context';
import type { QueryMeta } from './query-errors';

export const callKey = <N extends CallName>(name: N, input: CallInput<N>) => ['call', name, input] as const;

export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N>,
  options: { enabled?: boolean; keepPrevious?: boolean } & QueryMeta = {},
): UseQueryResult<CallOutput<N>> {
  const client = useClient();
  return useQuery({
    queryKey: callKey(name, input),
    queryFn: () => client.call(name, input),
    enabled: options.enabled ?? true,
    meta: { quietNotFound: options.quietNotFound },
    staleTime: 30_000,
    // A longer page keeps the shorter one on screen while it loads.
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/** The case scope as the contract wants it: undefined = whole workspace. */
export function scopeInput(caseIds: number[] | null): { caseIds?: number[] } {
  return caseIds ? { caseIds } : {};
}

const CHART: readonly ChangeKind[] = ['cases', 'records', 'entities'];
/**
 * What each read depends on. Records carry their entity, so anything showing records or
 * entities reads both; a read not listed here is refreshed by every change.
 */
const READS: Partial<Record<CallName, readonly ChangeKind[]>> = {
  'workspace.info': CHART,
  'cases.list': CHART,
  'records.list': ['records', 'entities'],
  'graph.get': CHART,
  'graph.neighbours': ['records', 'entities'],
  'entities.linkCounts': ['records', 'entities'],
  'connections.list': CHART,
  'entities.get': ['records', 'entities'],
  'links.get': ['records', 'entities'],
  'search.entities': ['records', 'entities'],
  'matching.settings.get': ['settings'],
  // Which file is open changes only by reloading the page.
  'training.status': [],
  // Candidates name their records' entities and cases; the review threshold filters them.
  'candidates.list': ['cases', 'records', 'entities', 'matches', 'settings'],
  // The audit log records decisions, automatic merges and splits (all announce 'matches'),
  // and case management and analyst-entered facts (which announce 'audit').
  'audit.list': ['matches', 'audit'],
  'importSpecs.list': ['settings'],
  'import.preview': ['settings'],
  // Saved charts: the list and documents change only by the charts calls; a saved chart's
  // entities change like the chart's.
  'charts.list': ['charts'],
  'charts.get': ['charts'],
  'charts.session.get': ['charts'],
  'graph.entities': CHART,
  'casemap.get': CHART,
  'casemap.connection': CHART,
  'casemap.connectionGraph': CHART,
  // A kept measuring never changes: a change re-measures (analysis.structure), which names another.
  'analysis.keyPlayers': [],
};

/** Whether a cached answer of this call is stale after a change of these kinds. */
export function readsChanged(name: string, changes: readonly ChangeKind[]): boolean {
  const reads = READS[name as CallName];
  // Saved charts are read by the charts calls alone: an autosave refreshes nothing else.
  if (!reads) return changes.some((kind) => kind !== 'charts');
  return reads.some((kind) => changes.includes(kind));
}

/** Refreshes the queries that read what changed (the shown ones now, the others when next shown). */
export function refreshAfter(queryClient: QueryClient, changes: readonly ChangeKind[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey }) =>
      queryKey[0] === 'call' && typeof queryKey[1] === 'string' && readsChanged(queryKey[1], changes),
  });
}
