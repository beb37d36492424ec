// The analyst's chart actions as pure changes of the chart-actions data (hide entities or
// links, show, pin,
// group, collapse, ungroup). Each returns new data and never mutates its input, so the undo
// history can keep the state before and after as they are.
import type { ChartGroup, ChartStyle } from '../../../../shared/contract/chart-model';
import type { ChartActionsData } from '../../state/chart-actions-store';

const union = (a: number[], b: number[]) => [...a, ...b.filter((id) => !a.includes(id))];
const without = (a: number[], b: number[]) => a.filter((id) => !b.includes(id));

export function hideEntities(d: ChartActionsData, ids: number[]): ChartActionsData {
  return { ...d, hidden: union(d.hidden, ids) };
}

export function showEntities(d: ChartActionsData, ids: number[]): ChartActionsData {
  return { ...d, hidden: without(d.hidden, ids) };
}

/** Hides drawn links on their own (by link id); their entities stay. */
export function hideLinks(d: ChartActionsData, linkIds: string[]): ChartActionsData {
  const hiddenLinks = [...d.hiddenLinks, ...linkIds.filter((id) => !d.hiddenLinks.includes(id))];
  return { ...d, hiddenLinks };
}

/** Shows every hidden entity and every hidden link again. */
export function showAllHidden(d: ChartActionsData): ChartActionsData {
  return { ...d, hidden: [], hiddenLinks: [] };
}

export function setPinned(d: ChartActionsData, ids: number[], pinned: boolean): ChartActionsData {
  return { ...d, pinned: pinned ? union(d.pinned, ids) : without(d.pinned, ids) };
}

/** A fresh group id: one more than the highest "gN" in use. */
export function nextGroupId(groups: ChartGroup[]): string {
  const used = groups.map((g) => Number(/^g(\d+)$/.exec(g.id)?.[1] ?? 0));
  return `g${Math.max(0, ...used) + 1}`;
}

/**
 * Groups entities into a new (expanded) group. An entity is in one group at most (a box has
 * one parent on the chart), so the members leave their old groups; groups left empty go.
 */
export function groupEntities(
  d: ChartActionsData,
  ids: number[],
  label: string,
): { data: ChartActionsData; group: ChartGroup } {
  const group: ChartGroup = {
    id: nextGroupId(d.groups),
    label,
    members: [...new Set(ids)],
    collapsed: false,
  };
  const others = d.groups
    .map((g) => ({ ...g, members: without(g.members, group.members) }))
    .filter((g) => g.members.length > 0);
  return { data: { ...d, groups: [...others, group] }, group };
}

export function setCollapsed(d: ChartActionsData, groupId: string, collapsed: boolean): ChartActionsData {
  return { ...d, groups: d.groups.map((g) => (g.id === groupId ? { ...g, collapsed } : g)) };
}

export function ungroup(d: ChartActionsData, groupId: string): ChartActionsData {
  return { ...d, groups: d.groups.filter((g) => g.id !== groupId) };
}

export function groupOf(d: ChartActionsData, entityId: number): ChartGroup | null {
  return d.groups.find((g) => g.members.includes(entityId)) ?? null;
}

/** Sets (merges into) or clears the entities' own colour and size. */
export function styleEntities(
  d: ChartActionsData,
  ids: number[],
  style: ChartStyle | null,
): ChartActionsData {
  const styles = { ...d.styles };
  for (const id of ids) {
    const key = String(id);
    if (style === null) delete styles[key];
    else styles[key] = { ...styles[key], ...style };
  }
  return { ...d, styles };
}
