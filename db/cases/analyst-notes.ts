// Analyst notes on a case, or on an entity or a link seen in that case: free text with
// author and date, editable and deletable, found by searching their words.
import type { AnalystFact, AnalystNote } from '../../shared/contract/case-model';
import { WorkbenchError } from '../../shared/contract/result';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';
import { caseById } from './case-edit';

const SELECT = `SELECT n.id, n.case_id AS caseId, c.number AS caseNumber, n.entity_id AS entityId,
  n.link_id AS linkId, n.author, n.written_on AS writtenOn, n.text
  FROM analyst_notes n JOIN cases c ON c.id = n.case_id`;

function exists(db: Db, table: 'entities' | 'links', id: number, what: string): void {
  if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id))
    throw new WorkbenchError('NOT_FOUND', `There is no ${what} with id ${id}.`, { [`${what}Id`]: id });
}

function noteById(db: Db, noteId: number): AnalystNote {
  const note = db.prepare(`${SELECT} WHERE n.id = ?`).get(noteId) as AnalystNote | undefined;
  if (!note) throw new WorkbenchError('NOT_FOUND', `There is no note with id ${noteId}.`, { noteId });
  return note;
}

const audit = (db: Db, action: string, summary: string, details: unknown) =>
  writeAudit(db, { analyst: readSettings(db).analyst, action, summary, details });

export function addNote(
  db: Db,
  input: {
    caseId: number;
    entityId?: number | undefined;
    linkId?: number | undefined;
    author?: string | undefined;
    writtenOn?: string | undefined;
    text: string;
  },
): AnalystNote {
  const c = caseById(db, input.caseId);
  if (input.entityId) exists(db, 'entities', input.entityId, 'entity');
  if (input.linkId) exists(db, 'links', input.linkId, 'link');
  const noteId = Number(
    db
      .prepare(
        'INSERT INTO analyst_notes (case_id, entity_id, link_id, author, written_on, text) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        c.id,
        input.entityId ?? null,
        input.linkId ?? null,
        input.author ?? readSettings(db).analyst,
        input.writtenOn ?? new Date().toISOString().slice(0, 10),
        input.text,
      ).lastInsertRowid,
  );
  audit(db, 'note.add', `Added a note to case ${c.number}`, { noteId, caseId: c.id });
  return noteById(db, noteId);
}

export function editNote(
  db: Db,
  input: {
    noteId: number;
    text?: string | undefined;
    author?: string | undefined;
    writtenOn?: string | undefined;
  },
): AnalystNote {
  const before = noteById(db, input.noteId);
  db.prepare(
    'UPDATE analyst_notes SET text = ?, author = ?, written_on = ?, updated_at = ? WHERE id = ?',
  ).run(
    input.text ?? before.text,
    input.author ?? before.author,
    input.writtenOn ?? before.writtenOn,
    new Date().toISOString(),
    input.noteId,
  );
  audit(db, 'note.edit', `Edited a note of case ${before.caseNumber}`, { noteId: input.noteId, before });
  return noteById(db, input.noteId);
}

export function deleteNote(db: Db, noteId: number): AnalystFact {
  const before = noteById(db, noteId);
  db.prepare('DELETE FROM analyst_notes WHERE id = ?').run(noteId);
  audit(db, 'note.delete', `Deleted a note of case ${before.caseNumber}`, { noteId, before });
  return { noteId };
}

/** Notes whose text or author holds every word of the query (any case, accents as typed). */
export function searchNotes(
  db: Db,
  input: {
    query?: string | undefined;
    caseId?: number | undefined;
    entityId?: number | undefined;
    linkId?: number | undefined;
  },
): AnalystNote[] {
  const words = (input.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const where = [
    ...words.map(() => "lower(n.text || ' ' || n.author) LIKE ? ESCAPE '\\'"),
    ...(input.caseId ? ['n.case_id = ?'] : []),
    ...(input.entityId ? ['n.entity_id = ?'] : []),
    ...(input.linkId ? ['n.link_id = ?'] : []),
  ];
  const params = [
    ...words.map((w) => `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`),
    ...[input.caseId, input.entityId, input.linkId].filter((v) => v !== undefined),
  ];
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY n.written_on DESC, n.id DESC LIMIT 200`;
  return db.prepare(sql).all(...params) as AnalystNote[];
}
