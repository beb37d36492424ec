// Renderless controllers of the analyst's direct work: the chart-actions store drawn on the
// chart, and the keyboard shortcuts of the table in shortcuts.ts.
import { useEffect } from 'react';
import { useClient } from '../../client/client-context';
import { chartActionsOf, useChartActions } from '../../state/chart-actions-store';
import { useUi } from '../../state/ui-store';
import type { ChartController } from '../controller';
import { useNotes } from '../notes/note-store';
import * as commands from './commands';
import { requestExpand } from './expand';
import { useOverlay } from './overlay-store';
import { isTyping, shortcutFor, type ShortcutCommand } from './shortcuts';

export function ChartActionsSync({ chart }: { chart: ChartController }) {
  useEffect(() => {
    chart.setActions(chartActionsOf(useChartActions.getState()));
    return useChartActions.subscribe((s) => chart.setActions(chartActionsOf(s)));
  }, [chart]);
  return null;
}

export function ShortcutSync({ chart }: { chart: ChartController }) {
  const client = useClient();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target) || document.querySelector('.dialog-backdrop')) return;
      const shortcut = shortcutFor(e);
      if (!shortcut) return;
      e.preventDefault();
      run(shortcut.command, chart, (id, label) => void requestExpand(client, id, label));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chart, client]);
  return null;
}

function run(command: ShortcutCommand, chart: ChartController, expand: (id: number, label: string) => void) {
  const ids = commands.selectedEntityIds();
  const overlay = useOverlay.getState();
  if (command !== 'menu') overlay.closeMenu();
  switch (command) {
    case 'hide':
      return commands.hide(chart, ids);
    case 'pin':
      return commands.togglePin(chart, ids);
    case 'group':
      return ids.length > 0 && overlay.nameGroup(ids);
    case 'expand':
      return ids.length === 1 && expand(ids[0]!, commands.describe(chart, ids));
    case 'selectAll':
      return useUi.getState().select(commands.selectionOf(chart.visibleEntities()));
    case 'clearSelection':
      return useUi.getState().select(null);
    case 'fit':
      return chart.fit();
    case 'layout':
      return void chart.relayout();
    case 'help':
      return overlay.toggleSheet();
    case 'menu':
      return openMenuFromKeyboard(chart, ids);
    case 'addNote':
      return addNoteFromKeyboard(chart, ids);
    default:
      return undefined;
  }
}

/** The context menu without a mouse: at the one selected entity, else in the chart's middle. */
function openMenuFromKeyboard(chart: ChartController, ids: number[]) {
  const at = ids.length === 1 ? chart.entityPoint(ids[0]!) : null;
  const { width, height } = chart.viewSize();
  if (at) useOverlay.getState().openMenu({ kind: 'node', entityId: ids[0]! }, at);
  else useOverlay.getState().openMenu({ kind: 'background' }, { x: width / 2, y: height / 2 });
}

/** A note from the keyboard: a callout on the one selected entity, else a free note in the chart's middle. */
function addNoteFromKeyboard(chart: ChartController, ids: number[]) {
  const info = ids.length === 1 ? chart.entityInfo(ids[0]!) : null;
  if (info)
    return useNotes.getState().openEditor({ kind: 'callout', entityId: ids[0]!, entityLabel: info.label });
  const { width, height } = chart.viewSize();
  useNotes.getState().openEditor({ kind: 'new', at: chart.modelPoint({ x: width / 2, y: height / 2 }) });
}
