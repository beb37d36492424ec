import { describe, expect, it } from 'vitest';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { insertCase, insertLink, insertRecord } from '../../../db/store/write-case-data';
import { linkByIdentifiers } from '../../../db/linking/exact-linking';
import { foldText, identifiersOf } from '../../../db/linking/identifiers';
import { generateScaledCases, generateScaledRecords } from '../../../db/scenario/scale/generate';
import { seedScaledWorkspace } from '../../../db/scenario/scale/seed-scaled';
import { scenarioCases } from '../../../db/scenario';

const take = (records: number, seed: number) => [...generateScaledRecords({ records, seed })];

describe('scaled sample generator', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(take(3000, 11)).toEqual(take(3000, 11));
    expect(take(300, 12)).not.toEqual(take(300, 11));
  });

  it.each([1, 37, 2500])('produces exactly %i records', (n) => {
    expect(take(n, 3).length).toBe(n);
  });

  it('gives every identity one to four appearances, each in a different case', () => {
    const byCluster = new Map<string, string[]>();
    for (const r of take(20_000, 5))
      byCluster.set(r.cluster, [...(byCluster.get(r.cluster) ?? []), r.caseNumber]);
    const sizes = new Map<number, number>();
    for (const cases of byCluster.values()) {
      expect(new Set(cases).size).toBe(cases.length);
      sizes.set(cases.length, (sizes.get(cases.length) ?? 0) + 1);
    }
    expect([...sizes.keys()].sort()).toEqual([1, 2, 3, 4]);
  });

  it('spreads records over many cases, in about the proportions of the training scenario', () => {
    const records = take(20_000, 5);
    expect(new Set(records.map((r) => r.caseNumber)).size).toBeGreaterThan(200);
    const scenario = scenarioCases().flatMap((c) => c.records);
    const share = (rs: { type: string }[], t: string) => rs.filter((r) => r.type === t).length / rs.length;
    for (const t of new Set(scenario.map((r) => r.type))) {
      expect(Math.abs(share(records, t) - share(scenario, t)), t).toBeLessThan(0.04);
    }
  });

  it('is noisy: name variants, lost accents, swapped dates, confusable serials, phone formats, missing fields', () => {
    const records = take(20_000, 5);
    const pairs = new Map<string, (typeof records)[number][]>();
    for (const r of records) pairs.set(r.cluster, [...(pairs.get(r.cluster) ?? []), r]);
    const multi = [...pairs.values()].filter((rs) => rs.length > 1);
    const some = (type: string, test: (a: Record<string, string>, b: Record<string, string>) => boolean) =>
      multi
        .filter((rs) => rs[0]!.type === type)
        .some((rs) => rs.some((a) => rs.some((b) => a !== b && test(a.fields, b.fields))));
    expect(some('person', (a, b) => a.name !== b.name && foldText(a.name!) === foldText(b.name!))).toBe(true);
    expect(some('person', (a, b) => foldText(a.name!) !== foldText(b.name!))).toBe(true);
    expect(
      some(
        'person',
        (a, b) =>
          !!a.dob &&
          !!b.dob &&
          a.dob !== b.dob &&
          a.dob.slice(5) === `${b.dob.slice(8)}-${b.dob.slice(5, 7)}`,
      ),
    ).toBe(true);
    expect(some('person', (a, b) => !!a.dob && !b.dob)).toBe(true);
    const serialKey = (f: Record<string, string>) => identifiersOf('firearm', f)[0]?.value ?? '';
    const unconfuse = (s: string) =>
      s.replace(/O/g, '0').replace(/I/g, '1').replace(/S/g, '5').replace(/B/g, '8');
    expect(
      some(
        'firearm',
        (a, b) => serialKey(a) !== serialKey(b) && unconfuse(serialKey(a)) === unconfuse(serialKey(b)),
      ),
    ).toBe(true);
    const phoneKey = (f: Record<string, string>) => identifiersOf('phone', f)[0]?.value;
    expect(some('phone', (a, b) => a.number !== b.number && phoneKey(a) === phoneKey(b))).toBe(true);
    // Fictional numbers only: (AAA) 555-01xx, or one with a dropped digit.
    for (const r of records.filter((x) => x.type === 'phone')) {
      const national = r.fields.number!.replace(/\D/g, '').replace(/^(1|52)(?=\d{9,10}$)/, '');
      expect(national).toMatch(/^[2-9]\d{2}55501\d\d$|^\d{9}$/);
    }
  });

  it('includes decoys: other people whose names look like a real identity’s', () => {
    const people = take(20_000, 5).filter((r) => r.type === 'person');
    const decoys = people.filter((p) => p.decoy);
    expect(decoys.length).toBeGreaterThan(10);
    const surname = (name: string) => foldText(name).split(' ');
    const lookalikes = decoys.filter((d) =>
      people.some(
        (p) =>
          !p.decoy &&
          p.cluster !== d.cluster &&
          surname(p.fields.name!).some((w) => w.length > 3 && surname(d.fields.name!).includes(w)),
      ),
    );
    expect(lookalikes.length / decoys.length).toBeGreaterThan(0.8);
  });
});

/** Reference path: the ordinary writer and a separate exact-linking pass. */
function seedSlowly(db: Db, records: number, seed: number) {
  db.transaction(() => {
    for (const c of generateScaledCases({ records, seed })) {
      const caseId = insertCase(db, c.info);
      const ids = c.records.map(
        (r) =>
          insertRecord(db, {
            caseId,
            externalId: r.externalId,
            type: r.type,
            label: r.label,
            fields: r.fields,
            source: { kind: 'scenario' },
          }).recordId,
      );
      c.links.forEach((l, i) =>
        insertLink(db, {
          caseId,
          externalId: `${c.info.number}/L-${String(i + 1).padStart(3, '0')}`,
          type: l.type,
          fromRecord: ids[l.from]!,
          toRecord: ids[l.to]!,
          source: { kind: 'scenario' },
        }),
      );
    }
    linkByIdentifiers(db);
  })();
}

const SNAPSHOT = `SELECT r.external_id AS record, r.label, r.fields, m.reason, e.label AS entityLabel,
  (SELECT group_concat(r2.external_id) FROM entity_members m2 JOIN records r2 ON r2.id = m2.record_id WHERE m2.entity_id = m.entity_id ORDER BY r2.id) AS members,
  (SELECT group_concat(kind || '=' || value) FROM record_identifiers i WHERE i.record_id = r.id ORDER BY kind) AS identifiers,
  (SELECT text FROM record_search WHERE rowid = r.id) AS search
  FROM records r JOIN entity_members m ON m.record_id = r.id JOIN entities e ON e.id = m.entity_id ORDER BY r.id`;

describe('scaled workspace writer', () => {
  it('writes exactly N records with ground truth for each, in batches', () => {
    const db = openWorkspace(':memory:');
    const progress: number[] = [];
    const counts = seedScaledWorkspace(db, {
      records: 2500,
      seed: 9,
      batch: 700,
      onProgress: (done) => progress.push(done),
    });
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(counts.records).toBe(2500);
    expect(n('SELECT count(*) AS n FROM records')).toBe(2500);
    expect(n('SELECT count(*) AS n FROM ground_truth')).toBe(2500);
    expect(n('SELECT count(*) AS n FROM links')).toBe(counts.links);
    expect(progress.length).toBeGreaterThan(3);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('gives the same records, entities, identifiers and search rows as insertRecord plus linkByIdentifiers', () => {
    const fast = openWorkspace(':memory:');
    const slow = openWorkspace(':memory:');
    const counts = seedScaledWorkspace(fast, { records: 6000, seed: 21 });
    seedSlowly(slow, 6000, 21);
    expect(counts.merges).toBeGreaterThanOrEqual(0);
    const a = fast.prepare(SNAPSHOT).all() as { members: string }[];
    const b = slow.prepare(SNAPSHOT).all();
    expect(a).toEqual(b);
    expect(a.some((r) => r.members.includes(','))).toBe(true);
  });

  it('rejects a record count that is not a positive whole number', () => {
    const db = openWorkspace(':memory:');
    expect(() => seedScaledWorkspace(db, { records: 0, seed: 1 })).toThrow(
      /records must be a positive whole number/,
    );
    expect(() => seedScaledWorkspace(db, { records: 2.5, seed: 1 })).toThrow(/records/);
  });
});
