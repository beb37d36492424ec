// What the analyst reads when a chart or an expansion was cut to its budget.
import { describe, expect, it } from 'vitest';
import { budgetMessage, graphInput, neighbourInput } from '../../../renderer/src/chart/budget';
import { GRAPH_BUDGET, NEIGHBOUR_BUDGET } from '../../../shared/contract/budget';
import type { BudgetedGraph } from '../../../shared/contract/model';
import { node } from './fixtures';

/** A person of case 1. */
const person = (id: number) => node(id, 'person', `Person ${id}`, [1]);
const graph = (kept: number, total: number): BudgetedGraph => ({
  nodes: Array.from({ length: kept }, (_, i) => person(i + 1)),
  links: [],
  budget: kept,
  totalEntities: total,
  omitted: { entities: total - kept, links: 0 },
});

describe('budget messages', () => {
  it('names how many entities are shown of how many, and how to see the rest', () => {
    expect(budgetMessage(graph(1500, 72_823))).toBe(
      'Showing the 1,500 most connected of 72,823 entities, as many as a chart holds — pick cases in the ' +
        'list to see the rest, or hide entities (H) to make room to expand.',
    );
    expect(budgetMessage(graph(12, 12))).toBeNull();
  });

  it('always asks with a budget', () => {
    expect(graphInput(null)).toEqual({ limit: GRAPH_BUDGET });
    expect(graphInput([3])).toEqual({ caseIds: [3], limit: GRAPH_BUDGET });
    expect(neighbourInput(7)).toEqual({ entityId: 7, limit: NEIGHBOUR_BUDGET });
  });
});
