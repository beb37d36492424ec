// Tells the analyst when an expansion (or a searched entity added with its neighbours) left
// neighbours out: held back by the expansion cap or by the room left on the chart.
import type { BudgetedGraph } from '../../../shared/contract/model';
import { reportInfo } from '../state/notices';
import { expansionNotice, expansionOf } from './room';
import type { NeighbourAsk } from './room-state';

export function noticeIfCapped(data: BudgetedGraph, ask: NeighbourAsk): void {
  const { entityId, onChart } = ask.input;
  const label = data.nodes.find((n) => n.id === entityId)?.label ?? 'this entity';
  const counts = expansionOf(data, entityId, onChart, { label, byRoom: ask.byRoom, budget: ask.room.budget });
  const message = expansionNotice(counts);
  if (message) reportInfo(message);
}
