// Shapes of the case-management calls: what a removal takes with it and how to undo it.
import type { CaseStatus } from './model';

export const CASE_STATUSES = ['open', 'closed', 'referred', 'suspended'] as const satisfies CaseStatus[];

/** What removing a case takes with it, counted before anything is removed. */
export interface CaseRemovalCounts {
  records: number;
  links: number;
  /** Entities holding only this case's records: they go. */
  entitiesOnlyHere: number;
  /** Entities also holding other cases' records: they stay and lose this case's records. */
  entitiesShared: number;
  /** Accepted, rejected or unsure match decisions involving this case's records. */
  matchDecisions: number;
  /** Undecided match suggestions involving this case's records. */
  pendingMatches: number;
}

export interface CaseRemovalPreview {
  caseId: number;
  number: string;
  title: string;
  counts: CaseRemovalCounts;
}

export interface CaseRemoval extends CaseRemovalPreview {
  /** Pass to cases.restore to bring the case back. */
  removalId: number;
  removedAt: string;
}

export interface RemovedCase {
  removalId: number;
  caseId: number;
  number: string;
  removedAt: string;
  analyst: string;
  counts: CaseRemovalCounts;
  restoredAt: string | null;
}

/** A note an analyst wrote on a case, or on an entity or link within it. */
export interface AnalystNote {
  id: number;
  caseId: number;
  caseNumber: string;
  entityId: number | null;
  linkId: number | null;
  author: string;
  writtenOn: string;
  text: string;
}

/** What an analyst-entered fact became: the record (and its entity) or the link. */
export interface AnalystFact {
  recordId?: number;
  entityId?: number;
  linkId?: number;
  noteId?: number;
}
