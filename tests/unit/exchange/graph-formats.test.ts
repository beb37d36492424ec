// GraphML, GEXF and CSV: exports declare what they write, import back to the same
// nodes, edges and attributes, and hostile XML is refused without touching the workspace.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExchangeFile, PackageImportReport } from '../../../shared/contract/exchange-model';
import { parseXml } from '../../../db/exchange/xml-read';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { snapshot, upload, workbench } from '../import/helpers';

function scenarioBench() {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  return workbench(db);
}

type El = Record<string, unknown>;
const arr = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as El[];

/** Nodes and edges of a case as comparable text: type, label, fields; edges by end labels. */
function graphOf(db: Db, caseNumber: string) {
  const nodes = (
    db
      .prepare(
        `SELECT r.type, r.label, r.fields FROM records r JOIN cases c ON c.id = r.case_id WHERE c.number = ? ORDER BY r.label, r.type`,
      )
      .all(caseNumber) as { type: string; label: string; fields: string }[]
  ).map((n) => ({ ...n, fields: JSON.parse(n.fields) as Record<string, string> }));
  const edges = (
    db
      .prepare(
        `SELECT l.type, f.label AS fromLabel, t.label AS toLabel FROM links l JOIN records f ON f.id = l.from_record
         JOIN records t ON t.id = l.to_record JOIN cases c ON c.id = l.case_id WHERE c.number = ?`,
      )
      .all(caseNumber) as { type: string; fromLabel: string; toLabel: string }[]
  )
    .map((e) => `${e.fromLabel} -${e.type}-> ${e.toLabel}`)
    .sort();
  return { nodes, edges };
}

async function exportOne(call: ReturnType<typeof workbench>['call'], input: object): Promise<ExchangeFile> {
  const files = await call<ExchangeFile[]>('exchange.export', input);
  expect(files).toHaveLength(1);
  return files[0]!;
}

describe('GraphML and GEXF export', () => {
  it('declares every GraphML attribute with a key and writes positions when given', async () => {
    const { call } = scenarioBench();
    const graph = await call<{ nodes: { id: number }[]; links: unknown[] }>('graph.get', {});
    const first = graph.nodes[0]!.id;
    const f = await exportOne(call, { format: 'graphml', positions: { [first]: { x: 12.5, y: -40 } } });
    expect(f.mime).toBe('application/graphml+xml');
    const doc = parseXml(f.data, f.name).graphml as El;
    const keys = new Map(arr(doc.key).map((k) => [k['@id'], k]));
    const g = arr(doc.graph)[0]!;
    expect(arr(g.node)).toHaveLength(graph.nodes.length);
    expect(arr(g.edge)).toHaveLength(graph.links.length);
    for (const el of [...arr(g.node), ...arr(g.edge)])
      for (const d of arr(el.data)) expect(keys.has(d['@key'])).toBe(true);
    const node = arr(g.node).find((n) => n['@id'] === `n${first}`)!;
    const value = (name: string) =>
      arr(node.data).find((d) => keys.get(d['@key'])?.['@attr.name'] === name)?.['#text'];
    expect([value('x'), value('y')]).toEqual(['12.5', '-40']);
    expect(value('cases')).toMatch(/^[A-Z]/);
  });

  it('writes GEXF 1.3 with declared attributes and viz:position', async () => {
    const { call } = scenarioBench();
    const graph = await call<{ nodes: { id: number }[] }>('graph.get', {});
    const first = graph.nodes[0]!.id;
    const f = await exportOne(call, { format: 'gexf', positions: { [first]: { x: 3, y: 4 } } });
    const doc = parseXml(f.data, f.name).gexf as El;
    expect(doc['@version']).toBe('1.3');
    expect(doc['@xmlns']).toBe('http://gexf.net/1.3');
    const g = arr(doc.graph)[0]!;
    const declared = new Set(
      arr(g.attributes).flatMap((a) => arr(a.attribute).map((x) => `${a['@class']}:${x['@id']}`)),
    );
    const nodes = arr((g.nodes as El).node);
    for (const n of nodes)
      for (const v of arr((n.attvalues as El).attvalue)) expect(declared.has(`node:${v['@for']}`)).toBe(true);
    const node = nodes.find((n) => n['@id'] === String(first))!;
    expect(node['viz:position']).toMatchObject({ '@x': '3', '@y': '4' });
  });

  for (const format of ['graphml', 'gexf'] as const) {
    it(`round-trips a case through ${format}: same nodes, edges and attributes`, async () => {
      const a = scenarioBench();
      const caseId = a.db
        .prepare("SELECT id FROM cases WHERE number = 'AK-2020-006'")
        .pluck()
        .get() as number;
      const f = await exportOne(a.call, { format, caseIds: [caseId] });
      const b = workbench();
      const r = await b.call<PackageImportReport>('exchange.import', {
        file: upload(f.name, f.data),
        caseNumber: 'FROM-GRAPH',
      });
      expect(r).toMatchObject({ written: true, caseNumbers: ['FROM-GRAPH'], problems: [] });
      // Entities of the case as the chart draws them, against records of the imported case.
      const chart = await a.call<{ nodes: { id: number; type: string; label: string }[]; links: unknown[] }>(
        'graph.get',
        { caseIds: [caseId] },
      );
      const imported = graphOf(b.db, 'FROM-GRAPH');
      expect(imported.nodes.map((n) => `${n.type}:${n.label}`).sort()).toEqual(
        chart.nodes.map((n) => `${n.type}:${n.label}`).sort(),
      );
      expect(imported.edges).toHaveLength(chart.links.length);
      // Properties survive: an exported firearm's serial is a field of the imported one.
      const gun = imported.nodes.find((n) => n.type === 'firearm')!;
      expect(gun.fields.serial).toBeTruthy();
      // And a second export of the imported case gives the same file body (ids aside).
      const again = await exportOne(b.call, { format, caseIds: [1] });
      const body = (s: string) =>
        s
          .replace(/<!--.*?-->|<meta.*?<\/meta>/g, '')
          .replace(/(id|source|target|for)="[^"]*"/g, '')
          .replace(/key="[^"]*"/g, '');
      expect(body(again.data).split('\n').length).toBe(body(f.data).split('\n').length);
    });
  }

  it('maps foreign node types to entity types and keeps the rest as fields', async () => {
    const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <key id="d2" for="node" attr.name="notes" attr.type="string"><default>none</default></key>
  <key id="d3" for="edge" attr.name="interaction" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">Casey Example &amp; Co</data><data key="d1">Company</data></node>
    <node id="b"><data key="d0">(555) 010-0177</data><data key="d1">phones</data></node>
    <node id="c"><data key="d0">Blue box</data><data key="d1">Widget</data></node>
    <edge source="a" target="b"><data key="d3">pp</data></edge>
    <edge source="a" target="c" label="uses phone"/>
  </graph>
</graphml>`;
    const { db, call } = workbench();
    const r = await call<PackageImportReport>('exchange.import', {
      file: upload('cytoscape.graphml', graphml),
    });
    expect(r.written).toBe(true);
    expect(r.notes.join(' ')).toMatch(/1 node\(s\) named no known entity type/);
    const recs = db.prepare('SELECT type, label, fields FROM records ORDER BY id').all() as {
      type: string;
      label: string;
      fields: string;
    }[];
    expect(recs.map((x) => [x.type, x.label])).toEqual([
      ['organisation', 'Casey Example & Co'],
      ['phone', '(555) 010-0177'],
      ['organisation', 'Blue box'],
    ]);
    expect(JSON.parse(recs[2]!.fields)).toEqual({ name: 'Blue box', notes: 'none', sourceType: 'Widget' });
    const links = db.prepare('SELECT type, fields FROM links ORDER BY id').all() as {
      type: string;
      fields: string;
    }[];
    expect(links.map((l) => l.type)).toEqual(['associate_of', 'associate_of']);
    expect(JSON.parse(links[0]!.fields)).toEqual({ interaction: 'pp' });
    expect(db.prepare('SELECT number FROM cases').pluck().get()).toBe('GRAPH-cytoscape');
  });
});

describe('hostile and broken XML', () => {
  const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
<graphml><graph><node id="a"><data key="d0">&lol2;</data></node></graph></graphml>`;
  const xxe = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gexf version="1.3"><graph><nodes><node id="1" label="&secret;"/></nodes></graph></gexf>`;

  for (const [name, xml, what] of [
    ['bomb.graphml', bomb, 'DOCTYPE'],
    ['xxe.gexf', xxe, 'DOCTYPE'],
    ['entity.graphml', '<graphml><!ENTITY x "y"><graph/></graphml>', 'ENTITY'],
  ] as const) {
    it(`refuses ${name} with a clear message and writes nothing`, async () => {
      const { db, call } = scenarioBench();
      const before = snapshot(db);
      const r = await call<PackageImportReport>('exchange.import', { file: upload(name, xml) });
      expect(r.written).toBe(false);
      expect(r.problems[0]?.message).toMatch(
        new RegExp(
          `^${name} contains a ${what} declaration at offset \\d+; documents with DOCTYPE or ENTITY declarations are refused`,
        ),
      );
      expect(snapshot(db)).toEqual(before);
    });
  }

  it('reports malformed XML and dangling edges', async () => {
    const { db, call } = workbench();
    const before = snapshot(db);
    const broken = await call<PackageImportReport>('exchange.import', {
      file: upload('cut.graphml', '<graphml><graph><node id="a"></graph>'),
    });
    expect(broken.problems[0]?.message).toMatch(/^cut.graphml is not well-formed XML/);
    const dangling = await call<PackageImportReport>('exchange.import', {
      file: upload(
        'd.graphml',
        '<graphml><graph><node id="a"/><edge id="e1" source="a" target="zz"/></graph></graphml>',
      ),
    });
    expect(dangling.problems).toEqual([
      {
        file: 'd.graphml',
        row: null,
        column: 'edge e1',
        message: 'dangling edge: target node "zz" is not in the file',
      },
    ]);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('CSV export', () => {
  it('writes one file of entities and one of links, formulas neutralised', async () => {
    const { db, call } = scenarioBench();
    db.prepare('UPDATE records SET label = \'=HYPERLINK("http://x")\' WHERE id = 1').run();
    db.prepare(
      'UPDATE entities SET label = \'=HYPERLINK("http://x")\' WHERE id = (SELECT entity_id FROM entity_members WHERE record_id = 1)',
    ).run();
    const files = await call<ExchangeFile[]>('exchange.export', { format: 'csv' });
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/-entities\.csv$/),
      expect.stringMatching(/-links\.csv$/),
    ]);
    const graph = await call<{ nodes: unknown[]; links: unknown[] }>('graph.get', {});
    const entities = Papa.parse<string[]>(files[0]!.data.trim()).data;
    const links = Papa.parse<string[]>(files[1]!.data.trim()).data;
    expect(entities[0]!.slice(0, 4)).toEqual(['id', 'type', 'label', 'cases']);
    expect(entities).toHaveLength(graph.nodes.length + 1);
    expect(links).toHaveLength(graph.links.length + 1);
    expect(files[0]!.data).toContain(`'=HYPERLINK`);
  });
});
