// Says, over the chart, how much of the scope the budget left out and how to see it.
import { useScopeGraph } from '../casemap/scope-graph';
import { budgetMessage } from './budget';

export function BudgetBanner() {
  const graph = useScopeGraph().data;
  const message = graph ? budgetMessage(graph) : null;
  if (!message) return null;
  return (
    <div className="budget-banner" role="status" data-testid="budget-banner">
      {message}
    </div>
  );
}
