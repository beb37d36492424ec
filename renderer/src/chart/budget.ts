// The chart's entity budgets as the renderer asks for them. Every graph.get and expansion
// carries a limit, so no screen asks the backend for a whole workspace. `?budget=N` and
// `?expand=N` in the page address lower them (demos and tests on small generated workspaces).
import { GRAPH_BUDGET, MAX_BUDGET, NEIGHBOUR_BUDGET } from '../../../shared/contract/budget';
import type { BudgetedGraph } from '../../../shared/contract/model';

function budgetFromAddress(name: string, fallback: number): number {
  if (typeof window === 'undefined') return fallback;
  const asked = Number(new URLSearchParams(window.location.search).get(name));
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, MAX_BUDGET) : fallback;
}

const budget = budgetFromAddress('budget', GRAPH_BUDGET);
const expandBudget = budgetFromAddress('expand', NEIGHBOUR_BUDGET);

/** The most entities the chart may hold: what its first answer was cut to (`?budget=N` or the default). */
export const chartBudget = () => budget;

/** The graph.neighbours input of an expansion, with its cap. */
export function neighbourInput(entityId: number): { entityId: number; limit: number } {
  return { entityId, limit: expandBudget };
}

/** The graph.get input for the chosen cases (all cases when null), with the budget. */
export function graphInput(caseIds: number[] | null): { caseIds?: number[]; limit: number } {
  return caseIds ? { caseIds, limit: budget } : { limit: budget };
}

const n = (x: number) => x.toLocaleString('en-US');

/** The banner over a cut chart, or null when everything in scope is drawn. */
export function budgetMessage(graph: BudgetedGraph): string | null {
  if (graph.omitted.entities <= 0) return null;
  return (
    `Showing the ${n(graph.nodes.length)} most connected of ${n(graph.totalEntities)} entities, as many as ` +
    'a chart holds — pick cases in the list to see the rest, or hide entities (H) to make room to expand.'
  );
}
