import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { getMeta } from '../../../db/store/write-case-data';
import { listConnections } from '../../../db/queries/connections';
import { foldText } from '../../../db/linking/identifiers';
import { SCENARIO_NAME, seedScenario, type SeedCounts } from '../../../db/scenario';
import type { CaseConnection } from '../../../shared/contract/model';

interface CaseRow {
  id: number;
  number: string;
  agency: string;
  jurisdiction: string;
  openedOn: string;
}
interface RecordRow {
  id: number;
  caseId: number;
  externalId: string;
  type: string;
  label: string;
  fields: string;
  source: string;
  entityId: number;
  cluster: string | null;
  isDecoy: number | null;
}

let db: Db;
let counts: SeedCounts;
let cases: CaseRow[];
let records: RecordRow[];
let connections: CaseConnection[];

const RECORDS_SQL = `SELECT r.id, r.case_id AS caseId, r.external_id AS externalId, r.type, r.label, r.fields, r.source,
  m.entity_id AS entityId, g.cluster, g.is_decoy AS isDecoy
  FROM records r JOIN entity_members m ON m.record_id = r.id LEFT JOIN ground_truth g ON g.record_id = r.id ORDER BY r.id`;

function load(target: Db) {
  return {
    cases: target
      .prepare('SELECT id, number, agency, jurisdiction, opened_on AS openedOn FROM cases ORDER BY id')
      .all() as CaseRow[],
    records: target.prepare(RECORDS_SQL).all() as RecordRow[],
  };
}

beforeAll(() => {
  db = openWorkspace(':memory:');
  counts = seedScenario(db);
  ({ cases, records } = load(db));
  connections = listConnections(db);
});

const caseOf = (id: number) => cases.find((c) => c.id === id)!;
const fieldsOf = (r: RecordRow) => JSON.parse(r.fields) as Record<string, string>;
const linksFrom = (recordId: number, type: string) =>
  db.prepare('SELECT to_record AS id FROM links WHERE from_record = ? AND type = ?').all(recordId, type) as {
    id: number;
  }[];
const linksTo = (recordId: number, type: string) =>
  db.prepare('SELECT from_record AS id FROM links WHERE to_record = ? AND type = ?').all(recordId, type) as {
    id: number;
  }[];
const recordById = (id: number) => records.find((r) => r.id === id)!;

/** Connected components of the case graph drawn by listConnections. */
function caseComponents(): number[][] {
  const parent = new Map(cases.map((c) => [c.id, c.id]));
  const find = (x: number): number => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (const c of connections) parent.set(find(c.caseA.id), find(c.caseB.id));
  const groups = new Map<number, number[]>();
  for (const c of cases) groups.set(find(c.id), [...(groups.get(find(c.id)) ?? []), c.id]);
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

describe('training scenario: size and spread', () => {
  it('has at least 12 cases from at least 5 agencies, opened 2019 to 2022', () => {
    expect(counts.cases).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(cases.map((c) => c.agency)).size).toBeGreaterThanOrEqual(5);
    for (const c of cases) expect(c.openedOn >= '2019-01-01' && c.openedOn <= '2022-12-31').toBe(true);
    const years = new Set(cases.map((c) => c.openedOn.slice(0, 4)));
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022']);
  });

  it('spans at least four U.S. states and Mexico', () => {
    const mexico = cases.filter((c) => c.jurisdiction.includes('Mexico'));
    const states = new Set(
      cases.filter((c) => !c.jurisdiction.includes('Mexico')).map((c) => c.jurisdiction),
    );
    expect(mexico.length).toBeGreaterThanOrEqual(1);
    expect(states.size).toBeGreaterThanOrEqual(4);
  });

  it('holds at least 250 source records of at least 8 types, each with a stable external id and scenario source', () => {
    expect(records.length).toBe(counts.records);
    expect(records.length).toBeGreaterThanOrEqual(250);
    expect(new Set(records.map((r) => r.type)).size).toBeGreaterThanOrEqual(8);
    for (const r of records) {
      expect(r.externalId).toMatch(/^[A-Z]+-[A-Z0-9-]+\/[A-Z]-\d{3}$/);
      expect(r.externalId.startsWith(`${caseOf(r.caseId).number}/`)).toBe(true);
      expect(JSON.parse(r.source)).toEqual({ kind: 'scenario' });
    }
  });

  it('links records inside every case', () => {
    const linksPerCase = db
      .prepare('SELECT case_id AS caseId, count(*) AS n FROM links GROUP BY case_id')
      .all() as {
      caseId: number;
      n: number;
    }[];
    expect(linksPerCase.length).toBe(cases.length);
    const crossCase = db
      .prepare(
        'SELECT count(*) AS n FROM links l JOIN records a ON a.id = l.from_record JOIN records b ON b.id = l.to_record WHERE a.case_id <> l.case_id OR b.case_id <> l.case_id',
      )
      .get() as { n: number };
    expect(crossCase.n).toBe(0);
  });

  it('names the workspace', () => {
    expect(getMeta(db, 'name')).toBe(SCENARIO_NAME);
  });

  it('uses only fictional 555-01xx phone numbers', () => {
    const phones = records.filter((r) => r.type === 'phone');
    expect(phones.length).toBeGreaterThan(10);
    for (const p of phones) expect(fieldsOf(p).number!.replace(/\D/g, '')).toMatch(/^(1|52)?55501001\d\d$/);
  });

  it('is deterministic: a second seeding gives identical cases, records, links and truth', () => {
    const other = openWorkspace(':memory:');
    seedScenario(other);
    const again = load(other);
    const strip = (rs: RecordRow[]) => rs.map(({ id: _id, entityId: _e, ...rest }) => rest);
    expect(again.cases).toEqual(cases);
    expect(strip(again.records)).toEqual(strip(records));
    const linksSql =
      'SELECT case_id, external_id, type, from_record, to_record, occurred_on FROM links ORDER BY id';
    expect(other.prepare(linksSql).all()).toEqual(db.prepare(linksSql).all());
    other.close();
  });
});

describe('training scenario: how the cases connect', () => {
  it('puts most cases in one supernetwork with the cartel-linked buyer, and leaves at least one apart', () => {
    const [network, ...apart] = caseComponents();
    expect(network!.length).toBeGreaterThanOrEqual(Math.ceil((cases.length * 2) / 3));
    expect(apart.length).toBeGreaterThanOrEqual(1);
    // The buyer: a person with role "buyer" who is a member of a CJNG-linked organisation.
    const buyerCases = records
      .filter((r) => r.type === 'person' && fieldsOf(r).role === 'buyer')
      .filter((r) => linksFrom(r.id, 'member_of').some((l) => /CJNG/.test(recordById(l.id).label)))
      .map((r) => r.caseId);
    expect(buyerCases.length).toBeGreaterThan(0);
    for (const id of buyerCases) expect(network).toContain(id);
  });

  it.each(['Wisconsin', 'Alaska'])('joins a gun bought in %s to a recovery in Mexico by serial', (state) => {
    const joined = connections
      .flatMap((c) => c.evidence.filter((e) => e.identifierKind === 'serial'))
      .map((e) => e.recordIds.map(recordById))
      .filter((pair) => {
        const bought = pair.find(
          (r) => caseOf(r.caseId).jurisdiction === state && linksTo(r.id, 'purchased').length > 0,
        );
        const recovered = pair.find(
          (r) =>
            caseOf(r.caseId).jurisdiction.includes('Mexico') &&
            linksFrom(r.id, 'recovered_in').some((l) => fieldsOf(recordById(l.id)).country === 'MX'),
        );
        return bought && recovered && fieldsOf(bought).make === fieldsOf(recovered).make;
      });
    expect(joined.length).toBeGreaterThan(0);
  });

  it('joins the brokers of different crews through a shared phone and the stash-house address, across cases', () => {
    const brokerClustersOf = (entityId: number, linkType: string) => {
      const held = records.filter((r) => r.entityId === entityId);
      const users = held.flatMap((r) => linksTo(r.id, linkType).map((l) => recordById(l.id)));
      const brokers = users.filter((u) => fieldsOf(u).role === 'broker');
      return { cases: new Set(held.map((r) => r.caseId)), brokers: new Set(brokers.map((b) => b.cluster)) };
    };
    const entities = (type: string) => [
      ...new Set(records.filter((r) => r.type === type).map((r) => r.entityId)),
    ];
    const sharedPhone = entities('phone')
      .map((e) => brokerClustersOf(e, 'uses_phone'))
      .filter((s) => s.cases.size >= 2 && s.brokers.size >= 2);
    expect(sharedPhone.length).toBeGreaterThan(0);
    const stash = entities('address')
      .map((e) => brokerClustersOf(e, 'stored_at'))
      .filter((s) => s.cases.size >= 3 && s.brokers.size >= 3);
    expect(stash.length).toBe(1);
  });

  it('joins the courier vehicle to a border-seizure case', () => {
    const vehicleLinks = connections
      .flatMap((c) => c.evidence.filter((e) => e.entityType === 'vehicle'))
      .flatMap((e) => e.recordIds.map(recordById));
    const seizureSide = vehicleLinks.filter((r) => linksFrom(r.id, 'crossed_at').length > 0);
    expect(seizureSide.length).toBeGreaterThan(0);
    const seizureCase = seizureSide[0]!.caseId;
    expect(records.some((r) => r.caseId === seizureCase && r.type === 'recovery')).toBe(true);
  });
});

describe('training scenario: ground truth', () => {
  it('covers every record', () => {
    expect(records.every((r) => r.cluster !== null)).toBe(true);
  });

  it('never lets exact linking put two ground-truth identities, or a decoy and another identity, in one entity', () => {
    const clustersByEntity = new Map<number, Set<string>>();
    for (const r of records)
      clustersByEntity.set(r.entityId, (clustersByEntity.get(r.entityId) ?? new Set()).add(r.cluster!));
    for (const set of clustersByEntity.values()) expect(set.size).toBe(1);
    expect(records.filter((r) => r.isDecoy === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('gives decoys no phone, address, vehicle or gun that another case also holds', () => {
    const decoys = records.filter((r) => r.isDecoy === 1);
    for (const decoy of decoys) {
      const neighbours = db
        .prepare(
          'SELECT to_record AS id FROM links WHERE from_record = ? UNION SELECT from_record FROM links WHERE to_record = ?',
        )
        .all(decoy.id, decoy.id) as { id: number }[];
      for (const n of neighbours) {
        const entity = recordById(n.id).entityId;
        const casesOfEntity = new Set(records.filter((r) => r.entityId === entity).map((r) => r.caseId));
        expect([...casesOfEntity], `${decoy.label} → ${recordById(n.id).label}`).toEqual([decoy.caseId]);
      }
    }
  });

  it('has real people under spelling variants across cases, and decoys whose names look like theirs', () => {
    const people = records.filter((r) => r.type === 'person');
    const byCluster = new Map<string, RecordRow[]>();
    for (const p of people) byCluster.set(p.cluster!, [...(byCluster.get(p.cluster!) ?? []), p]);
    const variants = [...byCluster.values()].filter(
      (rs) => new Set(rs.map((r) => r.label)).size >= 3 && new Set(rs.map((r) => r.caseId)).size >= 3,
    );
    expect(variants.length).toBeGreaterThanOrEqual(3);
    const surname = (r: RecordRow) => foldText(fieldsOf(r).name!).split(' ').slice(1);
    for (const decoy of people.filter((p) => p.isDecoy === 1)) {
      const lookalike = people.find(
        (p) =>
          p.isDecoy === 0 &&
          p.cluster !== decoy.cluster &&
          surname(p).some((w) => surname(decoy).includes(w)),
      );
      expect(lookalike, decoy.label).toBeDefined();
      expect(fieldsOf(lookalike!).dob).not.toBe(fieldsOf(decoy).dob);
    }
  });

  it('transposes day and month in some dates of birth of one identity', () => {
    const people = records.filter((r) => r.type === 'person' && fieldsOf(r).dob);
    const swapped = people.filter((a) =>
      people.some((b) => {
        const [ya, ma, da] = fieldsOf(a).dob!.split('-');
        return b.cluster === a.cluster && fieldsOf(b).dob === `${ya}-${da}-${ma}` && ma !== da;
      }),
    );
    expect(swapped.length).toBeGreaterThanOrEqual(2);
  });
});
