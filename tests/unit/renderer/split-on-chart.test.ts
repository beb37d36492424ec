// A record split out of an entity on a reopened chart (one drawn from its own entity list,
// graph.entities) brings its new entity onto that chart; a chart of the cases' scope, or a
// reopened chart without the entity, is left as it is (the scope's graph has it anyway).
import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from '../../../renderer/src/state/ui-store';

describe('a split on the chart', () => {
  beforeEach(() => useUi.setState({ chartBase: null }));

  it('adds the new entity to a reopened chart holding the old one', () => {
    useUi.setState({ chartBase: { entityIds: [1, 2, 3] } });
    useUi.getState().splitOnChart(2, 9);
    expect(useUi.getState().chartBase).toEqual({ entityIds: [1, 2, 3, 9] });
    // Told twice (a repeated event), it is added once.
    useUi.getState().splitOnChart(2, 9);
    expect(useUi.getState().chartBase).toEqual({ entityIds: [1, 2, 3, 9] });
  });

  it('leaves a reopened chart without the old entity, and a scope chart, as they are', () => {
    useUi.setState({ chartBase: { entityIds: [1, 3] } });
    useUi.getState().splitOnChart(2, 9);
    expect(useUi.getState().chartBase).toEqual({ entityIds: [1, 3] });
    useUi.setState({ chartBase: null });
    useUi.getState().splitOnChart(2, 9);
    expect(useUi.getState().chartBase).toBeNull();
  });
});
