// The chart actions as the menus and shortcuts run them: each changes the chart-actions
// store and pushes one undo entry that puts back the state before (and, for redo, after).
import { useHistory } from '../../state/history';
import { chartActionsOf, useChartActions, type ChartActionsData } from '../../state/chart-actions-store';
import { useUi, type ChartSelection } from '../../state/ui-store';
import type { ChartController } from '../controller';
import type { ChartStyle } from '../../../../shared/contract/chart-model';
import { LINK_TYPE_LABELS, type LinkType } from '../../../../shared/domain/link-types';
import * as edit from './edit';
import type { MenuTarget } from './targets';

/** A drawn link as its menu knows it. */
export type LinkEnds = Omit<Extract<MenuTarget, { kind: 'link' }>, 'kind'>;

/** Applies a change to the chart actions as one undoable step named `label`. */
export function changeActions(label: string, change: (d: ChartActionsData) => ChartActionsData): void {
  const before = chartActionsOf(useChartActions.getState());
  const after = change(before);
  const restore = (d: ChartActionsData) => useChartActions.getState().restore(d);
  restore(after);
  useHistory.getState().push({ label, undo: () => restore(before), redo: () => restore(after) });
}

/** "3 entities", or the entity's own name when there is one. */
export function describe(chart: ChartController, ids: number[]): string {
  if (ids.length === 1) return chart.entityInfo(ids[0]!)?.label ?? '1 entity';
  return `${ids.length.toLocaleString('en-US')} entities`;
}

export function selectedEntityIds(selection: ChartSelection = useUi.getState().selection): number[] {
  if (selection?.kind === 'node') return [selection.id];
  return selection?.kind === 'nodes' ? selection.ids : [];
}

export function hide(chart: ChartController, ids: number[]): void {
  if (ids.length === 0) return;
  changeActions(`hide of ${describe(chart, ids)}`, (d) => edit.hideEntities(d, ids));
  const left = selectedEntityIds().filter((id) => !ids.includes(id));
  useUi.getState().select(selectionOf(left));
}

/** Hides one drawn link, its two entities staying on the chart; undo names the link. */
export function hideLink(chart: ChartController, link: LinkEnds): void {
  if (useChartActions.getState().hiddenLinks.includes(link.linkId)) return;
  changeActions(`hiding of link ${describeLink(chart, link)}`, (d) => edit.hideLinks(d, [link.linkId]));
  const selection = useUi.getState().selection;
  if (selection?.kind === 'link' && selection.id === link.linkId) useUi.getState().select(null);
}

/** "Joe Hernandez uses phone (555) 010-0142": the link as a sentence of its ends and type. */
export function describeLink(chart: ChartController, link: LinkEnds): string {
  const name = (id: number) => chart.entityInfo(id)?.label ?? 'an entity';
  const type = link.linkId.split('>')[1] as LinkType | undefined;
  const verb = type ? (LINK_TYPE_LABELS[type] ?? type) : 'linked to';
  return `${name(link.from)} ${verb} ${name(link.to)}`;
}

/** How many entities and links are hidden, in words ("2 hidden entities and 1 hidden link"). */
export function hiddenSummary(d: Pick<ChartActionsData, 'hidden' | 'hiddenLinks'>): string {
  const count = (n: number, one: string, many: string) =>
    `${n.toLocaleString('en-US')} hidden ${n === 1 ? one : many}`;
  const parts = [];
  if (d.hidden.length) parts.push(count(d.hidden.length, 'entity', 'entities'));
  if (d.hiddenLinks.length) parts.push(count(d.hiddenLinks.length, 'link', 'links'));
  return parts.join(' and ');
}

export function showAllHidden(): void {
  const state = useChartActions.getState();
  if (state.hidden.length + state.hiddenLinks.length === 0) return;
  changeActions(`show of ${hiddenSummary(state)}`, (d) => edit.showAllHidden(d));
}

/** Pins the entities, or unpins them when all are pinned already. */
export function togglePin(chart: ChartController, ids: number[]): void {
  if (ids.length === 0) return;
  const pinned = useChartActions.getState().pinned;
  const unpin = ids.every((id) => pinned.includes(id));
  changeActions(`${unpin ? 'unpin' : 'pin'} of ${describe(chart, ids)}`, (d) =>
    edit.setPinned(d, ids, !unpin),
  );
}

/** Colours or resizes entities by hand (null: back to their type's look), as one undo step. */
export function restyle(chart: ChartController, ids: number[], style: ChartStyle | null, what: string): void {
  if (ids.length === 0) return;
  changeActions(`${what} of ${describe(chart, ids)}`, (d) => edit.styleEntities(d, ids, style));
}

export function group(ids: number[], label: string): void {
  if (ids.length === 0) return;
  const name = label.trim() || 'Group';
  changeActions(
    `group of ${ids.length.toLocaleString('en-US')} entities as ${name}`,
    (d) => edit.groupEntities(d, ids, name).data,
  );
}

export function setCollapsed(groupId: string, collapsed: boolean): void {
  const g = useChartActions.getState().groups.find((x) => x.id === groupId);
  if (!g || g.collapsed === collapsed) return;
  changeActions(`${collapsed ? 'collapse' : 'expand'} of group ${g.label}`, (d) =>
    edit.setCollapsed(d, groupId, collapsed),
  );
  // Members stand behind the group node now: a selection of them would dim the whole chart.
  if (collapsed)
    useUi.getState().select(selectionOf(selectedEntityIds().filter((id) => !g.members.includes(id))));
}

export function ungroup(groupId: string): void {
  const g = useChartActions.getState().groups.find((x) => x.id === groupId);
  if (!g) return;
  changeActions(`ungroup of ${g.label}`, (d) => edit.ungroup(d, groupId));
}

export function selectionOf(ids: number[]): ChartSelection {
  if (ids.length === 0) return null;
  return ids.length === 1 ? { kind: 'node', id: ids[0]! } : { kind: 'nodes', ids };
}
