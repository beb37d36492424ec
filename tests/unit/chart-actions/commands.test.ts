// Each chart action is one undo step named as the menu shows it ("Undo hide of 3 entities"),
// and undo puts the chart actions back exactly as they were.
import { beforeEach, describe, expect, it } from 'vitest';
import * as commands from '../../../renderer/src/chart/actions/commands';
import type { ChartController } from '../../../renderer/src/chart/controller';
import { EMPTY_CHART_ACTIONS, useChartActions } from '../../../renderer/src/state/chart-actions-store';
import { useHistory } from '../../../renderer/src/state/history';
import { useUi } from '../../../renderer/src/state/ui-store';

const LABELS: Record<number, string> = { 1: 'Dustin Ray Akers', 2: 'Cody Pruitt', 3: 'Shayla Marie Olin' };
/** The little of the chart the commands read: names of entities. */
const chart = {
  entityInfo: (id: number) => ({ label: LABELS[id]!, type: 'person', caseIds: [1] }),
} as unknown as ChartController;
const lastLabel = () => useHistory.getState().past.at(-1)?.label;

beforeEach(() => {
  useChartActions.getState().restore(EMPTY_CHART_ACTIONS);
  useHistory.getState().clear();
  useUi.getState().select(null);
});

describe('chart action commands', () => {
  it('colours and resizes entities by hand, merging styles; undo puts each step back', async () => {
    commands.restyle(chart, [1, 2], { colour: '#e03131' }, 'colouring red');
    commands.restyle(chart, [2], { size: 1.5 }, 'enlarging');
    expect(useChartActions.getState().styles).toEqual({
      '1': { colour: '#e03131' },
      '2': { colour: '#e03131', size: 1.5 },
    });
    expect(lastLabel()).toBe('enlarging of Cody Pruitt');
    await useHistory.getState().undo();
    expect(useChartActions.getState().styles['2']).toEqual({ colour: '#e03131' });
    commands.restyle(chart, [1, 2], null, 'restyling');
    expect(useChartActions.getState().styles).toEqual({});
    await useHistory.getState().undo();
    expect(Object.keys(useChartActions.getState().styles)).toEqual(['1', '2']);
  });

  it('hides, names the step, clears the hidden from the selection, and undo/redo put it back', async () => {
    useUi.getState().select({ kind: 'nodes', ids: [1, 2, 3] });
    commands.hide(chart, [1, 2, 3]);
    expect(useChartActions.getState().hidden).toEqual([1, 2, 3]);
    expect(useUi.getState().selection).toBeNull();
    expect(lastLabel()).toBe('hide of 3 entities');
    commands.hide(chart, [2]);
    expect(lastLabel()).toBe('hide of Cody Pruitt');
    await useHistory.getState().undo();
    await useHistory.getState().undo();
    expect(useChartActions.getState().hidden).toEqual([]);
    await useHistory.getState().redo();
    expect(useChartActions.getState().hidden).toEqual([1, 2, 3]);
  });

  it('hides one link as a step named by the link, clears it from the selection, and undo/redo', async () => {
    const link = { linkId: '1>associate_of>2', from: 1, to: 2 };
    useUi.getState().select({ kind: 'link', id: link.linkId });
    commands.hideLink(chart, link);
    expect(useChartActions.getState().hiddenLinks).toEqual([link.linkId]);
    expect(useChartActions.getState().hidden).toEqual([]);
    expect(useUi.getState().selection).toBeNull();
    expect(lastLabel()).toBe('hiding of link Dustin Ray Akers associate of Cody Pruitt');
    await useHistory.getState().undo();
    expect(useChartActions.getState().hiddenLinks).toEqual([]);
    await useHistory.getState().redo();
    expect(useChartActions.getState().hiddenLinks).toEqual([link.linkId]);
    // Hidden links come back with "Show all hidden", named with what it shows.
    commands.hide(chart, [3]);
    commands.showAllHidden();
    expect(lastLabel()).toBe('show of 1 hidden entity and 1 hidden link');
    expect(useChartActions.getState()).toMatchObject({ hidden: [], hiddenLinks: [] });
    await useHistory.getState().undo();
    expect(useChartActions.getState()).toMatchObject({ hidden: [3], hiddenLinks: [link.linkId] });
  });

  it('groups as a named step, collapses and ungroups, each undoable', async () => {
    commands.group([1, 2, 3], 'Anchorage crew');
    expect(lastLabel()).toBe('group of 3 entities as Anchorage crew');
    commands.setCollapsed('g1', true);
    expect(lastLabel()).toBe('collapse of group Anchorage crew');
    commands.ungroup('g1');
    expect(useChartActions.getState().groups).toEqual([]);
    await useHistory.getState().undo();
    expect(useChartActions.getState().groups).toEqual([
      { id: 'g1', label: 'Anchorage crew', members: [1, 2, 3], collapsed: true },
    ]);
    await useHistory.getState().undo();
    expect(useChartActions.getState().groups[0]!.collapsed).toBe(false);
  });

  it('pins, then unpins when every chosen entity is pinned already', () => {
    commands.togglePin(chart, [1]);
    commands.togglePin(chart, [1, 2]);
    expect(useChartActions.getState().pinned).toEqual([1, 2]);
    commands.togglePin(chart, [1, 2]);
    expect(useChartActions.getState().pinned).toEqual([]);
    expect(lastLabel()).toBe('unpin of 2 entities');
  });

  it('shows every hidden entity in one step, and does nothing when none is hidden', () => {
    commands.showAllHidden();
    expect(useHistory.getState().past).toEqual([]);
    commands.hide(chart, [1, 3]);
    commands.showAllHidden();
    expect(lastLabel()).toBe('show of 2 hidden entities');
    expect(useChartActions.getState().hidden).toEqual([]);
  });
});
