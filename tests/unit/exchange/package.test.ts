// Case packages: a full round trip, connection to cases already present, and every
// refusal (conflict, newer format, dangling reference, zip bomb) leaving the workspace as it was.
import { deflateRawSync } from 'node:zlib';
import { zipSync, Zip, ZipPassThrough } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExchangeFile, PackageImportReport } from '../../../shared/contract/exchange-model';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { setMeta } from '../../../db/store/write-case-data';
import { snapshot, upload, workbench } from '../import/helpers';

function scenarioBench() {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  setMeta(db, 'matching.settings', JSON.stringify({ analyst: 'Analyst Example (Phoenix FO)' }));
  return workbench(db);
}

async function exportPackage(call: ReturnType<typeof workbench>['call'], input: object = {}) {
  const files = await call<ExchangeFile[]>('exchange.export', { format: 'package', ...input });
  expect(files).toHaveLength(1);
  return files[0]!;
}

/** Everything a case package carries, keyed by case number and record order, free of local ids. */
function contents(db: Db) {
  const records = db
    .prepare(
      `SELECT r.id, c.number AS caseNumber, r.external_id AS externalId, r.type, r.label, r.fields, r.source, m.entity_id AS entity, m.reason
       FROM records r JOIN cases c ON c.id = r.case_id JOIN entity_members m ON m.record_id = r.id ORDER BY r.id`,
    )
    .all() as { id: number; entity: number; source: string; reason: string }[];
  const index = new Map(records.map((r, i) => [r.id, i]));
  const groups = new Map<number, number[]>();
  records.forEach((r, i) => groups.set(r.entity, [...(groups.get(r.entity) ?? []), i]));
  return {
    cases: db
      .prepare(
        'SELECT number, title, agency, status, opened_on, jurisdiction, summary FROM cases ORDER BY number',
      )
      .all(),
    records: records.map(({ id: _id, entity: _e, source, ...rest }) => ({
      ...rest,
      source: JSON.parse(source) as Record<string, unknown>,
    })),
    links: (
      db
        .prepare(
          'SELECT c.number, l.type, l.from_record AS f, l.to_record AS t, l.label, l.occurred_on, l.fields FROM links l JOIN cases c ON c.id = l.case_id ORDER BY l.id',
        )
        .all() as { f: number; t: number }[]
    ).map(({ f, t, ...rest }) => ({ ...rest, from: index.get(f), to: index.get(t) })),
    groups: [...groups.values()].map((g) => g.join(',')).sort(),
    identifiers: db.prepare('SELECT count(*) FROM record_identifiers').pluck().get(),
  };
}

describe('case packages', () => {
  it('round-trips the whole training scenario into an empty workspace', async () => {
    const a = scenarioBench();
    const file = await exportPackage(a.call);
    const pkg = JSON.parse(file.data) as {
      format: string;
      formatVersion: number;
      origin: { analyst: string };
    };
    expect(pkg).toMatchObject({
      format: 'thorline-case-package',
      formatVersion: 1,
      origin: { analyst: 'Analyst Example (Phoenix FO)' },
    });
    const b = workbench();
    const r = await b.call<PackageImportReport>('exchange.import', { file: upload(file.name, file.data) });
    expect(r.written).toBe(true);
    expect(r.problems).toEqual([]);
    const before = contents(a.db);
    const after = contents(b.db);
    expect(after.cases).toEqual(before.cases);
    expect(after.links).toEqual(before.links);
    expect(after.groups).toEqual(before.groups);
    expect(after.identifiers).toBe(before.identifiers);
    expect(after.records.length).toBe(before.records.length);
    after.records.forEach((rec, i) => {
      const orig = before.records[i]!;
      const { source, ...rest } = rec;
      const { source: origSource, ...origRest } = orig;
      expect(rest).toEqual(origRest);
      // Provenance: the original source, plus where the package came from.
      expect(source).toEqual({
        ...origSource,
        workspace: 'Training scenario — Project Thor sample',
        workspaceId: expect.any(String),
        analyst: 'Analyst Example (Phoenix FO)',
      });
    });
    const origin = JSON.parse(
      b.db.prepare('SELECT origin FROM cases LIMIT 1').pluck().get() as string,
    ) as Record<string, unknown>;
    expect(origin).toMatchObject({ kind: 'package', analyst: 'Analyst Example (Phoenix FO)' });
  });

  it('links an imported case to the cases already in the workspace', async () => {
    const a = scenarioBench();
    const connections = (db: Db) =>
      db
        .prepare(
          `SELECT count(*) FROM (SELECT m.entity_id FROM entity_members m JOIN records r ON r.id = m.record_id
           GROUP BY m.entity_id HAVING count(DISTINCT r.case_id) > 1)`,
        )
        .pluck()
        .get() as number;
    const caseId = a.db
      .prepare("SELECT id FROM cases WHERE number = 'HSI-TUC-2021-031'")
      .pluck()
      .get() as number;
    const file = await exportPackage(a.call, { caseIds: [caseId] });
    // The other office has every case but this one.
    const b = scenarioBench();
    b.db.prepare("DELETE FROM cases WHERE number = 'HSI-TUC-2021-031'").run();
    b.db.prepare('DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM entity_members)').run();
    const crossBefore = connections(b.db);
    const r = await b.call<PackageImportReport>('exchange.import', { file: upload(file.name, file.data) });
    expect(r.caseNumbers).toEqual(['HSI-TUC-2021-031']);
    expect(r.notes[0]).toMatch(/^[1-9]\d* exact-identifier connection/);
    expect(connections(b.db)).toBeGreaterThan(crossBefore);
  });

  it('exports a chart selection of entities with only their records', async () => {
    const a = scenarioBench();
    const entityIds = a.db
      .prepare("SELECT id FROM entities WHERE type = 'phone' LIMIT 3")
      .pluck()
      .all() as number[];
    const file = await exportPackage(a.call, { entityIds });
    const pkg = JSON.parse(file.data) as {
      records: { type: string }[];
      entities: unknown[];
      scope: { entityIds: number[] };
    };
    expect(pkg.entities).toHaveLength(3);
    expect(new Set(pkg.records.map((r) => r.type))).toEqual(new Set(['phone']));
    expect(pkg.scope.entityIds).toEqual(entityIds);
  });

  it('reports a case number that already exists and writes nothing', async () => {
    const a = scenarioBench();
    const file = await exportPackage(a.call);
    const before = snapshot(a.db);
    const r = await a.call<PackageImportReport>('exchange.import', { file: upload(file.name, file.data) });
    expect(r.written).toBe(false);
    expect(r.problems[0]?.message).toMatch(
      /^case ATF-PHX-2019-088 already exists in this workspace \(".+", .+\); the package was not imported/,
    );
    expect(snapshot(a.db)).toEqual(before);
  });

  it('refuses a package of a newer format version', async () => {
    const a = scenarioBench();
    const pkg = JSON.parse((await exportPackage(a.call)).data) as Record<string, unknown>;
    const b = workbench();
    const before = snapshot(b.db);
    const r = await b.call<PackageImportReport>('exchange.import', {
      file: upload('future.json', JSON.stringify({ ...pkg, formatVersion: 7 })),
    });
    expect(r.problems).toEqual([
      {
        file: 'future.json',
        row: null,
        column: 'formatVersion',
        message:
          'future.json was written by a newer Thorline (package format version 7; this version reads up to 1). Update Thorline to import it.',
      },
    ]);
    expect(snapshot(b.db)).toEqual(before);
  });

  it('refuses a package with a dangling reference, naming it', async () => {
    const a = scenarioBench();
    const pkg = JSON.parse((await exportPackage(a.call)).data) as { links: { to: string }[] };
    pkg.links[3]!.to = 'r999999';
    const b = workbench();
    const before = snapshot(b.db);
    const r = await b.call<PackageImportReport>('exchange.import', {
      file: upload('edited.json', JSON.stringify(pkg)),
    });
    expect(r.written).toBe(false);
    expect(r.problems).toContainEqual({
      file: 'edited.json',
      row: null,
      column: 'links.3.to',
      message: 'dangling reference: record "r999999" is not in the package',
    });
    expect(snapshot(b.db)).toEqual(before);
  });

  it('refuses a file that is not a package, and malformed fields by path', async () => {
    const b = workbench();
    const before = snapshot(b.db);
    const notPkg = await b.call<PackageImportReport>('exchange.import', {
      file: upload('x.json', '{"hello": 1}'),
    });
    expect(notPkg.problems[0]?.message).toMatch(/x.json is not a Thorline case package/);
    const a = scenarioBench();
    const pkg = JSON.parse((await exportPackage(a.call)).data) as { records: { type: string }[] };
    pkg.records[0]!.type = 'spaceship';
    const bad = await b.call<PackageImportReport>('exchange.import', {
      file: upload('y.json', JSON.stringify(pkg)),
    });
    expect(bad.problems[0]?.column).toBe('records.0.type');
    expect(snapshot(b.db)).toEqual(before);
  });

  it('imports a zipped package, and refuses a zip that expands to gigabytes', async () => {
    const a = scenarioBench();
    const file = await exportPackage(a.call);
    const zipped = zipSync({ 'package.json': new TextEncoder().encode(file.data) });
    const b = workbench();
    const ok = await b.call<PackageImportReport>('exchange.import', {
      file: upload('cases.zip', Buffer.from(zipped)),
    });
    expect(ok.written).toBe(true);

    // 300 MB of zeros deflate to ~300 KB. Stored with a header that lies about the size
    // (it declares the compressed length), so only counting while inflating catches it.
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      parts.push(chunk);
    });
    const entry = new ZipPassThrough('package.json');
    (entry as unknown as { compression: number }).compression = 8;
    zip.add(entry);
    entry.push(deflateRawSync(Buffer.alloc(300 * 2 ** 20), { level: 1 }), true);
    zip.end();
    const bomb = Buffer.concat(parts);
    expect(bomb.length).toBeLessThan(2 * 2 ** 20);
    const c = workbench();
    const before = snapshot(c.db);
    const r = await c.call<PackageImportReport>('exchange.import', { file: upload('bomb.zip', bomb) });
    expect(r.written).toBe(false);
    expect(r.problems[0]?.message).toMatch(
      /bomb.zip cannot be read as a case package: the archive expands to more than 256 MB/,
    );
    expect(snapshot(c.db)).toEqual(before);
    const honest = zipSync({ 'package.json': new Uint8Array(300 * 2 ** 20) }, { level: 1 });
    const r2 = await c.call<PackageImportReport>('exchange.import', {
      file: upload('big.zip', Buffer.from(honest)),
    });
    expect(r2.problems[0]?.message).toMatch(
      /entry package.json declares 300 MB uncompressed; the limit is 256 MB/,
    );
    expect(snapshot(c.db)).toEqual(before);
  }, 120_000);
});
