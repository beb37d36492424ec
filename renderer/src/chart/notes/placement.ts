// Where a note stands on the chart, in chart (model) coordinates: one answer for the live
// chart and the exports, so a note sits in a picture exactly where the analyst put it.
import type { ChartAnnotation } from '../../../../shared/contract/chart-model';

export interface Point {
  x: number;
  y: number;
}

/** Where an entity is drawn: its centre and, when known, its drawn radius (a leader stops there). */
export interface Anchor extends Point {
  r?: number;
}

/** Where a note is drawn: its box's top-left corner and, for a callout, its entity. */
export interface NotePlace {
  x: number;
  y: number;
  to?: Anchor;
}

/** A new callout's corner, from its entity's centre: above and to the right, clear of the icon. */
export const CALLOUT_OFFSET: Point = { x: 36, y: -64 };

/**
 * A free note stands at its `at`; a callout at its offset from its entity, with a leader line
 * to it. A callout whose entity is not drawn (hidden, inside a collapsed group, off the chart)
 * is not drawn either: `anchor` is undefined then.
 */
export function notePlace(note: ChartAnnotation, anchor: Anchor | undefined): NotePlace | null {
  if (note.entityId === undefined) return { x: note.at.x, y: note.at.y };
  if (!anchor) return null;
  return { x: anchor.x + note.at.x, y: anchor.y + note.at.y, to: { ...anchor } };
}

/** A note's `at` after a drag of `by` screen pixels at a zoom (free or callout alike). */
export function draggedAt(at: Point, by: Point, zoom: number): Point {
  return { x: at.x + by.x / zoom, y: at.y + by.y / zoom };
}

/** A drag shorter than this (screen pixels) is a click, not a move. */
export const DRAG_THRESHOLD = 3;

export const movedEnough = (by: Point) => Math.hypot(by.x, by.y) >= DRAG_THRESHOLD;
