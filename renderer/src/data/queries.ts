// Server data through TanStack Query: one key per call and input, so a mutation (or a
// workspace.changed push) invalidates exactly what it changes.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract/calls';
import { useClient } from '../client/client-context';
import type { QueryMeta } from './query-errors';

export const callKey = <N extends CallName>(name: N, input: CallInput<N>) => ['call', name, input] as const;

export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N>,
  options: { enabled?: boolean } & QueryMeta = {},
): UseQueryResult<CallOutput<N>> {
  const client = useClient();
  return useQuery({
    queryKey: callKey(name, input),
    queryFn: () => client.call(name, input),
    enabled: options.enabled ?? true,
    meta: { quietNotFound: options.quietNotFound },
    staleTime: 30_000,
  });
}

/** The case scope as the contract wants it: undefined = whole workspace. */
export function scopeInput(caseIds: number[] | null): { caseIds?: number[] } {
  return caseIds ? { caseIds } : {};
}
