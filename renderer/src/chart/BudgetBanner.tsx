// Says, over the chart, how much of the scope the budget left out and how to see it; over a
// reopened saved chart (which draws its own entities, not the scope's), only whether it holds
// more than the budget, so has no room for more.
import { useScopeGraph } from '../casemap/scope-graph';
import { useChartActions } from '../state/chart-actions-store';
import { useUi } from '../state/ui-store';
import { budgetMessage, chartBudget } from './budget';
import { overBudgetMessage, roomOf } from './room';

export function BudgetBanner() {
  const graph = useScopeGraph().data;
  const base = useUi((s) => s.chartBase);
  const hidden = useChartActions((s) => s.hidden);
  const message = base
    ? overBudgetMessage(roomOf(chartBudget(), base.entityIds, hidden))
    : graph
      ? budgetMessage(graph)
      : null;
  if (!message) return null;
  return (
    <div className="budget-banner" role="status" data-testid="budget-banner">
      {message}
    </div>
  );
}
