// graph.get carries the dates the timeline and the date filter read (issue 11): a dated
// record's entity (a purchase, a traffic stop…) its records' dates, a drawn link its source
// links' dates, undated ones none.
import { describe, expect, it } from 'vitest';
import { graphOfCases } from '../../../db/queries/graph';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace } from '../../../db/store/open-workspace';

describe('graph dates', () => {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  const graph = graphOfCases(db);
  const recordDates = (
    db
      .prepare(`SELECT count(*) AS n FROM records WHERE json_extract(fields, '$.date') IS NOT NULL`)
      .get() as { n: number }
  ).n;

  it('gives every dated entity its ISO dates, sorted, and undated ones no field', () => {
    const dated = graph.nodes.filter((n) => n.dates);
    expect(dated.length).toBeGreaterThan(30);
    expect(dated.length).toBeLessThanOrEqual(recordDates);
    for (const n of dated) {
      expect(n.dates!.length).toBeGreaterThan(0);
      expect(n.dates!.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
      expect(n.dates).toEqual([...n.dates!].sort());
    }
    expect(new Set(dated.map((n) => n.type))).toEqual(
      new Set(['purchase', 'shipment', 'crossing', 'recovery', 'stop']),
    );
    expect(graph.nodes.filter((n) => n.type === 'person').every((n) => n.dates === undefined)).toBe(true);
  });

  it('dates the two traffic stops of the scenario (I-94 in Wisconsin, I-10 in New Mexico)', () => {
    const stops = graph.nodes.filter((n) => n.type === 'stop');
    expect(stops.map((n) => n.dates)).toEqual([['2021-03-09'], ['2021-12-04']]);
    // Who and what was stopped is linked to the stop: the drivers and their vehicles.
    const stopped = graph.links.filter((l) => l.type === 'stopped_in');
    expect(new Set(stopped.map((l) => l.to))).toEqual(new Set(stops.map((n) => n.id)));
    const ends = stopped.map((l) => graph.nodes.find((n) => n.id === l.from)!.type);
    expect(ends.filter((t) => t === 'vehicle')).toHaveLength(2);
  });

  it("gives a drawn link its source links' dates (the broker phones' calls)", () => {
    const calls = graph.links.filter((l) => l.type === 'called');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((l) => l.dates).length).toBeGreaterThanOrEqual(3);
    expect(calls.flatMap((l) => l.dates!)).toContain('2021-02-26');
    expect(graph.links.filter((l) => l.type === 'uses_phone').every((l) => l.dates === undefined)).toBe(true);
  });
});
