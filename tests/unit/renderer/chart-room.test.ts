// The chart as a whole within its budget: the room an expansion may fill, and what the
// analyst reads when the room or the cap held it back, or when there was no room at all.
import { describe, expect, it } from 'vitest';
import {
  expandWarningText,
  expansionNotice,
  expansionOf,
  neighbourLimit,
  noRoomNotice,
  overBudgetMessage,
  roomOf,
} from '../../../renderer/src/chart/room';
import type { BudgetedGraph } from '../../../shared/contract/model';
import { node } from './fixtures';

/** A person of case 1. */
const person = (id: number) => node(id, 'person', `Person ${id}`, [1]);
/** A graph.neighbours answer: the entity 1, these neighbours, of `total` in all. */
const answer = (neighbours: number[], total: number): BudgetedGraph => ({
  nodes: [person(1), ...neighbours.map((id) => person(id))],
  links: [],
  budget: neighbours.length,
  totalEntities: total + 1,
  omitted: { entities: total - neighbours.length, links: 0 },
});
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the room left on a chart', () => {
  it('is the budget less the entities drawn; hidden ones make room', () => {
    expect(roomOf(40, range(1, 30), [])).toEqual({ budget: 40, drawn: 30, held: 30, left: 10 });
    expect(roomOf(40, range(1, 30), [3, 4, 99])).toEqual({ budget: 40, drawn: 28, held: 30, left: 12 });
    expect(roomOf(40, range(1, 40), []).left).toBe(0);
    // A saved chart reopened over the budget has no room, never a negative one.
    expect(roomOf(40, range(1, 55), [])).toEqual({ budget: 40, drawn: 55, held: 55, left: 0 });
  });

  it('lets hidden entities make room only up to the most a chart may hold (they can all be shown again)', () => {
    expect(roomOf(40, range(1, 90), range(1, 60), 100)).toEqual({
      budget: 40,
      drawn: 30,
      held: 90,
      left: 10,
    });
    expect(roomOf(40, range(1, 95), range(1, 60), 100).left).toBe(5);
    const packed = roomOf(40, range(1, 100), range(1, 70), 100);
    expect(packed.left).toBe(0);
    expect(noRoomNotice(packed, 'no neighbours of Sample Pawn were added')).toBe(
      'With its hidden entities this chart holds 100, the most a chart may hold, so no neighbours of ' +
        'Sample Pawn were added. To make room, pick fewer cases.',
    );
  });

  it('limits an expansion to the cap or the room, whichever is smaller', () => {
    expect(neighbourLimit(200, roomOf(1500, range(1, 1000), []))).toBe(200);
    expect(neighbourLimit(200, roomOf(1500, range(1, 1450), []))).toBe(50);
    expect(neighbourLimit(200, roomOf(40, range(1, 40), []))).toBe(0);
    // A searched entity not on the chart takes a place itself.
    expect(neighbourLimit(200, roomOf(40, range(1, 35), []), 1)).toBe(4);
    expect(neighbourLimit(200, roomOf(40, range(1, 39), []), 1)).toBe(0);
  });

  it('counts what an answer adds: neighbours already drawn take no room', () => {
    const data = answer([2, 3, 50, 51, 52], 20);
    expect(expansionOf(data, 1, [1, 2, 3, 4], { label: 'Sample Pawn', byRoom: true, budget: 40 })).toEqual({
      label: 'Sample Pawn',
      neighbours: 20,
      alreadyDrawn: 2,
      added: 3,
      leftOut: 15,
      byRoom: true,
      budget: 40,
    });
  });
});

describe('what the analyst reads', () => {
  const counts = { label: 'Sample Pawn', neighbours: 1000, alreadyDrawn: 0, added: 200, leftOut: 800 };

  it('says when the cap kept only the strongest neighbours', () => {
    expect(expansionNotice({ ...counts, byRoom: false, budget: 1500 })).toBe(
      'Added the 200 most strongly linked of 1,000 neighbours of Sample Pawn; pick its cases to see them all.',
    );
    expect(expansionNotice({ ...counts, alreadyDrawn: 12, leftOut: 788, byRoom: false, budget: 1500 })).toBe(
      'Added the 200 most strongly linked of 1,000 neighbours of Sample Pawn (12 already on the chart); ' +
        'pick its cases to see them all.',
    );
    expect(expansionNotice({ ...counts, added: 1000, leftOut: 0, byRoom: false, budget: 5000 })).toBeNull();
  });

  it('says when the room kept the chart within its budget, and how to make room', () => {
    expect(expansionNotice({ ...counts, added: 7, leftOut: 993, byRoom: true, budget: 1500 })).toBe(
      'Added the 7 most strongly linked of 1,000 neighbours of Sample Pawn: the chart holds at most ' +
        '1,500 entities, so 993 were left out. To make room, hide entities (select them, then H) or pick fewer cases.',
    );
    expect(
      expansionNotice({
        ...counts,
        neighbours: 3,
        alreadyDrawn: 2,
        added: 0,
        leftOut: 1,
        byRoom: true,
        budget: 40,
      }),
    ).toBe(
      'Added none of 3 neighbours of Sample Pawn (2 already on the chart): the chart holds at most 40 entities, ' +
        'so 1 was left out. To make room, hide entities (select them, then H) or pick fewer cases.',
    );
  });

  it('says the chart is full, or over its budget, when nothing could be added', () => {
    expect(noRoomNotice(roomOf(40, range(1, 40), []), 'no neighbours of Sample Pawn were added')).toBe(
      'The chart is full: it holds at most 40 entities, so no neighbours of Sample Pawn were added. ' +
        'To make room, hide entities (select them, then H) or pick fewer cases.',
    );
    expect(noRoomNotice(roomOf(1500, range(1, 2300), []), 'the entity you searched for was not added')).toBe(
      'This chart holds 2,300 entities, more than its budget of 1,500, so the entity you searched for was ' +
        'not added. To make room, hide entities (select them, then H) or pick fewer cases.',
    );
  });

  it('warns before an expansion past the cap or the room, with the counts', () => {
    const w = { neighbours: 1000, onChart: 0, cap: 200, byRoom: false, budget: 1500, byLinkType: false };
    expect(expandWarningText(w)).toBe(
      'has 1,000 neighbours. Only the 200 most strongly linked will be added, so the chart stays readable.',
    );
    expect(
      expandWarningText({ ...w, onChart: 30, cap: 12, byRoom: true, budget: 40, byLinkType: true }),
    ).toBe(
      'has 1,000 neighbours of the chosen link type, 30 of them already on the chart. The chart holds at most ' +
        '40 entities and has room for 12 more: only the 12 most strongly linked will be added. ' +
        'To make room, hide entities (select them, then H) or pick fewer cases.',
    );
  });

  it('says over a saved chart larger than the budget that it opened whole but has no room', () => {
    expect(overBudgetMessage(roomOf(1500, range(1, 2300), []))).toBe(
      'This saved chart holds 2,300 entities, more than the 1,500 a chart is given: it opens whole, as saved, ' +
        'but nothing can be added to it until some are hidden (select them, then H).',
    );
    expect(overBudgetMessage(roomOf(1500, range(1, 2300), range(1, 800)))).toBeNull();
    expect(overBudgetMessage(roomOf(1500, range(1, 1500), []))).toBeNull();
  });
});
