// Where the entities that callouts are attached to stand, read off the live chart.
import type { Core } from 'cytoscape';
import { nodeKey } from '../elements';
import type { Anchor } from './placement';

/**
 * An entity's centre in chart coordinates and the radius of its disc as drawn now (a measure
 * may size it), or undefined when it is not drawn now.
 */
export function drawnAt(cy: Core, entityId: number): Anchor | undefined {
  const n = cy.getElementById(nodeKey(entityId));
  return n.nonempty() && n.visible() ? { ...n.position(), r: n.width() / 2 } : undefined;
}

/** The drawn entities among `ids`, keyed by entity id. */
export function drawnPositions(cy: Core, ids: number[]): Map<number, Anchor> {
  const out = new Map<number, Anchor>();
  for (const id of ids) {
    const p = drawnAt(cy, id);
    if (p) out.set(id, p);
  }
  return out;
}
