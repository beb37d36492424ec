// The storage floor of a purchase-log import: how fast SQLite alone writes the rows that
// N purchase rows become (records, identifiers, entities, memberships, search rows and
// links, as the import writes them), with no reading, parsing, mapping or JavaScript per
// row: every value is prepared beforehand in temporary tables and copied across with
// INSERT … SELECT, with the secondary indexes deferred as a large import defers them.
// No import can be faster than this on the same machine; the benchmark prints both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropIndexes, BULK_DEFERRABLE_INDEXES } from '../../db/store/deferred-indexes';
import { openWorkspace, type Db } from '../../db/store/open-workspace';

export interface StorageFloor {
  rows: number;
  records: number;
  links: number;
  seconds: number;
  rowsPerSecond: number;
}

/** Staging: the values the import of `rows` purchase rows writes, as the generator shapes them. */
function stage(db: Db, rows: number): void {
  const buyers = Math.max(50, Math.min(20_000, Math.floor(rows / 10)));
  const dealers = Math.max(5, Math.min(500, Math.floor(rows / 1000)));
  db.exec(`
    CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
    WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ${rows}) INSERT INTO n SELECT i FROM c;
    CREATE TEMP TABLE staged_records (id INTEGER PRIMARY KEY, external_id TEXT, type TEXT, label TEXT, fields TEXT, source TEXT, identifier TEXT);
    CREATE TEMP TABLE staged_links (external_id TEXT, type TEXT, from_record INTEGER, to_record INTEGER, occurred_on TEXT, source TEXT);`);
  // Records 1..buyers are buyers, then phones, then dealers, then per row a firearm and a purchase.
  const shared = buyers * 2 + dealers;
  db.exec(`
    INSERT INTO staged_records (id, external_id, type, label, fields, source, identifier)
      SELECT i, 'person|name=sample ' || i, 'person', 'Sample Person ' || i, '{"name":"Sample Person ' || i || '","dob":"1980-01-01"}', '{"kind":"file","file":"p.csv","row":' || i || '}', NULL FROM n WHERE i <= ${buyers};
    INSERT INTO staged_records (id, external_id, type, label, fields, source, identifier)
      SELECT ${buyers} + i, 'phone|phone:+1555010' || i, 'phone', '(555) 010-' || i, '{"number":"(555) 010-' || i || '"}', '{"kind":"file","file":"p.csv","row":' || i || '}', '+1555010' || i FROM n WHERE i <= ${buyers};
    INSERT INTO staged_records (id, external_id, type, label, fields, source, identifier)
      SELECT ${buyers * 2} + i, 'dealer|ffl:999' || i, 'dealer', 'Sample Arms ' || i || ', LLC', '{"name":"Sample Arms ' || i || ', LLC","ffl":"9-99-' || i || '"}', '{"kind":"file","file":"p.csv","row":' || i || '}', '999' || i FROM n WHERE i <= ${dealers};
    INSERT INTO staged_records (id, external_id, type, label, fields, source, identifier)
      SELECT ${shared} + 2 * i - 1, 'firearm|serial:TESTMARK:TST' || printf('%09d', i), 'firearm', 'Testmark AR-Sample TST' || printf('%09d', i), '{"serial":"TST' || printf('%09d', i) || '","make":"Testmark","model":"AR-Sample"}', '{"kind":"file","file":"p.csv","row":' || i || '}', 'TESTMARK:TST' || printf('%09d', i) FROM n;
    INSERT INTO staged_records (id, external_id, type, label, fields, source, identifier)
      SELECT ${shared} + 2 * i, 'S-' || i || '#purchase', 'purchase', 'Purchase 2021-03-04', '{"date":"2021-03-04"}', '{"kind":"file","file":"p.csv","row":' || i || '}', NULL FROM n;
    INSERT INTO staged_links SELECT 'S-' || i || '#0', 'sold', ${buyers * 2} + 1 + i % ${dealers}, ${shared} + 2 * i, '2021-03-04', '{"kind":"file","file":"p.csv","row":' || i || '}' FROM n;
    INSERT INTO staged_links SELECT 'S-' || i || '#1', 'purchased', ${shared} + 2 * i, 1 + i % ${buyers}, '2021-03-04', '{"kind":"file","file":"p.csv","row":' || i || '}' FROM n;
    INSERT INTO staged_links SELECT 'S-' || i || '#2', 'purchased', ${shared} + 2 * i, ${shared} + 2 * i - 1, '2021-03-04', '{"kind":"file","file":"p.csv","row":' || i || '}' FROM n;
    INSERT INTO staged_links SELECT 'link|uses_phone|' || i, 'uses_phone', i, ${buyers} + i, NULL, '{"kind":"file","file":"p.csv","row":' || i || '}' FROM n WHERE i <= ${buyers};`);
}

/** The timed part: the same tables and statements shape as CaseWriter.write and finish. */
function copyAcross(db: Db): void {
  const dropped = dropIndexes(db, BULK_DEFERRABLE_INDEXES);
  db.exec(`
    INSERT INTO records (id, case_id, external_id, type, label, fields, source, created_at)
      SELECT id, 1, external_id, type, label, fields, source, '2026-01-01T00:00:00.000Z' FROM staged_records ORDER BY id;
    INSERT INTO record_identifiers (record_id, kind, value)
      SELECT id, CASE type WHEN 'phone' THEN 'phone' WHEN 'dealer' THEN 'ffl' ELSE 'serial' END, identifier FROM staged_records WHERE identifier IS NOT NULL;
    INSERT INTO links (case_id, external_id, type, from_record, to_record, label, occurred_on, fields, source)
      SELECT 1, external_id, type, from_record, to_record, '', occurred_on, '{}', source FROM staged_links;
    INSERT INTO entities (id, type, label, created_at) SELECT id, type, label, created_at FROM records;
    INSERT INTO entity_members (record_id, entity_id, reason, evidence, linked_at)
      SELECT id, id, 'own', '{}', created_at FROM records;
    INSERT INTO record_search (rowid, text)
      SELECT r.id, r.label || coalesce((SELECT group_concat(' ' || j.value, '') FROM json_each(r.fields) j), '') FROM records r;`);
  dropped.rebuild();
}

export function measureStorageFloor(rows: number): StorageFloor {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-floor-'));
  const db = openWorkspace(path.join(dir, 'floor.thorline'));
  try {
    db.pragma('cache_size = -131072');
    db.prepare(
      `INSERT INTO cases (id, number, title, agency, status, opened_on, jurisdiction)
       VALUES (1, 'FLOOR-1', 'Storage floor', 'Benchmark', 'open', '2026-01-01', '')`,
    ).run();
    stage(db, rows);
    const started = performance.now();
    db.exec('BEGIN IMMEDIATE');
    copyAcross(db);
    db.exec('COMMIT');
    const seconds = (performance.now() - started) / 1000;
    const count = (t: string) => (db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number) ?? 0;
    return { rows, records: count('records'), links: count('links'), seconds, rowsPerSecond: rows / seconds };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
