// Exchange without loss (issue 12 point 7): multi-valued fields written one value per
// attribute so a re-import links the same objects; undirected graphs stay undirected
// and edge weights survive, read back by networkx too; labels from a chosen attribute.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExchangeFile, PackageImportReport } from '../../../shared/contract/exchange-model';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { snapshot, upload, workbench } from '../import/helpers';

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
if (!hasNetworkx)
  console.log('exchange networkx checks: skipped — python3 with networkx is not installed on this machine');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-lossless-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs a Python snippet on a file (argv[1]) and parses what it prints as JSON. */
function python<T>(script: string, file: string): T {
  const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as T;
}

async function exportOne(call: ReturnType<typeof workbench>['call'], input: object): Promise<ExchangeFile> {
  const files = await call<ExchangeFile[]>('exchange.export', input);
  expect(files).toHaveLength(1);
  return files[0]!;
}

/** The entity holding each record, by record id. */
const entityOfRecord = (db: Db) =>
  new Map(
    (
      db.prepare('SELECT record_id AS r, entity_id AS e FROM entity_members').all() as {
        r: number;
        e: number;
      }[]
    ).map((m) => [m.r, m.e]),
  );

/** Records held by the entity that holds a record stating this phone number. */
const phoneEntityRecords = (db: Db, normalised: string) =>
  db
    .prepare(
      `SELECT count(*) FROM entity_members WHERE entity_id = (SELECT m.entity_id FROM record_identifiers i
       JOIN entity_members m ON m.record_id = i.record_id WHERE i.kind = 'phone' AND i.value = ? LIMIT 1)`,
    )
    .pluck()
    .get(normalised) as number;

const BRIDGE_PHONES = ['+15550100177', '+15550100142'];

describe('multi-valued fields', () => {
  for (const format of ['graphml', 'gexf'] as const) {
    it(`re-importing the training scenario's ${format} links every object with identifiers to the same entity`, async () => {
      const db = openWorkspace(':memory:');
      seedScenario(db);
      const { call } = workbench(db);
      const file = await exportOne(call, { format });
      // No identifier is written as a joined list any more.
      expect(file.data).not.toMatch(/\(555\) 010-0142; /);
      const before = entityOfRecord(db);
      const entitiesBefore = db.prepare('SELECT count(*) FROM entities').pluck().get() as number;
      const bridgeBefore = BRIDGE_PHONES.map((p) => phoneEntityRecords(db, p));
      // One record of each entity, and whether the entity states any identifier.
      const entities = db
        .prepare(
          `SELECT m.entity_id AS id, min(m.record_id) AS record,
             EXISTS (SELECT 1 FROM entity_members m2 JOIN record_identifiers i ON i.record_id = m2.record_id
                     WHERE m2.entity_id = m.entity_id) AS identified
           FROM entity_members m GROUP BY m.entity_id`,
        )
        .all() as { id: number; record: number; identified: number }[];

      const r = await call<PackageImportReport>('exchange.import', {
        file: upload(file.name, file.data),
        caseNumber: 'ROUND-TRIP',
      });
      expect(r).toMatchObject({ written: true, problems: [], recordsAdded: entities.length });
      const after = entityOfRecord(db);
      const imported = new Map(
        (
          db
            .prepare(
              "SELECT r.id, r.external_id AS ext FROM records r JOIN cases c ON c.id = r.case_id WHERE c.number = 'ROUND-TRIP'",
            )
            .all() as { id: number; ext: string }[]
        ).map((x) => [Number(x.ext.replace(/^node:n?/, '')), x.id]),
      );
      const apart = entities.filter(
        (e) => e.identified && after.get(imported.get(e.id)!) !== after.get(e.record),
      );
      expect(apart.map((e) => e.id)).toEqual([]);
      const identified = entities.filter((e) => e.identified).length;
      expect(identified).toBeGreaterThan(19);
      // Nothing else merged: each object without identifiers stays an entity of its own.
      expect(db.prepare('SELECT count(*) FROM entities').pluck().get()).toBe(
        entitiesBefore + entities.length - identified,
      );
      // And no two entities of the scenario were joined through the imported records.
      expect(new Set([...before.keys()].map((rec) => after.get(rec))).size).toBe(
        new Set(before.values()).size,
      );
      // The bridge phones each hold one more record: the imported one.
      expect(BRIDGE_PHONES.map((p) => phoneEntityRecords(db, p))).toEqual(bridgeBefore.map((n) => n + 1));
    });
  }

  it.runIf(hasNetworkx)(
    'networkx reads each value of a multi-valued field as its own attribute',
    async () => {
      const db = openWorkspace(':memory:');
      seedScenario(db);
      const { call } = workbench(db);
      for (const format of ['graphml', 'gexf'] as const) {
        const file = await exportOne(call, { format });
        const target = path.join(dir, file.name);
        fs.writeFileSync(target, file.data);
        const read = python<Record<string, unknown>[]>(
          `
import json, sys, networkx as nx
p = sys.argv[1]
g = nx.read_graphml(p) if p.endswith('.graphml') else nx.read_gexf(p)
print(json.dumps([d for _, d in g.nodes(data=True) if d.get('type') == 'phone' and '0142' in str(d.get('number'))]))
`,
          target,
        );
        expect(read).toHaveLength(1);
        expect([read[0]!.number, read[0]!.number_2].sort()).toEqual(['(555) 010-0142', '555-010-0142']);
      }
    },
  );
});

// Three airports, no labels: what networkx writes for an undirected weighted graph.
const AIRPORTS = `
import sys, networkx as nx
g = nx.Graph()
for i, (code, city) in enumerate([('ANC', 'Anchorage'), ('SEA', 'Seattle'), ('TUS', 'Tucson')]):
    g.add_node(i, iata=code, city=city)
g.add_edge(0, 1, weight=2.5)
g.add_edge(1, 2, weight=7.0)
p = sys.argv[1]
nx.write_graphml(g, p) if p.endswith('.graphml') else nx.write_gexf(g, p)
print('{}')
`;

const READ_EDGES = `
import json, sys, networkx as nx
p = sys.argv[1]
g = nx.read_graphml(p) if p.endswith('.graphml') else nx.read_gexf(p)
label = lambda n: g.nodes[n].get('label', n)
print(json.dumps({'directed': g.is_directed(),
  'edges': sorted([sorted([label(a), label(b)]) + [float(d.get('weight', 1))] for a, b, d in g.edges(data=True)])}))
`;

describe.runIf(hasNetworkx)('undirected weighted graphs and labels', () => {
  for (const format of ['graphml', 'gexf'] as const) {
    it(`${format} from networkx: imported undirected with weights, labelled by the chosen attribute, exported undirected`, async () => {
      const source = path.join(dir, `airports.${format}`);
      python(AIRPORTS, source);
      const { db, call } = workbench();
      const r = await call<PackageImportReport>('exchange.import', {
        file: upload(`airports.${format}`, fs.readFileSync(source)),
        labelAttribute: 'iata',
      });
      expect(r).toMatchObject({ written: true, recordsAdded: 3, linksAdded: 2 });
      expect(db.prepare('SELECT label FROM records ORDER BY label').pluck().all()).toEqual([
        'ANC',
        'SEA',
        'TUS',
      ]);

      const out = await exportOne(call, { format });
      expect(out.data).toMatch(
        format === 'graphml' ? /edgedefault="undirected"/ : /defaultedgetype="undirected"/,
      );
      const target = path.join(dir, `again-${out.name}`);
      fs.writeFileSync(target, out.data);
      expect(python(READ_EDGES, target)).toEqual({
        directed: false,
        edges: [
          ['ANC', 'SEA', 2.5],
          ['SEA', 'TUS', 7],
        ],
      });
    });
  }

  it('without a choice takes an id-like attribute rather than the node id, and a directed file stays directed', async () => {
    const { db, call } = workbench();
    const gexf = `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
  <attributes class="node"><attribute id="0" title="city" type="string"/><attribute id="1" title="IATA code" type="string"/></attributes>
  <nodes>
    <node id="0" label="0"><attvalues><attvalue for="0" value="Anchorage"/><attvalue for="1" value="ANC"/></attvalues></node>
    <node id="1"><attvalues><attvalue for="0" value="Seattle"/><attvalue for="1" value="SEA"/></attvalues></node>
  </nodes>
  <edges><edge source="0" target="1" weight="4"/></edges>
</graph></gexf>`;
    await call<PackageImportReport>('exchange.import', { file: upload('flights.gexf', gexf) });
    expect(db.prepare('SELECT label FROM records ORDER BY id').pluck().all()).toEqual(['ANC', 'SEA']);
    const out = await exportOne(call, { format: 'graphml' });
    expect(out.data).toMatch(/edgedefault="directed"/);
    expect(out.data).toMatch(/<data key="e_weight">4<\/data>/);
  });

  it('refuses a label attribute no node has, naming the attributes there are, and writes nothing', async () => {
    const { db, call } = workbench();
    const source = path.join(dir, 'airports.graphml');
    python(AIRPORTS, source);
    const before = snapshot(db);
    const r = await call<PackageImportReport>('exchange.import', {
      file: upload('airports.graphml', fs.readFileSync(source)),
      labelAttribute: 'icao',
    });
    expect(r.written).toBe(false);
    expect(r.problems).toEqual([
      {
        file: 'airports.graphml',
        row: null,
        column: 'labelAttribute',
        message: 'no node has the attribute "icao" chosen for labels; node attributes: "city", "iata"',
      },
    ]);
    expect(snapshot(db)).toEqual(before);
  });
});
