// Key players and structure (analysis.structure) for the case scope, shared by every view that
// reads it (one query key, as useCall). Each fetch names its run, so the backend's progress
// events can be shown and a cancel (the Cancel button, or the query being dropped or replaced)
// stops the backend's worker too instead of leaving it measuring for nobody. The answer is a
// summary: the entities' measures are read a page, or a chart, at a time (use-key-players.ts).
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { StructureRunProgress, StructureSummary } from '../../../shared/contract/analysis-model';
import type { WorkbenchClient } from '../../../shared/contract/host';
import { useClient } from '../client/client-context';
import { callKey, scopeInput } from './queries';

let runs = 0;
/** The run each scope's fetch has going, for the progress bar and Cancel. */
const activeRuns = new Map<string, string>();
const scopeKey = (caseIds: number[] | null) => JSON.stringify(caseIds);

export function useStructure(
  caseIds: number[] | null,
  options: { enabled?: boolean } = {},
): UseQueryResult<StructureSummary> {
  const client = useClient();
  return useQuery({ ...structureQuery(client, caseIds), enabled: options.enabled ?? true });
}

/**
 * The query behind useStructure, for code outside a component (the briefing report): fetching
 * it joins a measure already going on, and its progress and Cancel are the same.
 */
export function structureQuery(client: WorkbenchClient, caseIds: number[] | null) {
  const input = scopeInput(caseIds);
  return {
    queryKey: callKey('analysis.structure', input),
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const runId = `structure-${Date.now().toString(36)}-${++runs}`;
      activeRuns.set(scopeKey(caseIds), runId);
      const cancel = () => void client.call('analysis.cancel', { runId }).catch(() => {});
      signal.addEventListener('abort', cancel);
      try {
        return await client.call('analysis.structure', { ...input, runId });
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    },
    staleTime: 30_000,
  };
}

/** The latest progress of this scope's running measure, or null while none is reported. */
export function useStructureProgress(
  caseIds: number[] | null,
  fetching: boolean,
): StructureRunProgress | null {
  const client = useClient();
  const [progress, setProgress] = useState<StructureRunProgress | null>(null);
  useEffect(() => {
    if (!fetching) return;
    const off = client.on('analysis.progress', (p) => {
      if (p.runId === activeRuns.get(scopeKey(caseIds))) setProgress(p);
    });
    return () => {
      off();
      setProgress(null);
    };
  }, [client, caseIds, fetching]);
  return fetching ? progress : null;
}

/** Stops this scope's measure: the query is cancelled, which cancels the backend's run. */
export function useCancelStructure(caseIds: number[] | null): () => void {
  const queryClient = useQueryClient();
  return () =>
    void queryClient.cancelQueries({ queryKey: callKey('analysis.structure', scopeInput(caseIds)) });
}
