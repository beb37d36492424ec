// "Add entity…" from the chart's background menu: the place of the right-click waits for the
// new entity, whether the chart's data arrives before the workspace's answer or after it.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  entityAdded,
  expectEntityAt,
  takeAddedEntity,
  waitingForEntity,
} from '../../../renderer/src/chart/actions/place-added';

const DRAWN = [3, 7, 12];

beforeEach(() => {
  entityAdded(null);
});

describe('placing an added entity', () => {
  it('gives the place to the entity the answer names, once it is in the data, and only once', () => {
    expectEntityAt({ x: 120.5, y: -40 }, DRAWN);
    expect(takeAddedEntity(DRAWN)).toBeNull();
    entityAdded(40);
    expect(takeAddedEntity([...DRAWN, 39])).toBeNull();
    expect(takeAddedEntity([...DRAWN, 39, 40])).toEqual({ entityId: 40, at: { x: 120.5, y: -40 } });
    expect(waitingForEntity()).toBe(false);
    expect(takeAddedEntity([...DRAWN, 40])).toBeNull();
  });

  it('takes the newest entity not drawn before when the data comes before the answer', () => {
    expectEntityAt({ x: 0, y: 9 }, DRAWN);
    expect(takeAddedEntity([...DRAWN, 41, 13])).toEqual({ entityId: 41, at: { x: 0, y: 9 } });
    // The answer arriving afterwards finds nothing waiting.
    entityAdded(41);
    expect(takeAddedEntity([...DRAWN, 41])).toBeNull();
  });

  it('drops the place when nothing was added', () => {
    expectEntityAt({ x: 1, y: 1 }, DRAWN);
    entityAdded(null);
    expect(waitingForEntity()).toBe(false);
    expect(takeAddedEntity([...DRAWN, 50])).toBeNull();
  });
});
