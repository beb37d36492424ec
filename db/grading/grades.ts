// Source grades of records and links. The grade a record or link was imported with is part
// of it (its source JSON: {"grade": {"reliability": "B", "credibility": 2}}); a grade an
// analyst sets by hand is a layered assessment in record_grades / link_grades, audited and
// undoable, that wins over the imported one. The record itself is never rewritten.
import {
  RELIABILITY,
  type Credibility,
  type Grade,
  type GradeInfo,
  type GradeResult,
  type Reliability,
} from '../../shared/contract/grading-model';
import { WorkbenchError } from '../../shared/contract/result';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';

type Target = { table: 'records'; id: number } | { table: 'links'; id: number };

const GRADE_TABLE = { records: 'record_grades', links: 'link_grades' } as const;
const GRADE_KEY = { records: 'record_id', links: 'link_id' } as const;

/** A grade read from anywhere (a source JSON, a file cell): only valid halves are kept. */
export function cleanGrade(raw: unknown): Grade | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const reliability = RELIABILITY.includes(r.reliability as Reliability)
    ? (r.reliability as Reliability)
    : null;
  const c = Number(r.credibility);
  const credibility = Number.isInteger(c) && c >= 1 && c <= 6 ? (c as Credibility) : null;
  return reliability === null && credibility === null ? null : { reliability, credibility };
}

interface GradeRow {
  source: string;
  reliability: string | null;
  credibility: number | null;
}

function gradeRow(db: Db, t: Target): GradeRow | undefined {
  return db
    .prepare(
      `SELECT x.source, g.reliability, g.credibility FROM ${t.table} x
       LEFT JOIN ${GRADE_TABLE[t.table]} g ON g.${GRADE_KEY[t.table]} = x.id WHERE x.id = ?`,
    )
    .get(t.id) as GradeRow | undefined;
}

function infoOf(row: GradeRow): GradeInfo {
  return gradeInfo(row.source, row.reliability === null && row.credibility === null ? null : row);
}

/** The grade in force from a row's source JSON and its hand grade (a row or its JSON). */
export function gradeInfo(source: string, hand: string | Grade | GradeRow | null | undefined): GradeInfo {
  const imported = cleanGrade((JSON.parse(source) as { grade?: unknown }).grade);
  const byHand = cleanGrade(typeof hand === 'string' ? JSON.parse(hand) : hand);
  if (byHand) return { ...byHand, from: 'analyst', imported };
  if (imported) return { ...imported, from: 'source', imported };
  return { reliability: null, credibility: null, from: null, imported: null };
}

export function gradeOf(db: Db, t: Target): GradeInfo {
  const row = gradeRow(db, t);
  if (!row) throw notFound(t);
  return infoOf(row);
}

const notFound = (t: Target) => {
  const what = t.table === 'records' ? 'record' : 'link';
  return new WorkbenchError('NOT_FOUND', `There is no ${what} with id ${t.id}.`, { [`${what}Id`]: t.id });
};

function targetName(db: Db, t: Target): string {
  if (t.table === 'records')
    return `"${db.prepare('SELECT label FROM records WHERE id = ?').pluck().get(t.id) as string}"`;
  const l = db
    .prepare(
      `SELECT l.type, f.label AS f, t.label AS t FROM links l JOIN records f ON f.id = l.from_record
       JOIN records t ON t.id = l.to_record WHERE l.id = ?`,
    )
    .get(t.id) as { type: string; f: string; t: string };
  return `the ${l.type} link from "${l.f}" to "${l.t}"`;
}

export function setGrade(
  db: Db,
  input: {
    recordId?: number | undefined;
    linkId?: number | undefined;
    reliability: Reliability | null;
    credibility: number | null;
  },
): GradeResult {
  const t: Target =
    input.recordId !== undefined
      ? { table: 'records', id: input.recordId }
      : { table: 'links', id: input.linkId! };
  const before = gradeOf(db, t);
  const table = GRADE_TABLE[t.table];
  const key = GRADE_KEY[t.table];
  const analyst = readSettings(db).analyst;
  if (input.reliability === null && input.credibility === null) {
    db.prepare(`DELETE FROM ${table} WHERE ${key} = ?`).run(t.id);
  } else {
    db.prepare(
      `INSERT INTO ${table} (${key}, reliability, credibility, set_by, set_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (${key}) DO UPDATE SET reliability = excluded.reliability,
         credibility = excluded.credibility, set_by = excluded.set_by, set_at = excluded.set_at`,
    ).run(t.id, input.reliability, input.credibility, analyst, new Date().toISOString());
  }
  const after = gradeOf(db, t);
  const target = targetName(db, t);
  writeAudit(db, {
    analyst,
    action: 'grade.set',
    summary: `Graded ${target} ${gradeLabel(after)} (was ${gradeLabel(before)})`,
    details: { [t.table === 'records' ? 'recordId' : 'linkId']: t.id, target, before, after },
  });
  return { ...after, ...(t.table === 'records' ? { recordId: t.id } : { linkId: t.id }) };
}

const gradeLabel = (g: Grade) =>
  g.reliability === null && g.credibility === null
    ? 'ungraded'
    : `${g.reliability ?? '-'}${g.credibility ?? '-'}`;

/** SQL for the credibility in force of a record (alias r) or a link (alias l): by hand, else imported. */
export const RECORD_CREDIBILITY_SQL = (alias: string) =>
  `COALESCE((SELECT credibility FROM record_grades WHERE record_id = ${alias}.id), json_extract(${alias}.source, '$.grade.credibility'))`;
export const LINK_CREDIBILITY_SQL = (alias: string) =>
  `COALESCE((SELECT credibility FROM link_grades WHERE link_id = ${alias}.id), json_extract(${alias}.source, '$.grade.credibility'))`;
