import { describe, expect, it } from 'vitest';
import { listCases } from '../../../db/queries/cases';
import { graphOfCases, neighboursOf } from '../../../db/queries/graph';
import { linkDetail } from '../../../db/queries/entities';
import { listRecords } from '../../../db/queries/records';
import { ftsQuery, searchEntities } from '../../../db/queries/search';
import { twoCaseWorkspace } from './fixture-two-cases';

describe('case, record, graph and search queries', () => {
  it('filters the case list by agency, number or jurisdiction and counts records', () => {
    const { db } = twoCaseWorkspace();
    expect(listCases(db, 'hsi').map((c) => c.number)).toEqual(['HSI-TUC-2021-007']);
    expect(listCases(db, 'wisconsin')[0]).toMatchObject({ number: 'ATF-MKE-2020-001', recordCount: 3 });
    expect(listCases(db)).toHaveLength(2);
  });

  it("draws one case's chart with the shared entities and their cases", () => {
    const { db, ids } = twoCaseWorkspace();
    const graph = graphOfCases(db, [ids.caseA!]);
    expect(graph.nodes).toHaveLength(3);
    const phone = graph.nodes.find((n) => n.type === 'phone')!;
    expect(phone.caseIds).toEqual([ids.caseA, ids.caseB]);
    expect(graph.links.map((l) => l.type).sort()).toEqual(['purchased', 'uses_phone']);
  });

  it("expands an entity's neighbours from the other case", () => {
    const { db } = twoCaseWorkspace();
    const phone = graphOfCases(db).nodes.find((n) => n.type === 'phone')!;
    const around = neighboursOf(db, phone.id);
    expect(
      around.nodes
        .filter((n) => n.type === 'person')
        .map((n) => n.label)
        .sort(),
    ).toEqual(['Dana Testperson', 'Lee Example']);
  });

  it('shows the source links behind a drawn link', () => {
    const { db } = twoCaseWorkspace();
    const link = graphOfCases(db).links.find((l) => l.type === 'transported')!;
    const detail = linkDetail(db, link.id);
    expect(detail.recordLinks).toHaveLength(1);
    expect(detail.recordLinks[0]!.caseNumber).toBe('HSI-TUC-2021-007');
    expect(detail.recordLinks[0]!.toRecord.fields.serial).toBe('TRN SMP 0042');
  });

  it('finds entities by name prefix and by phone digits, ignoring accents and syntax', () => {
    const { db } = twoCaseWorkspace();
    expect(searchEntities(db, 'testpers', 10).map((h) => h.label)).toEqual(['Dana Testperson']);
    const byPhone = searchEntities(db, '010-0142', 10);
    expect(byPhone).toHaveLength(1);
    expect(byPhone[0]!.caseNumbers.sort()).toEqual(['ATF-MKE-2020-001', 'HSI-TUC-2021-007']);
    expect(ftsQuery('"OR NEAR(')).toBe('"or"* "near"*');
    expect(searchEntities(db, '***', 10)).toEqual([]);
  });

  it('pages the records of the chosen cases', () => {
    const { db, ids } = twoCaseWorkspace();
    const page = listRecords(db, [ids.caseB!], 2, 0);
    expect(page.total).toBe(4);
    expect(page.records).toHaveLength(2);
    expect(page.records.every((r) => r.caseNumber === 'HSI-TUC-2021-007')).toBe(true);
  });
});
