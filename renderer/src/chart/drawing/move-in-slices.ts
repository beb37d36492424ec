// Moves a big chart's entities to a layout's result a slice per frame, the way
// progressive.ts adds them. Moving all 5,000 entities of a chart in one batch made one frame
// of about 700 ms (every entity's bounding box, every link's geometry and the layer textures
// redone at once); a slice sized to a frame budget spreads that, shows progress, and stops
// as soon as the analyst cancels or opens something else.
import type { Core, NodeSingular } from 'cytoscape';
import type { Positions } from '../layout-compute';
import { inSlices, type InSlicesOptions } from './in-slices';

export type MoveOptions = Omit<InSlicesOptions<NodeSingular[]>, 'onStop'>;

/**
 * Moves the entities that have a position in the result. Stopped early (a cancel, a newer
 * run), the entities moved so far go back where they stood: the chart never shows half of
 * one layout and half of another.
 */
export async function moveInSlices(
  cy: Core,
  positions: Positions,
  opts: MoveOptions,
): Promise<{ complete: boolean; slices: number }> {
  // Group boxes follow their members, pinned entities stay, and those already in place are skipped.
  const moving = cy
    .nodes()
    .toArray()
    .filter((n): n is NodeSingular => {
      const p = positions[n.id()];
      return !!p && n.isNode() && !n.isParent() && !n.locked() && !samePlace(n, p);
    });
  const before = new Map(moving.map((n) => [n.id(), { ...n.position() }]));
  return inSlices(
    moving,
    (slice) => {
      cy.batch(() => slice.forEach((n) => void n.position(positions[n.id()]!)));
      return slice;
    },
    {
      ...opts,
      onStop: (done) =>
        cy.batch(() => moving.slice(0, done).forEach((n) => void n.position(before.get(n.id())!))),
    },
  );
}

function samePlace(n: NodeSingular, p: { x: number; y: number }): boolean {
  const at = n.position();
  return at.x === p.x && at.y === p.y;
}

/** The busy line while a layout's result is applied. */
export function moveMessage(moved: number, total: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `Placing entities: ${n(moved)} of ${n(total)}…`;
}
