// What happens once an import's records are written (same transaction): the case is
// found or created beforehand; afterwards the new records are connected to the rest of
// the workspace by exact identifiers, and the file's fingerprint is stored.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { WorkbenchError } from '../../shared/contract/result';
import { linkByIdentifiers } from '../linking/exact-linking';
import type { Db } from '../store/open-workspace';
import { insertCase } from '../store/write-case-data';

export interface TargetCase {
  number: string;
  title?: string;
  agency?: string;
  jurisdiction?: string;
}

export function findCase(db: Db, number: string): number | null {
  return (
    (db.prepare('SELECT id FROM cases WHERE number = ?').pluck().get(number) as number | undefined) ?? null
  );
}

/** The case by number, created (open, opened today) when it does not exist yet. */
export function ensureCase(
  db: Db,
  target: TargetCase,
  fileName: string,
): { caseId: number; created: boolean } {
  const existing = findCase(db, target.number);
  if (existing !== null) return { caseId: existing, created: false };
  const caseId = insertCase(db, {
    number: target.number,
    title: target.title || `Imported from ${fileName}`,
    agency: target.agency || 'Unknown agency',
    status: 'open',
    openedOn: new Date().toISOString().slice(0, 10),
    jurisdiction: target.jurisdiction ?? '',
    origin: { kind: 'file', file: fileName },
  });
  return { caseId, created: true };
}

export interface FileScan {
  /** sha256 of the file's bytes and of the specification: same file, same mapping → same print. */
  fingerprint: string;
  /** Line breaks in the file: an upper bound of its rows, known before it is parsed. */
  lineBreaks: number;
}

/** One pass over the file's bytes: its fingerprint, and its line breaks to size the import. */
export async function scanFile(
  input: { path?: string; buffer?: Buffer },
  specJson: string,
): Promise<FileScan> {
  const h = createHash('sha256');
  let lineBreaks = 0;
  const take = (chunk: Buffer) => {
    h.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lineBreaks++;
  };
  if (input.buffer) take(input.buffer);
  else if (input.path) {
    for await (const chunk of fs.createReadStream(input.path, { highWaterMark: 1 << 20 }))
      take(chunk as Buffer);
  }
  h.update('\u0000spec:').update(specJson);
  return { fingerprint: h.digest('hex'), lineBreaks };
}

export function previousImport(
  db: Db,
  caseId: number,
  fingerprint: string,
): { file: string; at: string } | null {
  const row = db
    .prepare(
      'SELECT file_name AS file, imported_at AS at FROM import_files WHERE case_id = ? AND fingerprint = ?',
    )
    .get(caseId, fingerprint) as { file: string; at: string } | undefined;
  return row ?? null;
}

export function recordImport(
  db: Db,
  e: {
    caseId: number;
    fingerprint: string;
    file: string;
    spec: string;
    rows: number;
    records: number;
    links: number;
  },
): void {
  db.prepare(
    `INSERT OR REPLACE INTO import_files (case_id, fingerprint, file_name, spec_name, rows_imported, records_added, links_added, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.caseId, e.fingerprint, e.file, e.spec, e.rows, e.records, e.links, new Date().toISOString());
}

/**
 * Exact-identifier linking for the new records [first, last]. Only records whose
 * identifier is also stated by another record are passed on, found in one query,
 * so a million new records with unique serials cost one index scan, not a million.
 */
export function linkNewRecords(db: Db, first: number, last: number): number {
  if (last < first) return 0;
  const shared = db
    .prepare(
      `SELECT DISTINCT i.record_id FROM record_identifiers i
       WHERE i.record_id BETWEEN ? AND ?
         AND EXISTS (SELECT 1 FROM record_identifiers o WHERE o.kind = i.kind AND o.value = i.value AND o.record_id <> i.record_id)`,
    )
    .pluck()
    .all(first, last) as number[];
  return shared.length ? linkByIdentifiers(db, shared) : 0;
}

export function requireImportTables(db: Db): void {
  const ok = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'import_files'").get();
  if (!ok) throw new WorkbenchError('INTERNAL', 'This workspace lacks the import tables (migration 3).');
}
