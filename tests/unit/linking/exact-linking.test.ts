import { describe, expect, it } from 'vitest';
import { splitRecord } from '../../../db/linking/merge';
import { linkByIdentifiers } from '../../../db/linking/exact-linking';
import { listConnections } from '../../../db/queries/connections';
import { graphOfCases } from '../../../db/queries/graph';
import { entityDetail } from '../../../db/queries/entities';
import { twoCaseWorkspace } from '../db/fixture-two-cases';

const entityOf = (db: ReturnType<typeof twoCaseWorkspace>['db'], recordId: number) =>
  (db.prepare('SELECT entity_id AS e FROM entity_members WHERE record_id = ?').get(recordId) as { e: number })
    .e;

describe('exact-identifier linking', () => {
  it('holds records that share a normalised phone or serial in one entity, with evidence', () => {
    const { db, ids } = twoCaseWorkspace();
    expect(entityOf(db, ids.phoneA!)).toBe(entityOf(db, ids.phoneB!));
    expect(entityOf(db, ids.gunA!)).toBe(entityOf(db, ids.gunB!));
    expect(entityOf(db, ids.otherGun!)).not.toBe(entityOf(db, ids.gunA!));
    const phone = entityDetail(db, entityOf(db, ids.phoneA!));
    expect(phone.members.map((m) => m.record.caseNumber).sort()).toEqual([
      'ATF-MKE-2020-001',
      'HSI-TUC-2021-007',
    ]);
    expect(phone.members.some((m) => m.reason === 'identifier' && m.evidence.includes('+15550100142'))).toBe(
      true,
    );
  });

  it('never rewrites the source records', () => {
    const { db, ids } = twoCaseWorkspace();
    const row = db.prepare('SELECT fields FROM records WHERE id = ?').get(ids.phoneB!) as { fields: string };
    expect(JSON.parse(row.fields)).toEqual({ number: '+1 555 010 0142' });
  });

  it('lists the two cases as connected through the phone and the gun', () => {
    const { db } = twoCaseWorkspace();
    const [conn, ...rest] = listConnections(db);
    expect(rest).toHaveLength(0);
    expect(conn!.evidence.map((e) => e.identifierKind).sort()).toEqual(['phone', 'serial']);
  });

  it('marks the shared entities as cross-case on the chart and draws links between entities', () => {
    const { db } = twoCaseWorkspace();
    const graph = graphOfCases(db);
    expect(
      graph.nodes
        .filter((n) => n.crossCase)
        .map((n) => n.type)
        .sort(),
    ).toEqual(['firearm', 'phone']);
    expect(graph.nodes).toHaveLength(5);
    expect(graph.links).toHaveLength(4);
  });

  it('does not merge again what an analyst split apart', () => {
    const { db, ids } = twoCaseWorkspace();
    db.transaction(() => splitRecord(db, ids.phoneB!))();
    expect(entityOf(db, ids.phoneA!)).not.toBe(entityOf(db, ids.phoneB!));
    db.transaction(() => linkByIdentifiers(db))();
    expect(entityOf(db, ids.phoneA!)).not.toBe(entityOf(db, ids.phoneB!));
    expect(listConnections(db)[0]!.evidence.map((e) => e.identifierKind)).toEqual(['serial']);
  });
});
