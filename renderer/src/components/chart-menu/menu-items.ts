// The items of the chart's context menus, per target (entity, link, group, background). Each
// item runs a command of chart/actions or opens a panel (link types, layouts) of the menu.
import type { WorkbenchClient } from '../../../../shared/contract/host';
import * as commands from '../../chart/actions/commands';
import { groupOf } from '../../chart/actions/edit';
import { requestExpand } from '../../chart/actions/expand';
import { useOverlay } from '../../chart/actions/overlay-store';
import type { MenuPoint, MenuTarget } from '../../chart/actions/targets';
import type { ChartController } from '../../chart/controller';
import { deleteNote } from '../../chart/notes/note-commands';
import { useNotes } from '../../chart/notes/note-store';
import { useAnalysis } from '../../state/analysis-store';
import { useChartActions } from '../../state/chart-actions-store';
import { useHistory } from '../../state/history';
import { useUi } from '../../state/ui-store';

export type MenuPanel = 'main' | 'linkTypes' | 'layouts' | 'style';

export interface MenuItem {
  id: string;
  label: string;
  /** The shortcut, as the shortcuts sheet shows it. */
  keys?: string;
  /** Why it cannot be chosen now (the item is shown disabled with this as its title). */
  disabled?: string;
  /** Opens another panel of the menu instead of running. */
  panel?: MenuPanel;
  run?(): void;
}

export interface MenuContext {
  chart: ChartController;
  client: WorkbenchClient;
  /** Where the menu was opened, relative to the chart container. */
  at?: MenuPoint;
}

export function menuItems(target: MenuTarget, ctx: MenuContext): MenuItem[] {
  switch (target.kind) {
    case 'node':
      return nodeItems(target.entityId, ctx);
    case 'link':
      return linkItems(target, ctx);
    case 'group':
      return groupItems(target.groupId);
    case 'note':
      return noteItems(target.noteId);
    default:
      return backgroundItems(ctx);
  }
}

/** The entities a node's menu acts on: the selection when the node is part of it, else the node. */
export function actingOn(entityId: number): number[] {
  const selected = commands.selectedEntityIds();
  return selected.includes(entityId) ? selected : [entityId];
}

function nodeItems(entityId: number, ctx: MenuContext): MenuItem[] {
  const { chart } = ctx;
  const ids = actingOn(entityId);
  const info = chart.entityInfo(entityId);
  const label = info?.label ?? 'this entity';
  const state = useChartActions.getState();
  const pinned = ids.every((id) => state.pinned.includes(id));
  const g = groupOf(state, entityId);
  const several = ids.length > 1 ? ` (${ids.length})` : '';
  const items: MenuItem[] = [
    {
      id: 'expand',
      label: 'Expand all',
      keys: 'E',
      run: () => void requestExpand(ctx.client, entityId, label),
    },
    { id: 'expand-by-type', label: 'Expand by link type', panel: 'linkTypes' },
    { id: 'hide', label: `Hide${several}`, keys: 'H', run: () => commands.hide(chart, ids) },
    { id: 'style', label: `Colour and size${several}`, panel: 'style' },
    {
      id: 'pin',
      label: `${pinned ? 'Unpin' : 'Pin'}${several}`,
      keys: 'P',
      run: () => commands.togglePin(chart, ids),
    },
    {
      id: 'group',
      label: `Group selection${several}…`,
      keys: 'G',
      disabled: ids.length < 2 ? 'Select several entities first (shift-click or shift-drag)' : undefined,
      run: () => useOverlay.getState().nameGroup(ids),
    },
  ];
  if (g) {
    items.push(
      { id: 'collapse', label: `Collapse group “${g.label}”`, run: () => commands.setCollapsed(g.id, true) },
      { id: 'ungroup', label: `Ungroup “${g.label}”`, run: () => commands.ungroup(g.id) },
    );
  }
  const ref = { id: entityId, type: info?.type ?? 'person', label };
  const path = (end: 'from' | 'to') => () => {
    const a = useAnalysis.getState();
    if (end === 'from') a.setFrom(ref);
    else a.setTo(ref);
    useUi.getState().setLeftTab('analysis');
  };
  items.push(
    { id: 'path-from', label: 'Find path from here', run: path('from') },
    { id: 'path-to', label: 'Find path to here', run: path('to') },
    {
      id: 'note',
      label: 'Add case note…',
      disabled: info?.caseIds.length ? undefined : 'This entity holds no case record',
      run: () =>
        useOverlay.getState().askFact({
          caseId: noteCase(info?.caseIds ?? []),
          kind: 'note',
          about: { entityId, type: ref.type, label, matched: label, caseNumbers: [] },
        }),
    },
    {
      id: 'add-callout',
      label: `Add note to ${label}…`,
      run: () => useNotes.getState().openEditor({ kind: 'callout', entityId, entityLabel: label }),
    },
    {
      id: 'select-neighbours',
      label: 'Select neighbours',
      run: () =>
        useUi.getState().select(commands.selectionOf([entityId, ...chart.neighbourEntities(entityId)])),
    },
  );
  return items;
}

/** The case a note on an entity goes to: the one in scope when the entity is in it, else its first. */
function noteCase(caseIds: number[]): number {
  const scope = useUi.getState().caseIds ?? [];
  return caseIds.find((id) => scope.includes(id)) ?? caseIds[0]!;
}

function linkItems(target: Extract<MenuTarget, { kind: 'link' }>, ctx: MenuContext): MenuItem[] {
  const name = (id: number) => ctx.chart.entityInfo(id)?.label ?? 'entity';
  return [
    {
      id: 'show-records',
      label: 'Show records',
      run: () => useUi.getState().select({ kind: 'link', id: target.linkId }),
    },
    { id: 'hide-link', label: 'Hide link', run: () => commands.hideLink(ctx.chart, target) },
    {
      id: 'hide-from',
      label: `Hide ${name(target.from)}`,
      run: () => commands.hide(ctx.chart, [target.from]),
    },
    { id: 'hide-to', label: `Hide ${name(target.to)}`, run: () => commands.hide(ctx.chart, [target.to]) },
  ];
}

function groupItems(groupId: string): MenuItem[] {
  const g = useChartActions.getState().groups.find((x) => x.id === groupId);
  if (!g) return [];
  return [
    g.collapsed
      ? {
          id: 'expand-group',
          label: `Expand group “${g.label}”`,
          run: () => commands.setCollapsed(g.id, false),
        }
      : {
          id: 'collapse',
          label: `Collapse group “${g.label}”`,
          run: () => commands.setCollapsed(g.id, true),
        },
    { id: 'ungroup', label: 'Ungroup', run: () => commands.ungroup(g.id) },
    {
      id: 'select-members',
      label: `Select its ${g.members.length} members`,
      disabled: g.collapsed ? 'Expand the group first' : undefined,
      run: () => useUi.getState().select(commands.selectionOf(g.members)),
    },
  ];
}

function noteItems(noteId: string): MenuItem[] {
  return [
    {
      id: 'edit-note',
      label: 'Edit note…',
      keys: 'Enter',
      run: () => useNotes.getState().openEditor({ kind: 'edit', noteId }),
    },
    { id: 'delete-note', label: 'Delete note', keys: 'Delete', run: () => deleteNote(noteId) },
  ];
}

function middle(chart: ChartController): MenuPoint {
  const { width, height } = chart.viewSize();
  return { x: width / 2, y: height / 2 };
}

function backgroundItems({ chart, at }: MenuContext): MenuItem[] {
  const { hidden: entities, hiddenLinks } = useChartActions.getState();
  const hidden = entities.length + hiddenLinks.length;
  const last = useHistory.getState().past.at(-1);
  const scope = useUi.getState().caseIds;
  const items: MenuItem[] = [];
  if (last)
    items.push({ id: 'undo', label: `Undo ${last.label}`, run: () => void useHistory.getState().undo() });
  items.push(
    {
      id: 'show-hidden',
      label: `Show all hidden (${hidden.toLocaleString('en-US')})`,
      disabled: hidden === 0 ? 'Nothing is hidden' : undefined,
      run: commands.showAllHidden,
    },
    { id: 'fit', label: 'Fit the chart', keys: 'F', run: () => chart.fit() },
    { id: 'relayout', label: 'Lay out again', keys: 'L', run: () => void chart.relayout() },
    { id: 'layouts', label: 'Layout', panel: 'layouts' },
    {
      id: 'select-all',
      label: 'Select all',
      keys: 'Ctrl+A',
      run: () => useUi.getState().select(commands.selectionOf(chart.visibleEntities())),
    },
    {
      id: 'add-note',
      label: 'Add note…',
      // The note's corner goes where the analyst right-clicked (the chart's middle from the keyboard).
      run: () => useNotes.getState().openEditor({ kind: 'new', at: chart.modelPoint(at ?? middle(chart)) }),
    },
    {
      id: 'add-entity',
      label: 'Add entity…',
      disabled: scope?.length === 1 ? undefined : 'Pick the one case it belongs to in the case list first',
      // The new entity goes where the analyst right-clicked.
      run: () =>
        useOverlay.getState().askFact({
          caseId: scope![0]!,
          kind: 'entity',
          ...(at ? { place: chart.modelPoint(at) } : {}),
        }),
    },
    {
      id: 'shortcuts',
      label: 'Keyboard shortcuts',
      keys: '?',
      run: () => useOverlay.getState().toggleSheet(true),
    },
  );
  return items;
}
