// The timeline's events and bins (issue 11, point 6): which dated records and links count
// as events (traffic stops among them), bins by day, week or month with empty ones kept, and a
// selection's events marked.
import { describe, expect, it } from 'vitest';
import {
  binEvents,
  binUnit,
  markedEntities,
  timelineEvents,
  type TimelineEvent,
} from '../../../renderer/src/components/timeline/timeline-bins';
import { kindColour, kindLabel } from '../../../renderer/src/components/timeline/timeline-kinds';
import type { GraphData } from '../../../shared/contract/model';

const node = (id: number, type: 'person' | 'phone' | 'purchase' | 'recovery', dates?: string[]) => ({
  id,
  type,
  label: `${type} ${id}`,
  caseIds: [1],
  recordCount: 1,
  crossCase: false,
  ...(dates ? { dates } : {}),
});
const link = (from: number, type: 'purchased' | 'called' | 'uses_phone', to: number, dates?: string[]) => ({
  id: `${from}>${type}>${to}`,
  from,
  to,
  type,
  label: type,
  caseIds: [1],
  recordLinkCount: 1,
  ...(dates ? { dates } : {}),
});

// Buyer 1 made purchase 3 (2020-03-02); phones 4 and 5 called each other twice; recovery 6.
const graph: GraphData = {
  nodes: [
    node(1, 'person'),
    node(3, 'purchase', ['2020-03-02']),
    node(4, 'phone'),
    node(5, 'phone'),
    node(6, 'recovery', ['2020-05-20']),
  ],
  links: [
    link(3, 'purchased', 1, ['2020-03-02']),
    link(1, 'uses_phone', 4),
    link(4, 'called', 5, ['2020-03-03', '2020-04-30']),
  ],
};

describe('timeline events', () => {
  it('counts dated entities and links between undated ones, each date once', () => {
    expect(timelineEvents(graph)).toEqual([
      { date: '2020-03-02', kind: 'purchase', entityIds: [3] },
      { date: '2020-03-03', kind: 'called', entityIds: [4, 5] },
      { date: '2020-04-30', kind: 'called', entityIds: [4, 5] },
      { date: '2020-05-20', kind: 'recovery', entityIds: [6] },
    ]);
  });
});

describe('timeline bins', () => {
  const events = timelineEvents(graph);

  it('chooses days, weeks or months by the span', () => {
    expect(binUnit('2020-03-01', '2020-04-20')).toBe('day');
    expect(binUnit('2020-03-01', '2021-03-01')).toBe('week');
    expect(binUnit('2019-06-28', '2022-02-17')).toBe('month');
  });

  it('bins by week from Monday, empty weeks kept, counts per kind', () => {
    const bins = binEvents(events);
    // 2020-03-02 is a Monday; 2020-05-20 falls in the week of Monday 2020-05-18.
    expect(bins[0]).toMatchObject({ start: '2020-03-02', end: '2020-03-08', total: 2 });
    expect(bins[0]!.counts).toEqual({ purchase: 1, called: 1 });
    expect(bins[bins.length - 1]).toMatchObject({ start: '2020-05-18', end: '2020-05-24', total: 1 });
    expect(bins).toHaveLength(12);
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(events.length);
    expect(bins.filter((b) => b.total === 0)).toHaveLength(9);
  });

  it('bins by month across year ends and by day', () => {
    const e: TimelineEvent[] = [
      { date: '2019-12-31', kind: 'purchase', entityIds: [1] },
      { date: '2020-02-29', kind: 'purchase', entityIds: [2] },
    ];
    expect(binEvents(e, new Set(), 'month').map((b) => [b.start, b.end, b.total])).toEqual([
      ['2019-12-01', '2019-12-31', 1],
      ['2020-01-01', '2020-01-31', 0],
      ['2020-02-01', '2020-02-29', 1],
    ]);
    expect(binEvents(e, new Set(), 'day')).toHaveLength(61);
    expect(binEvents([])).toEqual([]);
  });

  it("marks the events of the selected entities and their neighbours (a buyer's purchases)", () => {
    const marked = markedEntities(graph, [1]);
    expect([...marked].sort()).toEqual([1, 3, 4]);
    const bins = binEvents(events, marked);
    // The purchase and the first call (phone 4 is the buyer's) in week one; the second call in April.
    expect(bins[0]!.marked).toBe(2);
    expect(bins.reduce((n, b) => n + b.marked, 0)).toBe(3);
  });
});

describe('traffic stops on the timeline', () => {
  // A courier (1) and his pickup (2) stopped at a roadside stop (7); the links into the stop repeat its date.
  const stopped: GraphData = {
    nodes: [
      { ...node(1, 'person'), label: 'Courier' },
      { id: 2, type: 'vehicle', label: 'Pickup', caseIds: [1], recordCount: 1, crossCase: false },
      {
        id: 7,
        type: 'stop',
        label: 'Stop',
        caseIds: [1],
        recordCount: 1,
        crossCase: false,
        dates: ['2021-12-04'],
      },
      node(6, 'recovery', ['2022-02-17']),
    ],
    links: [
      { ...link(1, 'purchased', 7, ['2021-12-04']), id: '1>stopped_in>7', type: 'stopped_in' as const },
      { ...link(2, 'purchased', 7, ['2021-12-04']), id: '2>stopped_in>7', type: 'stopped_in' as const },
    ],
  };

  it('counts a stop once, as its own kind, marked when its driver is selected', () => {
    const events = timelineEvents(stopped);
    expect(events).toEqual([
      { date: '2021-12-04', kind: 'stop', entityIds: [7] },
      { date: '2022-02-17', kind: 'recovery', entityIds: [6] },
    ]);
    const bins = binEvents(events, markedEntities(stopped, [1]), 'month');
    expect(bins[0]).toMatchObject({ start: '2021-12-01', counts: { stop: 1 }, marked: 1 });
  });

  it('names stops in the legend with a colour of their own', () => {
    expect(kindLabel('stop')).toBe('Stops');
    const others = ['purchase', 'shipment', 'crossing', 'recovery', 'called'].map(kindColour);
    expect(kindColour('stop')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(others).not.toContain(kindColour('stop'));
  });
});
