import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../shared/contract/exchange-model';
import { count, fixture, sampleSpec, snapshot, upload, workbench } from './helpers';

const csv = fixture('purchases.csv');

describe('table import of the sample purchase log', () => {
  it('previews columns, rows and problems without writing', async () => {
    const { db, call } = workbench();
    const before = snapshot(db);
    const p = await call<ImportPreview>('import.preview', {
      file: upload('purchases.csv', csv),
      spec: sampleSpec(),
      limit: 2,
    });
    expect(p.columns).toEqual([
      'Sale ID',
      'Buyer',
      'Buyer DOB',
      'Phone',
      'Dealer',
      'Dealer Licence',
      'Serial',
      'Make',
      'Model',
      'Date',
    ]);
    expect(p.rows).toHaveLength(2);
    expect(p.rows[0]?.[1]).toBe('Dana Example');
    expect(p.totalRows).toBe(6);
    expect(p.delimiter).toBe(',');
    expect(p.problems).toEqual([]);
    expect(snapshot(db)).toEqual(before);
  });

  it('previews columns and first rows even when the mapping names a missing column', async () => {
    const { call } = workbench();
    const spec = {
      name: 'probe',
      entities: [{ key: 'x', type: 'organisation', fields: { name: 'No such column' } }],
    };
    const p = await call<ImportPreview>('import.preview', {
      file: upload('purchases.csv', csv),
      spec,
      limit: 3,
    });
    expect(p.columns[0]).toBe('Sale ID');
    expect(p.rows.map((r) => r[0])).toEqual(['S-1001', 'S-1002', 'S-1003']);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toMatchObject({ row: 1, column: 'No such column' });
  });

  it('makes one record per person, phone, dealer and firearm, one purchase per row, and the links', async () => {
    const { db, call } = workbench();
    const r = await call<ImportReport>('import.run', {
      file: upload('purchases.csv', csv),
      spec: sampleSpec(),
      case: { number: 'IMP-1', title: 'Dealer log', agency: 'ATF Test Office' },
      match: false,
    });
    expect(r.written).toBe(true);
    expect(r.rowsImported).toBe(6);
    const byType = Object.fromEntries(
      (
        db.prepare('SELECT type, count(*) AS n FROM records GROUP BY type').all() as {
          type: string;
          n: number;
        }[]
      ).map((x) => [x.type, x.n]),
    );
    // Dana appears in three rows, with her phone written three ways: still one person, one phone.
    expect(byType).toEqual({ person: 3, phone: 3, dealer: 2, firearm: 6, purchase: 6 });
    expect(count(db, 'links', "type = 'uses_phone'")).toBe(3);
    expect(count(db, 'links', "type = 'sold'")).toBe(6);
    expect(r.recordsAdded).toBe(20);
    expect(count(db, 'entities')).toBe(20);
    expect(count(db, 'record_search')).toBe(20);
    const c = db.prepare('SELECT title, agency, status FROM cases WHERE number = ?').get('IMP-1');
    expect(c).toEqual({ title: 'Dealer log', agency: 'ATF Test Office', status: 'open' });
    const purchase = db
      .prepare("SELECT external_id AS ext, fields, source FROM records WHERE external_id = 'S-1003#purchase'")
      .get() as {
      fields: string;
      source: string;
    };
    expect(JSON.parse(purchase.source)).toEqual({ kind: 'file', file: 'purchases.csv', row: 4 });
    expect(JSON.parse(purchase.fields)).toEqual({ date: '2021-03-05' }); // read as MM/DD/YYYY
    const hit = db.prepare("SELECT rowid FROM record_search WHERE record_search MATCH 'Placeholder'").all();
    expect(hit).toHaveLength(1);
  });

  it('imports the same file into the same case once; changed rows only add what is new', async () => {
    const { db, call } = workbench();
    const run = (content: Buffer | string) =>
      call<ImportReport>('import.run', {
        file: upload('purchases.csv', content),
        spec: sampleSpec(),
        case: { number: 'IMP-2' },
        match: false,
      });
    await run(csv);
    const after = snapshot(db);
    const again = await run(csv);
    expect(again.written).toBe(false);
    expect(again.notes.join(' ')).toMatch(/already imported into case IMP-2/);
    expect(snapshot(db)).toEqual(after);
    const extended = `${csv.toString('utf8')}S-1007,Dana Example,1990-04-12,555 010 0131,Sample Arms LLC,9-99-001-01-2A-00001,TST100007,Testmark,AR-Sample,2021-04-01\n`;
    const third = await run(extended);
    expect(third.rowsAlreadyPresent).toBe(6);
    expect(third.recordsAdded).toBe(2); // the new firearm and the new purchase
    expect(count(db, 'records', "type = 'person'")).toBe(3);
  });

  it('connects imported records to other cases by exact identifiers', async () => {
    const { db, call } = workbench();
    await call('import.run', {
      file: upload('purchases.csv', csv),
      spec: sampleSpec(),
      case: { number: 'IMP-A' },
      match: false,
    });
    const other = csv.toString('utf8').replace(/S-10/g, 'X-10');
    const r = await call<ImportReport>('import.run', {
      file: upload('other.csv', other),
      spec: sampleSpec(),
      case: { number: 'IMP-B' },
      match: false,
    });
    expect(r.notes[0]).toMatch(/^\d+ exact-identifier connection/);
    // Each phone, dealer licence and serial is now one entity holding records of both cases.
    const crossCase = db
      .prepare(
        `SELECT count(*) FROM (SELECT m.entity_id FROM entity_members m JOIN records r ON r.id = m.record_id
         GROUP BY m.entity_id HAVING count(DISTINCT r.case_id) = 2)`,
      )
      .pluck()
      .get();
    expect(crossCase).toBe(3 + 2 + 6);
  });

  it('saves specifications by name and imports with a saved one', async () => {
    const { call } = workbench();
    await call('importSpecs.save', { spec: sampleSpec() });
    await call('importSpecs.save', { spec: { ...sampleSpec(), description: 'changed' } });
    const specs = await call<{ name: string; description?: string }[]>('importSpecs.list', {});
    expect(specs.map((s) => s.name)).toEqual(['Dealer purchase log']);
    expect(specs[0]?.description).toBe('changed');
    const r = await call<ImportReport>('import.run', {
      file: upload('purchases.csv', csv),
      spec: 'Dealer purchase log',
      case: { number: 'IMP-3' },
    });
    expect(r.rowsImported).toBe(6);
    // match defaults to true: the new records go to a background matching run.
    expect(r.notes.join(' ')).toMatch(/Matching started in the background \(job [0-9a-f-]+\)/);
  });

  it('refuses an invalid specification naming the field', async () => {
    const { dispatch } = workbench();
    const spec = { ...sampleSpec(), links: [{ type: 'sold', from: 'dealer', to: 'nobody' }] };
    const r = await dispatch('importSpecs.save', { spec });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.message).toContain('links.0.to: no entity with key "nobody"');
    }
  });
});
