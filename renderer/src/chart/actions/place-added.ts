// "Add entity…" from the chart's background menu puts the new entity where the analyst
// right-clicked. The entity id is known only once the workspace answers, and the chart's
// data may be refreshed before that answer arrives (the workspace.changed event), so the
// place is registered before the call with the entities already drawn: the first entity to
// appear that was not among them (or the one the answer names) goes to that place.
import type { MenuPoint } from './targets';

export interface AddedEntity {
  entityId: number;
  /** Model coordinates (where the right-click was, whatever the zoom and pan). */
  at: MenuPoint;
}

interface Pending {
  at: MenuPoint;
  known: Set<number>;
  /** Set once the workspace has answered with the new entity's id. */
  entityId: number | null;
}

let pending: Pending | null = null;

/** Registers where the next entity added to the chart goes; `drawn` are the entities on it now. */
export function expectEntityAt(at: MenuPoint, drawn: Iterable<number>): void {
  pending = { at: { x: at.x, y: at.y }, known: new Set(drawn), entityId: null };
}

/** The workspace answered: the added entity's id, or null when nothing was added (the place is dropped). */
export function entityAdded(entityId: number | null): void {
  if (!pending) return;
  if (entityId === null) pending = null;
  else pending.entityId = entityId;
}

/**
 * The added entity and its place when the chart's new data holds it (the place is then used
 * up); null while it has not arrived, or when no entity is expected.
 */
export function takeAddedEntity(entityIds: readonly number[]): AddedEntity | null {
  if (!pending) return null;
  const { at, known, entityId } = pending;
  // Before the answer: the newest entity not drawn before (ids only grow).
  const newest = entityIds.reduce<number | null>(
    (best, id) => (known.has(id) || (best !== null && best > id) ? best : id),
    null,
  );
  const found = entityId ?? newest;
  if (found === null || !entityIds.includes(found)) return null;
  pending = null;
  return { entityId: found, at };
}

/** Whether an entity is waiting for its place (for tests and the dialog's cancel). */
export function waitingForEntity(): boolean {
  return pending !== null;
}
