// GraphML and GEXF read by a reader we did not write: networkx (Python), whose
// read_graphml and read_gexf follow the published formats. Gephi and Cytoscape Desktop
// cannot run on the machines this is built on; networkx can, where Python has it. Without
// it the tests are skipped with one line saying so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExchangeFile } from '../../../shared/contract/exchange-model';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace } from '../../../db/store/open-workspace';
import { workbench } from '../import/helpers';

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
if (!hasNetworkx)
  console.log('networkx reader: skipped — python3 with networkx is not installed on this machine');

const READ = `
import json, sys, networkx as nx
# Multi-graphs, so that two links between the same entities count as two edges.
path = sys.argv[1]
g = nx.read_graphml(path, force_multigraph=True) if path.endswith('.graphml') else nx.MultiDiGraph(nx.read_gexf(path))
nodes = list(g.nodes(data=True))
edges = list(g.edges(data=True))
print(json.dumps({
  'directed': g.is_directed(), 'nodes': len(nodes), 'edges': len(edges),
  'node': nodes[0][1],
  'edge': edges[0][2],
  'types': sorted({d.get('type') for _, d in nodes}),
}))
`;

interface Read {
  directed: boolean;
  nodes: number;
  edges: number;
  node: Record<string, unknown>;
  edge: Record<string, unknown>;
  types: string[];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-networkx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function exportAndRead(format: 'graphml' | 'gexf') {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  const { call } = workbench(db);
  const ids = db.prepare('SELECT id FROM entities ORDER BY id').pluck().all() as number[];
  const positions = Object.fromEntries(ids.map((id, i) => [String(id), { x: 5 + i * 10.5, y: -(i + 1) }]));
  const [file] = await call<ExchangeFile[]>('exchange.export', { format, positions });
  const target = path.join(dir, file!.name);
  fs.writeFileSync(target, file!.data);
  const run = spawnSync('python3', ['-c', READ, target], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  // Every <edge> element written, as networkx counts them (parallel edges kept apart).
  const edgesWritten = (file!.data.match(/<edge /g) ?? []).length;
  return { read: JSON.parse(run.stdout) as Read, entities: ids.length, edgesWritten };
}

describe.runIf(hasNetworkx)('exports read by networkx', () => {
  it('GraphML: every entity and link, with type, label, cases and position', async () => {
    const { read, entities, edgesWritten } = await exportAndRead('graphml');
    expect(read.directed).toBe(true);
    expect(read.nodes).toBe(entities);
    expect(edgesWritten).toBeGreaterThan(entities); // the scenario has more links than entities
    expect(read.edges).toBe(edgesWritten);
    expect(read.node).toMatchObject({
      type: expect.any(String),
      label: expect.any(String),
      x: expect.any(Number),
      y: expect.any(Number),
    });
    expect(read.node.cases).toEqual(expect.stringMatching(/^[A-Z]+-/));
    expect(read.edge).toMatchObject({ type: expect.any(String), cases: expect.any(String) });
    expect(read.types).toEqual(expect.arrayContaining(['person', 'firearm', 'dealer', 'phone']));
  });

  it('GEXF: every entity and link, with attributes and viz:position', async () => {
    const { read, entities, edgesWritten } = await exportAndRead('gexf');
    expect(read.nodes).toBe(entities);
    expect(read.edges).toBe(edgesWritten);
    expect(read.node).toMatchObject({ type: expect.any(String), label: expect.any(String) });
    expect(read.node.viz).toMatchObject({ position: { x: expect.any(Number), y: expect.any(Number) } });
    expect(read.edge).toMatchObject({ type: expect.any(String) });
    expect(read.types).toEqual(expect.arrayContaining(['person', 'firearm', 'dealer', 'phone']));
  });
});
