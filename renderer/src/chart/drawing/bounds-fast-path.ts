// Cytoscape keeps each element's bounding box, but every `ele.boundingBox()` checks that box
// by building a memoised function and hashing the element's position (a link: both ends')
// before returning it. Drawing a 5,000-entity chart reads the box of each of its 15,000
// elements several times a frame (culling, layers, hit tests): the check alone cost about
// 0.2 s a full frame, more than drawing the pictures. This returns the kept box at once when
// it is the very box Cytoscape last confirmed for the element standing at the same place and
// its style is not awaiting an update; otherwise Cytoscape's own method runs, as always.
// It reaches into Cytoscape's internals (3.3x: _private.bbCache, styleDirty, position); on
// another version without them the fast path is never taken.
import type { Core } from 'cytoscape';

interface Private {
  bbCache?: object | null;
  styleDirty?: boolean;
  position?: { x: number; y: number };
  group?: string;
  children?: unknown[];
  source?: { _private: Private } | null;
  target?: { _private: Private } | null;
}

interface Element {
  _private?: Private;
}

interface ElementsProto {
  boundingBox(this: ArrayLike<Element>, options?: unknown): unknown;
  thorlineFastBounds?: true;
}

/** Where an element stood when its box was confirmed: a box is good only for that place. */
const placeOfBox = new WeakMap<object, number[]>();
let hits = 0;

/** How many boxes the fast path has returned (for its unit test: proof that it is taken). */
export const boundsFastPathHits = () => hits;

function placeOf(p: Private): number[] | null {
  if (p.group === 'nodes') {
    // A group box's bounds follow its members, which its own position does not tell.
    if (!p.position || (p.children?.length ?? 0) > 0) return null;
    return [p.position.x, p.position.y];
  }
  const s = p.source?._private.position;
  const t = p.target?._private.position;
  return s && t ? [s.x, s.y, t.x, t.y] : null;
}

/** Whether the element stands where `was` says (read without making an array: this runs very often). */
function standsAt(was: number[], p: Private): boolean {
  if (p.group === 'nodes') {
    const at = p.position;
    return was.length === 2 && !!at && was[0] === at.x && was[1] === at.y && !p.children?.length;
  }
  const s = p.source?._private.position;
  const t = p.target?._private.position;
  return (
    was.length === 4 && !!s && !!t && was[0] === s.x && was[1] === s.y && was[2] === t.x && was[3] === t.y
  );
}

/** Installs the fast path on Cytoscape's element prototype (once; shared by every chart). */
export function installBoundsFastPath(cy: Core): void {
  const proto = Object.getPrototypeOf(cy.collection()) as ElementsProto;
  if (proto.thorlineFastBounds || typeof proto.boundingBox !== 'function') return;
  const original = proto.boundingBox;
  proto.thorlineFastBounds = true;
  proto.boundingBox = function (options) {
    if (options !== undefined || this.length !== 1) return original.call(this, options);
    const p = this[0]?._private;
    const kept = p?.bbCache;
    if (p && kept && !p.styleDirty) {
      const was = placeOfBox.get(kept);
      if (was && standsAt(was, p)) {
        hits++;
        return kept;
      }
    }
    const box = original.call(this, options);
    // With no options Cytoscape hands back its kept box itself, now confirmed for this place.
    if (p && box === p.bbCache && !p.styleDirty) {
      const now = placeOf(p);
      if (now) placeOfBox.set(box as object, now);
    }
    return box;
  };
}
