// Shapes of matching, review and merge data (issue 3). Owned by the matching engine.
import type { EntityType } from '../domain/entity-types';
import type { SourceRecord } from './model';
import type { ImportReport } from './exchange-model';

export type Decision = 'pending' | 'accepted' | 'rejected' | 'unsure';
/** A candidate's state as the review shows it: 'split' = accepted, then split apart again. */
export type CandidateStatus = Decision | 'split';

export interface FieldEvidence {
  field: string;
  /** Agreement level, e.g. 'exact', 'phonetic', 'close', 'differs', 'missing'. */
  level: string;
  /** Contribution to the match weight in log2 units (Fellegi-Sunter). */
  weight: number;
  /** The evidence in an analyst's words: "same date of birth". */
  text: string;
}

export interface MatchCandidate {
  id: number;
  type: EntityType;
  score: number;
  status: CandidateStatus;
  recordA: SourceRecord;
  recordB: SourceRecord;
  caseA: { id: number; number: string; title: string };
  caseB: { id: number; number: string; title: string };
  evidence: FieldEvidence[];
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface MatchingSettings {
  analyst: string;
  /** Candidates at or above this probability enter the review queue. */
  reviewThreshold: number;
  /** Per type: probability at or above which matches merge automatically; null = off. */
  autoMergeThresholds: Partial<Record<EntityType, number | null>>;
}

export interface JobStatus {
  jobId: string;
  kind: 'matching' | 'import';
  state: 'running' | 'done' | 'failed' | 'cancelled';
  recordsDone: number;
  recordsTotal: number;
  candidatesFound: number;
  message: string;
  startedAt: string;
  finishedAt: string | null;
  /** An import job's report, once it is done. */
  importReport?: ImportReport;
}

export interface UnmergeResult {
  recordId: number;
  oldEntityId: number;
  newEntityId: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  analyst: string;
  action: string;
  summary: string;
  details: unknown;
}

/** Person weights estimated from this workspace's own data (matching.estimate.*). */
export interface WeightEstimate {
  estimatedAt: string;
  people: number;
  randomPairs: number;
  blockedPairs: number;
  iterations: number;
  /** Estimated chance that two people picked at random are one person. */
  matchShare: number;
  /** field → level → [m, u]. */
  levels: Record<string, Record<string, [number, number]>>;
}
