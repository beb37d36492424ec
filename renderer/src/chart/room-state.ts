// The chart's entities as last put together from its data (GraphSync publishes them: the
// scope's or the saved chart's, with the expansions), and the room they leave. Every path
// that adds entities (an expansion, a searched entity) asks within it; an undo that takes an
// expansion off gives its room back, since the room is counted from the chart's data.
import type { LinkType } from '../../../shared/domain/link-types';
import { useChartActions } from '../state/chart-actions-store';
import { chartBudget } from './budget';
import { neighbourLimit, roomOf, type Room } from './room';

let onChart: readonly number[] = [];

export function setChartEntities(ids: readonly number[]): void {
  onChart = ids;
}

export function currentRoom(): Room {
  return roomOf(chartBudget(), onChart, useChartActions.getState().hidden);
}

/** A `graph.neighbours` request that fits the room, and what cut it; null when there is no room. */
export interface NeighbourAsk {
  input: { entityId: number; limit: number; onChart: number[]; linkTypes?: LinkType[] };
  room: Room;
  /** Whether the room (not the cap) sets the limit. */
  byRoom: boolean;
}

/** `self` is 1 when the entity is not on the chart yet and so takes a place too. */
export function askNeighbours(
  entityId: number,
  cap: number,
  opts: { self?: 0 | 1; linkTypes?: LinkType[] } = {},
): NeighbourAsk | null {
  const room = currentRoom();
  const self = opts.self ?? 0;
  if (room.left === 0) return null;
  const limit = neighbourLimit(cap, room, self);
  return {
    input: {
      entityId,
      limit,
      onChart: [...onChart],
      ...(opts.linkTypes ? { linkTypes: opts.linkTypes } : {}),
    },
    room,
    byRoom: room.left - self < cap,
  };
}
