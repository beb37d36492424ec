// What the chart-actions data means for the entities on the chart now: which are not drawn,
// which are locked, which groups are drawn as boxes and which as one collapsed node, and the
// aggregated links of collapsed groups. Pure, so it is unit-tested, and re-planned after every
// graph reload: an entity hidden before a reload is hidden again when it comes back.
import type { ChartActionsData } from '../../state/chart-actions-store';
import { nodeKey } from '../elements';

/** A drawn link between two entities, weighted by the source links behind it. */
export interface LinkEnds {
  from: number;
  to: number;
  count: number;
}

export interface GroupPlan {
  groupId: string;
  label: string;
  /** Members on the chart (hidden ones left out). */
  members: number[];
}

export interface AggregatedLink {
  id: string;
  /** Node keys: a collapsed group's node or an entity's. */
  source: string;
  target: string;
  /** Source links behind it. */
  count: number;
}

export interface ActionPlan {
  /** Entities not drawn: hidden by the analyst, or standing in a collapsed group. */
  notDrawn: Set<number>;
  pinned: Set<number>;
  boxes: GroupPlan[];
  collapsed: GroupPlan[];
  aggregated: AggregatedLink[];
}

export const boxKey = (groupId: string) => `gbox:${groupId}`;
export const collapsedKey = (groupId: string) => `gnode:${groupId}`;

export function planActions(onChart: Iterable<number>, links: LinkEnds[], d: ChartActionsData): ActionPlan {
  const present = new Set(onChart);
  const hidden = new Set(d.hidden.filter((id) => present.has(id)));
  const boxes: GroupPlan[] = [];
  const collapsed: GroupPlan[] = [];
  for (const g of d.groups) {
    const members = g.members.filter((id) => present.has(id) && !hidden.has(id));
    if (members.length === 0) continue;
    (g.collapsed ? collapsed : boxes).push({ groupId: g.id, label: g.label, members });
  }
  const notDrawn = new Set(hidden);
  const standsFor = new Map<number, string>();
  for (const g of collapsed) {
    for (const id of g.members) {
      notDrawn.add(id);
      standsFor.set(id, collapsedKey(g.groupId));
    }
  }
  return {
    notDrawn,
    pinned: new Set(d.pinned.filter((id) => present.has(id))),
    boxes,
    collapsed,
    aggregated: aggregate(links, standsFor, hidden),
  };
}

/**
 * Links touching a collapsed group, redrawn between the group's node and whatever is at the
 * other end (an entity or another collapsed group), one link per pair with the count of
 * source links behind it. Links inside one group vanish with it.
 */
function aggregate(links: LinkEnds[], standsFor: Map<number, string>, hidden: Set<number>): AggregatedLink[] {
  const pairs = new Map<string, AggregatedLink>();
  for (const l of links) {
    if (!standsFor.has(l.from) && !standsFor.has(l.to)) continue;
    if (hidden.has(l.from) || hidden.has(l.to)) continue;
    const a = standsFor.get(l.from) ?? nodeKey(l.from);
    const b = standsFor.get(l.to) ?? nodeKey(l.to);
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `agg:${source}|${target}`;
    const pair = pairs.get(id) ?? { id, source, target, count: 0 };
    pair.count += l.count;
    pairs.set(id, pair);
  }
  return [...pairs.values()];
}
