// Where the entities that callouts are attached to stand, read off the live chart.
import type { Core } from 'cytoscape';
import { nodeKey } from '../elements';
import type { Point } from './placement';

/** An entity's centre in chart coordinates, or undefined when it is not drawn now. */
export function drawnAt(cy: Core, entityId: number): Point | undefined {
  const n = cy.getElementById(nodeKey(entityId));
  return n.nonempty() && n.visible() ? { ...n.position() } : undefined;
}

/** The drawn entities among `ids`, keyed by entity id. */
export function drawnPositions(cy: Core, ids: number[]): Map<number, Point> {
  const out = new Map<number, Point>();
  for (const id of ids) {
    const p = drawnAt(cy, id);
    if (p) out.set(id, p);
  }
  return out;
}
