// A case package carries its saved charts: a chart of the package's entities travels with
// it and comes back in another workspace with every entity id remapped (same positions,
// groups, styles, callouts, on the entities holding the same records); a chart reaching
// outside the package stays home unless chosen, and then only its part inside travels; a
// packaged chart naming an entity the package lacks is refused before anything is written.
import { describe, expect, it } from 'vitest';
import type { ChartDocument, SavedChart, SavedChartSummary } from '../../../shared/contract/chart-model';
import type { ExchangeFile, PackageImportReport } from '../../../shared/contract/exchange-model';
import type { BudgetedGraph } from '../../../shared/contract/model';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import { snapshot, upload, workbench } from '../import/helpers';

const CASE = 'WI-2020-017';

function scenarioBench() {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  return workbench(db);
}

function chartOf(ids: number[]): ChartDocument {
  return {
    version: 1,
    caseIds: null,
    entities: ids,
    positions: Object.fromEntries(ids.map((id, i) => [String(id), { x: i * 41.3 + 0.1, y: -(i + 1) / 3 }])),
    hidden: ids.slice(0, 1),
    pinned: ids.slice(1, 3),
    groups: [{ id: 'g1', label: 'Buyers', members: ids.slice(2, 5), collapsed: true }],
    styles: { [String(ids[0])]: { colour: '#336699' } },
    annotations: [
      { id: 'a1', text: 'paid in cash', at: { x: 1, y: 2 }, entityId: ids[1] },
      { id: 'a2', text: 'free note', at: { x: 3, y: 4 } },
    ],
    layoutId: 'force',
    viewport: { zoom: 0.9, pan: { x: 10, y: -20 } },
  };
}

/** Each entity's records of the packaged case as "externalId" keys: the same facts in any workspace. */
function recordKeys(db: Db): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT m.entity_id AS entity, c.number || '/' || coalesce(r.external_id, r.label) AS k
       FROM entity_members m JOIN records r ON r.id = m.record_id JOIN cases c ON c.id = r.case_id
       WHERE c.number = ? ORDER BY m.entity_id, k`,
    )
    .all(CASE) as { entity: number; k: string }[];
  const out = new Map<number, string>();
  for (const r of rows) out.set(r.entity, out.has(r.entity) ? `${out.get(r.entity)}|${r.k}` : r.k);
  return out;
}

async function packageOf(bench: ReturnType<typeof workbench>, input: object) {
  const files = await bench.call<ExchangeFile[]>('exchange.export', { format: 'package', ...input });
  return files[0]!;
}

describe('saved charts in case packages', () => {
  it('carries a chart of the package entities and brings it back remapped in another workspace', async () => {
    const a = scenarioBench();
    const caseId = a.db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(CASE) as number;
    const graph = await a.call<BudgetedGraph>('graph.get', { caseIds: [caseId] });
    const ids = graph.nodes.map((n) => n.id);
    const doc = { ...chartOf(ids), caseIds: [caseId] };
    await a.call('charts.save', { name: 'Milwaukee buyers', document: doc });
    const everything = (await a.call<BudgetedGraph>('graph.get', {})).nodes.map((n) => n.id);
    await a.call('charts.save', { name: 'Whole network', document: chartOf(everything) });

    const file = await packageOf(a, { caseIds: [caseId] });
    const pkg = JSON.parse(file.data) as { charts: { name: string }[] };
    expect(pkg.charts.map((c) => c.name)).toEqual(['Milwaukee buyers']);

    const b = workbench(openWorkspace(':memory:'));
    const report = await b.call<PackageImportReport>('exchange.import', {
      file: upload(file.name, file.data),
    });
    expect(report.written).toBe(true);
    expect(report.notes).toContain('1 saved chart(s) came with the package: “Milwaukee buyers”.');
    const [summary] = await b.call<SavedChartSummary[]>('charts.list', {});
    const back = await b.call<SavedChart>('charts.get', { chartId: summary!.id });

    // The same records under each entity: old id → new id.
    const keysA = recordKeys(a.db);
    const byKeyB = new Map([...recordKeys(b.db)].map(([id, k]) => [k, id]));
    const to = (old: number) => byKeyB.get(keysA.get(old)!)!;
    expect(back.document.entities).toEqual(ids.map(to));
    for (const old of ids)
      expect(back.document.positions[String(to(old))]).toEqual(doc.positions[String(old)]);
    expect(back.document.hidden).toEqual(doc.hidden.map(to));
    expect(back.document.pinned).toEqual(doc.pinned.map(to));
    expect(back.document.groups[0]!.members).toEqual(doc.groups[0]!.members.map(to));
    expect(back.document.styles).toEqual({ [String(to(ids[0]!))]: { colour: '#336699' } });
    expect(back.document.annotations).toEqual([
      { id: 'a1', text: 'paid in cash', at: { x: 1, y: 2 }, entityId: to(ids[1]!) },
      { id: 'a2', text: 'free note', at: { x: 3, y: 4 } },
    ]);
    const caseB = b.db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(CASE) as number;
    expect(back.document.caseIds).toEqual([caseB]);
    expect(back.document.viewport).toEqual(doc.viewport);
  });

  it('carries a chart chosen at export, cut to the package entities', async () => {
    const a = scenarioBench();
    const caseId = a.db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(CASE) as number;
    const inCase = new Set(
      (await a.call<BudgetedGraph>('graph.get', { caseIds: [caseId] })).nodes.map((n) => n.id),
    );
    const everything = (await a.call<BudgetedGraph>('graph.get', {})).nodes.map((n) => n.id);
    const whole = await a.call<SavedChartSummary>('charts.save', {
      name: 'Whole network',
      document: chartOf(everything),
    });
    const file = await packageOf(a, { caseIds: [caseId], chartIds: [whole.id] });
    const pkg = JSON.parse(file.data) as { charts: { name: string; document: ChartDocument }[] };
    expect(pkg.charts.map((c) => c.name)).toEqual(['Whole network']);
    expect(new Set(pkg.charts[0]!.document.entities)).toEqual(
      new Set(everything.filter((id) => inCase.has(id))),
    );
  });

  it('refuses a packaged chart that names an entity the package does not hold, writing nothing', async () => {
    const a = scenarioBench();
    const caseId = a.db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(CASE) as number;
    const ids = (await a.call<BudgetedGraph>('graph.get', { caseIds: [caseId] })).nodes.map((n) => n.id);
    await a.call('charts.save', { name: 'Milwaukee buyers', document: chartOf(ids) });
    const file = await packageOf(a, { caseIds: [caseId] });
    const pkg = JSON.parse(file.data) as { charts: { entityRefs: Record<string, string> }[] };
    pkg.charts[0]!.entityRefs[String(ids[0])] = 'e999999';
    const b = workbench(openWorkspace(':memory:'));
    const before = snapshot(b.db);
    const report = await b.call<PackageImportReport>('exchange.import', {
      file: upload('edited.thorline-package.json', JSON.stringify(pkg)),
    });
    expect(report.written).toBe(false);
    expect(report.problems[0]).toMatchObject({
      column: `charts.0.entityRefs.${ids[0]}`,
      message: 'dangling reference: entity "e999999" of chart "Milwaukee buyers" is not in the package',
    });
    expect(snapshot(b.db)).toEqual(before);
  });
});
