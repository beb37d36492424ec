// Saved charts through dispatch: a chart saved and reopened comes back byte-identical
// (document and positions); rename, duplicate and delete, each in the audit log; a bad
// document is refused with a coded message naming the field, and one damaged in the file
// is refused on the way out too; the last session survives a reopening of the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChartDocument, SavedChart, SavedChartSummary } from '../../../shared/contract/chart-model';
import type { BudgetedGraph } from '../../../shared/contract/model';
import { openWorkspace } from '../../../db/store/open-workspace';
import { twoCaseWorkspace } from '../db/fixture-two-cases';
import { snapshot, workbench } from '../import/helpers';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A chart with awkward numbers: positions that do not survive rounding or float printing carelessly. */
function documentOf(entityIds: number[]): ChartDocument {
  return {
    version: 1,
    caseIds: null,
    entities: entityIds,
    positions: Object.fromEntries(
      entityIds.map((id, i) => [String(id), { x: 0.1 + 0.2 + i * 1e-7, y: -123.456789012345 / (i + 3) }]),
    ),
    hidden: entityIds.slice(0, 1),
    pinned: entityIds.slice(1, 2),
    groups: [{ id: 'g1', label: 'Buyers', members: entityIds.slice(0, 2), collapsed: false }],
    styles: { [String(entityIds[0])]: { colour: '#aa3300', size: 1.5 } },
    annotations: [{ id: 'a1', text: 'Bought eight rifles', at: { x: 10, y: 20 }, entityId: entityIds[0] }],
    layoutId: 'force',
    viewport: { zoom: 1.2345678901, pan: { x: -417.33333333333337, y: 88.1 } },
  };
}

function chartBench() {
  const { db } = twoCaseWorkspace();
  const bench = workbench(db);
  const entityIds = db.prepare('SELECT id FROM entities ORDER BY id').pluck().all() as number[];
  return { ...bench, entityIds };
}

async function errorOf(dispatch: ReturnType<typeof workbench>['dispatch'], name: string, input: unknown) {
  const r = await dispatch(name, input);
  if (r.ok) throw new Error(`${name} succeeded but should have failed`);
  return r.error;
}

const lastAudit = (db: ReturnType<typeof workbench>['db']) =>
  db.prepare('SELECT action, summary, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    action: string;
    summary: string;
    details: string;
  };

describe('saving and reopening a chart', () => {
  it('gives back the very document saved: same positions to the last bit, same viewport and actions', async () => {
    const { call, entityIds } = chartBench();
    const doc = documentOf(entityIds);
    const saved = await call<SavedChartSummary>('charts.save', {
      name: 'Milwaukee buyers',
      document: doc,
      thumbnail: PNG,
    });
    expect(saved).toMatchObject({ name: 'Milwaukee buyers', entityCount: entityIds.length, thumbnail: PNG });
    const reopened = await call<SavedChart>('charts.get', { chartId: saved.id });
    expect(reopened.document).toEqual(doc);
    expect(JSON.stringify(reopened.document)).toBe(JSON.stringify(doc));
    for (const id of entityIds) {
      expect(Object.is(reopened.document.positions[id]!.x, doc.positions[id]!.x)).toBe(true);
      expect(Object.is(reopened.document.positions[id]!.y, doc.positions[id]!.y)).toBe(true);
    }
  });

  it('keeps the links hidden on their own, and still opens a chart saved before links could be hidden', async () => {
    const { call, entityIds } = chartBench();
    const withLinks = {
      ...documentOf(entityIds),
      hiddenLinks: [`${entityIds[0]}>uses_phone>${entityIds[1]}`],
    };
    const saved = await call<SavedChartSummary>('charts.save', { name: 'Hidden link', document: withLinks });
    expect((await call<SavedChart>('charts.get', { chartId: saved.id })).document).toEqual(withLinks);
    const before = documentOf(entityIds);
    expect('hiddenLinks' in before).toBe(false);
    const old = await call<SavedChartSummary>('charts.save', { name: 'Older', document: before });
    const reopened = await call<SavedChart>('charts.get', { chartId: old.id });
    expect(reopened.document).toEqual(before);
    expect(reopened.document.hiddenLinks).toBeUndefined();
  });

  it('lists charts last changed first, and overwrites a chart saved again under its id', async () => {
    const { call, entityIds } = chartBench();
    const first = await call<SavedChartSummary>('charts.save', {
      name: 'One',
      document: documentOf(entityIds),
    });
    await call('charts.save', { name: 'Two', document: documentOf(entityIds.slice(0, 2)) });
    await new Promise((r) => setTimeout(r, 5)); // a later clock reading for the overwrite
    const moved = documentOf(entityIds);
    moved.positions[String(entityIds[0])] = { x: 999.5, y: -1 };
    await call('charts.save', { chartId: first.id, name: 'One', document: moved });
    const list = await call<SavedChartSummary[]>('charts.list', {});
    expect(list.map((c) => [c.name, c.entityCount, c.thumbnail])).toEqual([
      ['One', entityIds.length, null],
      ['Two', 2, null],
    ]);
    const again = await call<SavedChart>('charts.get', { chartId: first.id });
    expect(again.document.positions[String(entityIds[0])]).toEqual({ x: 999.5, y: -1 });
  });

  it("loads exactly the chart's entities and the links among them (graph.entities)", async () => {
    const { call, entityIds } = chartBench();
    const two = entityIds.slice(0, 2);
    const graph = await call<BudgetedGraph>('graph.entities', { entityIds: [...two, 99999] });
    expect(graph.nodes.map((n) => n.id)).toEqual(two);
    expect(graph.omitted.entities).toBe(1); // the id of no entity
    for (const l of graph.links) expect(two).toEqual(expect.arrayContaining([l.from, l.to]));
  });
});

describe('rename, duplicate, delete', () => {
  it('renames, copies under "(copy)" and deletes, each in the audit log', async () => {
    const { db, call, entityIds } = chartBench();
    const doc = documentOf(entityIds);
    const chart = await call<SavedChartSummary>('charts.save', { name: 'Draft', document: doc });
    expect(lastAudit(db)).toMatchObject({
      action: 'chart.create',
      summary: `Saved new chart "Draft" (${entityIds.length} entities)`,
    });

    const renamed = await call<SavedChartSummary>('charts.rename', {
      chartId: chart.id,
      name: 'Stash house',
    });
    expect(renamed.name).toBe('Stash house');
    expect(lastAudit(db)).toMatchObject({
      action: 'chart.rename',
      summary: 'Renamed chart "Draft" to "Stash house"',
    });

    const copy = await call<SavedChartSummary>('charts.duplicate', { chartId: chart.id });
    const copy2 = await call<SavedChartSummary>('charts.duplicate', { chartId: chart.id });
    expect([copy.name, copy2.name]).toEqual(['Stash house (copy)', 'Stash house (copy) (2)']);
    expect((await call<SavedChart>('charts.get', { chartId: copy.id })).document).toEqual(doc);
    expect(lastAudit(db).action).toBe('chart.duplicate');

    const gone = await call<SavedChartSummary>('charts.delete', { chartId: chart.id });
    expect(gone.name).toBe('Stash house');
    const audit = lastAudit(db);
    expect(audit.summary).toBe(`Deleted chart "Stash house" (${entityIds.length} entities)`);
    expect(JSON.parse(audit.details).document).toEqual(doc); // still readable from the log
    const names = (await call<SavedChartSummary[]>('charts.list', {})).map((c) => c.name).sort();
    expect(names).toEqual(['Stash house (copy)', 'Stash house (copy) (2)']);
  });

  it('refuses a taken name, an unknown chart and an empty name with coded errors', async () => {
    const { dispatch, call, entityIds } = chartBench();
    await call('charts.save', { name: 'Alpha', document: documentOf(entityIds) });
    const other = await call<SavedChartSummary>('charts.save', {
      name: 'Beta',
      document: documentOf(entityIds),
    });
    expect(await errorOf(dispatch, 'charts.rename', { chartId: other.id, name: 'alpha' })).toMatchObject({
      code: 'CONFLICT',
      message: 'A saved chart is already called "alpha"; choose another name.',
    });
    expect(await errorOf(dispatch, 'charts.get', { chartId: 404 })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no saved chart with id 404.',
    });
    const empty = await errorOf(dispatch, 'charts.save', { name: '  ', document: documentOf(entityIds) });
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.message).toContain('name: a chart needs a name');
  });
});

describe('bad documents', () => {
  it('refuses a document with a broken position, naming the field, and writes nothing', async () => {
    const { db, dispatch, entityIds } = chartBench();
    const before = snapshot(db);
    const doc = documentOf(entityIds) as unknown as { positions: Record<string, unknown> };
    doc.positions[String(entityIds[0])] = { x: 'left', y: 3 };
    const error = await errorOf(dispatch, 'charts.save', { name: 'Broken', document: doc });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain(`document.positions.${entityIds[0]}.x`);
    const badZoom = await errorOf(dispatch, 'charts.save', {
      name: 'Broken',
      document: { ...documentOf(entityIds), viewport: { zoom: -1, pan: { x: 0, y: 0 } } },
    });
    expect(badZoom.message).toContain('document.viewport.zoom');
    const badThumb = await errorOf(dispatch, 'charts.save', {
      name: 'Broken',
      document: documentOf(entityIds),
      thumbnail: 'javascript:alert(1)',
    });
    expect(badThumb.message).toContain('thumbnail: expected a PNG as a data: URL');
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a document damaged in the file on the way out, naming the field', async () => {
    const { db, dispatch, call, entityIds } = chartBench();
    const chart = await call<SavedChartSummary>('charts.save', {
      name: 'Later damaged',
      document: documentOf(entityIds),
    });
    db.prepare("UPDATE charts SET document = json_set(document, '$.layoutId', '') WHERE id = ?").run(
      chart.id,
    );
    const error = await errorOf(dispatch, 'charts.get', { chartId: chart.id });
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toContain('Saved chart "Later damaged"');
    expect(error.message).toContain('document.layoutId');
  });
});

describe('the last chart session', () => {
  it('keeps the open chart across a reopening of the workspace file, with the saved chart it came from', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-session-'));
    const file = path.join(dir, 'w.thorline');
    try {
      const first = workbench(openWorkspace(file));
      expect(await first.call('charts.session.get', {})).toBeNull();
      const doc = { ...documentOf([]), styles: {}, annotations: [], groups: [] };
      const chart = await first.call<SavedChartSummary>('charts.save', { name: 'Empty', document: doc });
      await first.call('charts.session.save', { chartId: chart.id, document: doc });
      const auditRows = first.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
      first.db.close();

      const second = workbench(openWorkspace(file));
      const session = await second.call<{ chartId: number; document: ChartDocument }>(
        'charts.session.get',
        {},
      );
      expect(session.chartId).toBe(chart.id);
      expect(JSON.stringify(session.document)).toBe(JSON.stringify(doc));
      // Autosave is not an analyst's decision: nothing in the audit log.
      expect(second.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditRows);
      await second.call('charts.delete', { chartId: chart.id });
      expect((await second.call<{ chartId: number | null }>('charts.session.get', {})).chartId).toBeNull();
      second.db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
