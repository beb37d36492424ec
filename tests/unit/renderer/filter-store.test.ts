// The filter store (issue 11, point 5): changes are plain data, each one an undoable step
// named for the Undo menu; playback's steps are not recorded one by one.
import { beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../renderer/src/components/filters/filter-logic';
import { useFilters } from '../../../renderer/src/state/filter-store';
import { useHistory } from '../../../renderer/src/state/history';

const filters = () => useFilters.getState().filters;

describe('filter store', () => {
  beforeEach(() => {
    useFilters.setState({ filters: NO_FILTERS });
    useHistory.getState().clear();
  });

  it('hides and shows values, shows one only, and clears a kind or everything', () => {
    const s = useFilters.getState();
    s.toggleValue('entityType', 'phone');
    s.toggleValue('entityType', 'address');
    expect(filters().hidden.entityType).toEqual(['phone', 'address']);
    s.toggleValue('entityType', 'phone');
    expect(filters().hidden.entityType).toEqual(['address']);
    s.only('case', '2', ['1', '2', '3']);
    expect(filters().hidden.case).toEqual(['1', '3']);
    s.clear('case');
    expect(filters().hidden.case).toEqual([]);
    s.setDegree({ min: 2, max: null });
    s.clearAll();
    expect(filters()).toEqual(NO_FILTERS);
  });

  it('undoes and redoes each change, named for the menu', async () => {
    const s = useFilters.getState();
    s.toggleValue('entityType', 'phone');
    s.setDates({ from: '2020-01-01', to: '2020-12-31' });
    expect(useHistory.getState().past.map((e) => e.label)).toEqual(['entity type filter', 'dates filter']);
    await useHistory.getState().undo();
    expect(filters().dates).toBeNull();
    expect(filters().hidden.entityType).toEqual(['phone']);
    await useHistory.getState().undo();
    expect(filters()).toEqual(NO_FILTERS);
    await useHistory.getState().redo();
    expect(filters().hidden.entityType).toEqual(['phone']);
  });

  it("does not record playback's steps", () => {
    useFilters.getState().setDates({ from: '2020-01-01', to: '2020-01-31' }, { record: false });
    expect(filters().dates).toEqual({ from: '2020-01-01', to: '2020-01-31' });
    expect(useHistory.getState().past).toEqual([]);
  });
});
