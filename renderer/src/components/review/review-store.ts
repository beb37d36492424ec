// UI state of the review screen: queue filters, the selected candidate, the running
// matching job and the chart's "possible same" toggle. Server data stays in queries.
import { create } from 'zustand';
import type { Decision, JobStatus } from '../../../../shared/contract/matching-model';
import type { EntityType } from '../../../../shared/domain/entity-types';
import type { ScoreBand } from './review-logic';

export type QueueTab = 'pending' | 'decided';
export type DecidedFilter = Exclude<Decision, 'pending'> | 'all';

export interface ReviewState {
  tab: QueueTab;
  type: EntityType | 'all';
  caseId: number | null;
  band: ScoreBand;
  decided: DecidedFilter;
  selectedId: number | null;
  job: JobStatus | null;
  showPossible: boolean;
  settingsOpen: boolean;
  set(patch: Partial<Omit<ReviewState, 'set'>>): void;
}

export const useReview = create<ReviewState>((set) => ({
  tab: 'pending',
  type: 'all',
  caseId: null,
  band: 'all',
  decided: 'all',
  selectedId: null,
  job: null,
  showPossible: false,
  settingsOpen: false,
  set: (patch) => set(patch),
}));
