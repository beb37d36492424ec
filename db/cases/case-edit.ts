// Creating a case and editing its metadata. A case's number, title, agency, status,
// jurisdiction and dates are the analyst's bookkeeping, not source records, so they may
// change; each change is in the audit log with the values before and after.
import type { CaseStatus, CaseSummary } from '../../shared/contract/model';
import { WorkbenchError } from '../../shared/contract/result';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import { listCases } from '../queries/cases';
import type { Db } from '../store/open-workspace';
import { insertCase } from '../store/write-case-data';

export interface CaseFields {
  number: string;
  title: string;
  agency: string;
  status: CaseStatus;
  openedOn: string;
  closedOn: string | null;
  jurisdiction: string;
  summary: string;
}

const COLUMNS: Record<keyof CaseFields, string> = {
  number: 'number',
  title: 'title',
  agency: 'agency',
  status: 'status',
  openedOn: 'opened_on',
  closedOn: 'closed_on',
  jurisdiction: 'jurisdiction',
  summary: 'summary',
};

export function caseById(db: Db, caseId: number): CaseSummary {
  const found = listCases(db).find((c) => c.id === caseId);
  if (!found) throw new WorkbenchError('NOT_FOUND', `There is no case with id ${caseId}.`, { caseId });
  return found;
}

function refuseTakenNumber(db: Db, number: string, exceptId: number | null): void {
  const other = db.prepare('SELECT id, title, agency FROM cases WHERE number = ?').get(number) as
    { id: number; title: string; agency: string } | undefined;
  if (other && other.id !== exceptId)
    throw new WorkbenchError(
      'CONFLICT',
      `Case number ${number} is already used by "${other.title}" (${other.agency}); choose another number.`,
      { field: 'number', caseId: other.id },
    );
}

function refuseClosingBeforeOpening(fields: Pick<CaseFields, 'openedOn' | 'closedOn'>): void {
  if (fields.closedOn && fields.closedOn < fields.openedOn)
    throw new WorkbenchError(
      'INVALID_INPUT',
      `The case cannot be closed (${fields.closedOn}) before it was opened (${fields.openedOn}).`,
      { field: 'closedOn' },
    );
}

const analyst = (db: Db) => readSettings(db).analyst;

export function createCase(db: Db, fields: CaseFields): CaseSummary {
  refuseTakenNumber(db, fields.number, null);
  refuseClosingBeforeOpening(fields);
  const caseId = insertCase(db, { ...fields, origin: { kind: 'manual' } });
  if (fields.closedOn) db.prepare('UPDATE cases SET closed_on = ? WHERE id = ?').run(fields.closedOn, caseId);
  writeAudit(db, {
    analyst: analyst(db),
    action: 'case.create',
    summary: `Created case ${fields.number} "${fields.title}"`,
    details: { caseId, after: fields },
  });
  return caseById(db, caseId);
}

export function updateCase(db: Db, caseId: number, change: Partial<CaseFields>): CaseSummary {
  const current = caseById(db, caseId);
  const before: CaseFields = {
    number: current.number,
    title: current.title,
    agency: current.agency,
    status: current.status,
    openedOn: current.openedOn,
    closedOn: current.closedOn ?? null,
    jurisdiction: current.jurisdiction,
    summary: current.summary,
  };
  const given = Object.entries(change).filter(([, v]) => v !== undefined);
  const after: CaseFields = { ...before, ...(Object.fromEntries(given) as Partial<CaseFields>) };
  if (change.number !== undefined) refuseTakenNumber(db, change.number, caseId);
  refuseClosingBeforeOpening(after);
  const keys = (Object.keys(COLUMNS) as (keyof CaseFields)[]).filter((k) => after[k] !== before[k]);
  if (keys.length === 0) return current;
  const sets = keys.map((k) => `${COLUMNS[k]} = @${k}`).join(', ');
  db.prepare(`UPDATE cases SET ${sets} WHERE id = @caseId`).run({ ...after, caseId });
  const changed = Object.fromEntries(keys.map((k) => [k, { before: before[k], after: after[k] }]));
  writeAudit(db, {
    analyst: analyst(db),
    action: 'case.edit',
    summary: `Edited case ${after.number}: ${keys.join(', ')}`,
    details: { caseId, changed, before, after },
  });
  return caseById(db, caseId);
}
