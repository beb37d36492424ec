// Says, over the chart, how much of the scope the budget left out and how to see it.
import { useCall } from '../data/queries';
import { useUi } from '../state/ui-store';
import { budgetMessage, graphInput } from './budget';

export function BudgetBanner() {
  const caseIds = useUi((s) => s.caseIds);
  const graph = useCall('graph.get', graphInput(caseIds)).data;
  const message = graph ? budgetMessage(graph) : null;
  if (!message) return null;
  return (
    <div className="budget-banner" role="status" data-testid="budget-banner">
      {message}
    </div>
  );
}
