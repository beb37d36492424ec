// Cytoscape styles an element property by property, and after each property it runs its
// "triggers": the element's style cache and its connected links' are marked stale (a new
// collection of connected links each time), and its bounding box, its links' boxes and the
// drawing order are marked stale when the property can change them. Marking stale twice is
// the same as once, yet on a new entity of ~30 styled properties that work was about half of
// the time spent styling it (CPU profile, 5,000 entities and 10,000 links), and styling is
// about half of drawing a big chart. Here, while one element is styled, the triggers are
// noted instead of run, and each kind of trigger runs once at the end for that element.
// This reaches into Cytoscape's style (3.3x: style().applyContextStyle, checkTriggers and
// the four check*Trigger methods, properties[name].triggers*); where those are missing
// (another version) nothing changes.
import type { Core } from 'cytoscape';

type Trigger = (from: unknown, to: unknown, ele: unknown) => boolean;
type Check = (ele: unknown, name: string, from: unknown, to: unknown) => void;
interface StyleInternals {
  applyContextStyle?(meta: unknown, cxtStyle: unknown, ele: StyledElement): unknown;
  checkTriggers?: Check;
  checkZOrderTrigger?: Check;
  checkBoundsTrigger?: Check;
  checkConnectedEdgesBoundsTrigger?: Check;
  checkParallelEdgesBoundsTrigger?: Check;
  properties?: Record<string, Record<string, Trigger | undefined> | undefined>;
}
interface StyledElement {
  dirtyStyleCache(): void;
}
interface Noted {
  name: string;
  from: unknown;
  to: unknown;
}

/** Each kind of trigger, the property flag that says when it fires, and its check. */
const KINDS = [
  ['triggersZOrder', 'checkZOrderTrigger'],
  ['triggersBounds', 'checkBoundsTrigger'],
  ['triggersBoundsOfConnectedEdges', 'checkConnectedEdgesBoundsTrigger'],
  ['triggersBoundsOfParallelEdges', 'checkParallelEdgesBoundsTrigger'],
] as const;

const INSTALLED = Symbol('thorline style triggers');

/** Runs each element's style triggers once per styling instead of once per property. */
export function coalesceStyleTriggers(cy: Core): void {
  const style = cy.style() as unknown as StyleInternals & { [INSTALLED]?: true };
  const apply = style.applyContextStyle;
  const props = style.properties;
  if (style[INSTALLED] || typeof apply !== 'function' || typeof style.checkTriggers !== 'function' || !props)
    return;
  if (KINDS.some(([, check]) => typeof style[check] !== 'function')) return;
  style[INSTALLED] = true;
  style.applyContextStyle = function (meta, cxtStyle, ele) {
    const noted: Noted[] = [];
    style.checkTriggers = (_ele, name, from, to) => void noted.push({ name, from, to });
    try {
      return apply.call(style, meta, cxtStyle, ele);
    } finally {
      delete style.checkTriggers; // the prototype's own again
      if (noted.length > 0) runOnce(style, props, ele, noted);
    }
  };
}

function runOnce(
  style: StyleInternals,
  props: NonNullable<StyleInternals['properties']>,
  ele: StyledElement,
  noted: Noted[],
): void {
  ele.dirtyStyleCache();
  for (const [flag, check] of KINDS) {
    const first = noted.find((n) => props[n.name]?.[flag]?.(n.from, n.to, ele));
    if (first) style[check]!.call(style, ele, first.name, first.from, first.to);
  }
}
