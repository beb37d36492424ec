// The entity chart's base graph: the chosen cases (graph.get), or one connection opened
// from the case map (its shared entities and their neighbours). One hook, so the chart's
// loader and its budget banner read the same answer.
import type { UseQueryResult } from '@tanstack/react-query';
import type { BudgetedGraph } from '../../../shared/contract/model';
import { graphInput } from '../chart/budget';
import { useCall } from '../data/queries';
import { useUi } from '../state/ui-store';

/** enabled: false while a reopened saved chart draws its own entities instead. */
export function useScopeGraph(enabled = true): UseQueryResult<BudgetedGraph> {
  const caseIds = useUi((s) => s.caseIds);
  const connection = useUi((s) => s.connection);
  const { limit } = graphInput(caseIds);
  const cases = useCall('graph.get', graphInput(caseIds), { enabled: enabled && !connection });
  const shared = useCall(
    'casemap.connectionGraph',
    { caseA: connection?.caseA ?? 1, caseB: connection?.caseB ?? 2, limit },
    { enabled: enabled && !!connection },
  );
  return connection ? shared : cases;
}
