// Whether a walkthrough step is done, judged from a snapshot of the workbench's own state
// (what is selected, which view is open, what was decided, drawn or saved). Pure, so each
// check kind is tested on its own.
import type { StepCheck } from '../../../shared/contract/walkthrough';
import type { EntityRef, Measure } from '../../../shared/contract/analysis-model';
import type { EntityType } from '../../../shared/domain/entity-types';
import type { CandidateStatus } from '../../../shared/contract/matching-model';

export interface DecidedMatch {
  status: CandidateStatus;
  labels: string[];
  caseNumbers: string[];
}

export interface TrainingSnapshot {
  view: string;
  leftTab: string;
  selectedCases: { number: string; agency: string }[];
  selectedEntity: { type: EntityType; label: string } | null;
  matchesFound: number;
  matches: DecidedMatch[];
  path: { shown: boolean; from: EntityRef | null; to: EntityRef | null; toType: EntityType | null };
  sizeBy: Measure | null;
  /** Files saved since the step began (their names). */
  savedFiles: string[];
}

const has = (text: string, part: string | undefined) =>
  part === undefined || text.toLowerCase().includes(part.toLowerCase());

export function checkPasses(check: StepCheck, s: TrainingSnapshot): boolean {
  switch (check.kind) {
    case 'read':
      return false;
    case 'view':
      return s.view === check.view;
    case 'leftTab':
      return s.leftTab === check.tab;
    case 'casesSelected':
      return casesPass(check, s.selectedCases);
    case 'entitySelected':
      return (
        !!s.selectedEntity &&
        (check.type === undefined || s.selectedEntity.type === check.type) &&
        has(s.selectedEntity.label, check.label)
      );
    case 'matchesFound':
      return s.matchesFound >= check.min;
    case 'matchDecided':
      return s.matches.some(
        (m) =>
          m.status === check.decision &&
          (check.label === undefined || m.labels.some((l) => has(l, check.label))) &&
          (check.caseNumber === undefined || m.caseNumbers.some((n) => has(n, check.caseNumber))),
      );
    case 'pathShown':
      return pathPasses(check, s.path);
    case 'sizedBy':
      return s.sizeBy === check.measure;
    case 'fileSaved':
      return s.savedFiles.some(
        (f) => check.extension === undefined || f.toLowerCase().endsWith(`.${check.extension}`),
      );
  }
}

function casesPass(
  check: Extract<StepCheck, { kind: 'casesSelected' }>,
  cases: TrainingSnapshot['selectedCases'],
): boolean {
  if (cases.length < check.min) return false;
  const agencies = new Set(cases.map((c) => c.agency));
  if (check.sameAgency && agencies.size !== 1) return false;
  return check.agency === undefined || cases.every((c) => has(c.agency, check.agency));
}

function pathPasses(
  check: Extract<StepCheck, { kind: 'pathShown' }>,
  path: TrainingSnapshot['path'],
): boolean {
  if (!path.shown) return false;
  const { from, to } = check;
  if (
    from &&
    (!path.from || (from.type && path.from.type !== from.type) || !has(path.from.label, from.label))
  )
    return false;
  if (!to) return true;
  const endType = path.to?.type ?? path.toType;
  if (to.type && endType !== to.type) return false;
  return to.label === undefined || (!!path.to && has(path.to.label, to.label));
}
