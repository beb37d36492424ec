// graph.get carries the dates the timeline and the date filter read (issue 11): a dated
// record's entity its records' dates, a drawn link its source links' dates, undated ones none.
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
      new Set(['purchase', 'shipment', 'crossing', 'recovery']),
    );
    expect(graph.nodes.filter((n) => n.type === 'person').every((n) => n.dates === undefined)).toBe(true);
  });

  it("gives a drawn link its source links' dates (the broker phones' calls)", () => {
    const calls = graph.links.filter((l) => l.type === 'called');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((l) => l.dates).length).toBeGreaterThanOrEqual(3);
    expect(calls.flatMap((l) => l.dates!)).toContain('2021-02-26');
    expect(graph.links.filter((l) => l.type === 'uses_phone').every((l) => l.dates === undefined)).toBe(true);
  });
});
