// Tells the analyst when an expansion added only the most strongly linked neighbours.
import type { BudgetedGraph } from '../../../shared/contract/model';
import { reportInfo } from '../state/notices';
import { expansionMessage } from './budget';

export function noticeIfCapped(data: BudgetedGraph, entityId: number): void {
  const label = data.nodes.find((n) => n.id === entityId)?.label ?? 'this entity';
  const message = expansionMessage(data, label);
  if (message) reportInfo(message);
}
