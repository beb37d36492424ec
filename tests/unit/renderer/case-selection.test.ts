import { describe, expect, it } from 'vitest';
import { nextCaseSelection } from '../../../renderer/src/state/ui-store';

const order = [5, 3, 8, 1, 9];

describe('case list selection', () => {
  it('selects one case on a plain click, replacing the whole workspace or earlier picks', () => {
    expect(nextCaseSelection(null, order, 8, null, 'single')).toEqual([8]);
    expect(nextCaseSelection([5, 3], order, 8, 5, 'single')).toEqual([8]);
  });

  it('adds and removes with ctrl-click, in list order, and falls back to the whole workspace when empty', () => {
    expect(nextCaseSelection([8], order, 5, 8, 'toggle')).toEqual([5, 8]);
    expect(nextCaseSelection([5, 8], order, 5, 8, 'toggle')).toEqual([8]);
    expect(nextCaseSelection([8], order, 8, 8, 'toggle')).toBeNull();
  });

  it('selects the run between the anchor and the clicked case on shift-click, either direction', () => {
    expect(nextCaseSelection([3], order, 1, 3, 'range')).toEqual([3, 8, 1]);
    expect(nextCaseSelection([1], order, 5, 1, 'range')).toEqual([5, 3, 8, 1]);
  });
});
