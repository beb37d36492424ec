// The name of a data action as the Undo/Redo menu says it ("merge of Ramón Quintero and
// R. A. Quintero-Salas", "removal of case WI-ATF-2021-0417"), made from its audit entry.
import type { Db } from '../store/open-workspace';

interface Entry {
  action: string;
  summary: string;
  details: string;
}

type Details = Record<string, unknown> & {
  recordA?: number;
  recordB?: number;
  recordId?: number;
  number?: string;
  caseNumber?: string;
  caseId?: number;
  before?: { label?: string; number?: string };
  after?: { number?: string };
  merged?: boolean;
  target?: string;
};

const recordLabel = (db: Db, id: unknown) =>
  (db.prepare('SELECT label FROM records WHERE id = ?').pluck().get(id) as string | undefined) ??
  `record ${String(id)}`;

const caseNumber = (db: Db, d: Details) =>
  d.number ??
  d.caseNumber ??
  d.after?.number ??
  (db.prepare('SELECT number FROM cases WHERE id = ?').pluck().get(d.caseId) as string | undefined) ??
  `case ${String(d.caseId)}`;

export function historyLabel(db: Db, entry: Entry): string {
  const d = JSON.parse(entry.details) as Details;
  const pair = () => `${recordLabel(db, d.recordA)} and ${recordLabel(db, d.recordB)}`;
  const named: Record<string, () => string> = {
    'candidate.accepted': () => (d.merged ? `merge of ${pair()}` : `acceptance of ${pair()}`),
    'candidate.rejected': () => `rejection of ${pair()}`,
    'candidate.unsure': () => `"unsure" on ${pair()}`,
    'entity.unmerge': () => `split of ${recordLabel(db, d.recordId)}`,
    'fact.addEntity': () => `addition of ${recordLabel(db, d.recordId)}`,
    'fact.addLink': () => 'addition of a link',
    'fact.edit': () =>
      d.recordId ? `edit of ${d.before?.label ?? recordLabel(db, d.recordId)}` : 'edit of a link',
    'fact.delete': () =>
      d.recordId ? `deletion of ${d.before?.label ?? `record ${d.recordId}`}` : 'deletion of a link',
    'note.add': () => 'addition of a note',
    'note.edit': () => 'edit of a note',
    'note.delete': () => 'deletion of a note',
    'case.create': () => `creation of case ${caseNumber(db, d)}`,
    'case.edit': () => `edit of case ${d.before?.number ?? caseNumber(db, d)}`,
    'case.remove': () => `removal of case ${caseNumber(db, d)}`,
    'case.importAs': () => `import of case ${caseNumber(db, d)}`,
    'grade.set': () => `grading of ${d.target ?? 'a record'}`,
  };
  return named[entry.action]?.() ?? entry.summary;
}
