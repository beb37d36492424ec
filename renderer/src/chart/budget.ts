// The chart's entity budget as the renderer asks for it. Every graph.get carries a limit,
// so no screen asks the backend for a whole workspace. `?budget=N` in the page address
// lowers it (demos and tests on small generated workspaces).
import { GRAPH_BUDGET, MAX_BUDGET } from '../../../shared/contract/budget';
import type { BudgetedGraph } from '../../../shared/contract/model';

function budgetFromAddress(): number {
  if (typeof window === 'undefined') return GRAPH_BUDGET;
  const asked = Number(new URLSearchParams(window.location.search).get('budget'));
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, MAX_BUDGET) : GRAPH_BUDGET;
}

const budget = budgetFromAddress();

/** The graph.get input for the chosen cases (all cases when null), with the budget. */
export function graphInput(caseIds: number[] | null): { caseIds?: number[]; limit: number } {
  return caseIds ? { caseIds, limit: budget } : { limit: budget };
}

const n = (x: number) => x.toLocaleString('en-US');

/** The banner over a cut chart, or null when everything in scope is drawn. */
export function budgetMessage(graph: BudgetedGraph): string | null {
  if (graph.omitted.entities <= 0) return null;
  return (
    `Showing the ${n(graph.nodes.length)} most connected of ${n(graph.totalEntities)} entities — ` +
    'pick cases in the list, search, or expand an entity (double-click) to see the rest.'
  );
}

/** The notice after an expansion that did not add every neighbour, or null. */
export function expansionMessage(graph: BudgetedGraph, label: string): string | null {
  if (graph.omitted.entities <= 0) return null;
  return (
    `Added the ${n(graph.nodes.length - 1)} most strongly linked of ${n(graph.totalEntities - 1)} ` +
    `neighbours of ${label}; pick its cases to see them all.`
  );
}
