// The chart as a whole stays within its budget (the one its first answer was cut to): an
// expansion or a searched entity adds at most the room left, and the analyst is told, in
// counts, what was added, what was left out and how to make room. Pure, so it is unit-tested.
import { MAX_BUDGET } from '../../../shared/contract/budget';
import type { BudgetedGraph } from '../../../shared/contract/model';
import { count as n, plural } from '../app/counts';

/** How full the chart is: hidden entities are still in its data but neither drawn nor counted. */
export interface Room {
  budget: number;
  /** Entities on the chart that count against the budget. */
  drawn: number;
  /** Entities in the chart's data, the hidden ones too. */
  held: number;
  /** Entities that may still be added (0 when the chart is full or over its budget). */
  left: number;
}

/**
 * Hidden entities make room, but never past the most any chart may hold (`most`): "Show all
 * hidden" draws them all again, so the chart's data stays within what can be drawn.
 */
export function roomOf(
  budget: number,
  onChart: readonly number[],
  hidden: readonly number[],
  most = MAX_BUDGET,
): Room {
  const hiddenIds = new Set(hidden);
  const drawn = onChart.filter((id) => !hiddenIds.has(id)).length;
  const held = onChart.length;
  return { budget, drawn, held, left: Math.max(0, Math.min(budget - drawn, most - held)) };
}

/**
 * The `graph.neighbours` limit: the expansion cap or the room left, whichever is smaller.
 * `self` is 1 when the entity itself is not on the chart yet (a searched entity) and so takes
 * a place too. Never negative: 0 asks for the entity with only its neighbours already drawn.
 */
export function neighbourLimit(cap: number, room: Room, self: 0 | 1 = 0): number {
  return Math.max(0, Math.min(cap, room.left - self));
}

/** What one `graph.neighbours` answer did to the chart, in the counts the analyst reads. */
export interface ExpansionCounts {
  label: string;
  /** All the entity's neighbours (of the chosen link types) in the workspace. */
  neighbours: number;
  /** Neighbours that were on the chart already (their links are added, they take no room). */
  alreadyDrawn: number;
  /** Neighbours the expansion put on the chart. */
  added: number;
  /** Neighbours neither on the chart nor added. */
  leftOut: number;
  /** Whether the room left, not the expansion cap, is what held the expansion back. */
  byRoom: boolean;
  budget: number;
}

export function expansionOf(
  data: BudgetedGraph,
  entityId: number,
  onChart: readonly number[],
  cut: { label: string; byRoom: boolean; budget: number },
): ExpansionCounts {
  const drawn = new Set(onChart);
  const others = data.nodes.filter((n) => n.id !== entityId);
  const alreadyDrawn = others.filter((n) => drawn.has(n.id)).length;
  return {
    ...cut,
    neighbours: data.totalEntities - 1,
    alreadyDrawn,
    added: others.length - alreadyDrawn,
    leftOut: data.omitted.entities,
  };
}

export const MAKE_ROOM = 'To make room, hide entities (select them, then H) or pick fewer cases.';

/** The notice after an expansion that left neighbours out, or null when it added them all. */
export function expansionNotice(e: ExpansionCounts): string | null {
  if (e.leftOut <= 0) return null;
  const already = e.alreadyDrawn > 0 ? ` (${n(e.alreadyDrawn)} already on the chart)` : '';
  const of = `of ${plural(e.neighbours, 'neighbour', 'neighbours')} of ${e.label}${already}`;
  if (!e.byRoom) return `Added the ${n(e.added)} most strongly linked ${of}; pick its cases to see them all.`;
  const added = e.added > 0 ? `Added the ${n(e.added)} most strongly linked ${of}` : `Added none ${of}`;
  return (
    `${added}: the chart holds at most ${plural(e.budget, 'entity', 'entities')}, so ` +
    `${n(e.leftOut)} ${e.leftOut === 1 ? 'was' : 'were'} left out. ${MAKE_ROOM}`
  );
}

/** The notice when the chart has no room at all, so nothing was asked for. */
export function noRoomNotice(room: Room, what: string): string {
  if (room.drawn < room.budget)
    return (
      `With its hidden entities this chart holds ${n(room.held)}, the most a chart may hold, so ${what}. ` +
      'To make room, pick fewer cases.'
    );
  const full =
    room.drawn > room.budget
      ? `This chart holds ${n(room.drawn)} entities, more than its budget of ${n(room.budget)}`
      : `The chart is full: it holds at most ${plural(room.budget, 'entity', 'entities')}`;
  return `${full}, so ${what}. ${MAKE_ROOM}`;
}

/** The warning before an expansion that cannot add every neighbour off the chart. */
export function expandWarningText(w: {
  neighbours: number;
  onChart: number;
  cap: number;
  byRoom: boolean;
  budget: number;
  byLinkType: boolean;
}): string {
  const kind = w.byLinkType ? ' of the chosen link type' : '';
  const already = w.onChart > 0 ? `, ${n(w.onChart)} of them already on the chart` : '';
  const has = `has ${plural(w.neighbours, 'neighbour', 'neighbours')}${kind}${already}.`;
  if (!w.byRoom)
    return `${has} Only the ${n(w.cap)} most strongly linked will be added, so the chart stays readable.`;
  return (
    `${has} The chart holds at most ${plural(w.budget, 'entity', 'entities')} and has room for ` +
    `${n(w.cap)} more: only the ${n(w.cap)} most strongly linked will be added. ${MAKE_ROOM}`
  );
}

/**
 * Said over a saved chart that holds more entities than the budget (saved under a larger one).
 * It opens whole, as saved: cutting it would drop part of the analyst's own work, and
 * `graph.entities` still stops at the most any chart may hold. Nothing can be added to it
 * until some entities are hidden. Null when the chart is within its budget.
 */
export function overBudgetMessage(room: Room): string | null {
  if (room.drawn <= room.budget) return null;
  return (
    `This saved chart holds ${n(room.drawn)} entities, more than the ${n(room.budget)} a chart is given: ` +
    'it opens whole, as saved, but nothing can be added to it until some are hidden (select them, then H).'
  );
}
