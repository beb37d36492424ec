// Matching, review and merge calls (issue 3). Placeholder until the matching engine lands.
import { WorkbenchError } from '../../../shared/contract/result';
import type { HandlerGroup } from '../handler-types';

type MatchingCalls =
  | 'matching.settings.get'
  | 'matching.settings.set'
  | 'matching.start'
  | 'jobs.status'
  | 'jobs.cancel'
  | 'candidates.list'
  | 'candidates.decide'
  | 'entities.unmerge'
  | 'audit.list';

const notYet = (): never => {
  throw new WorkbenchError('INTERNAL', 'Matching is not available in this build yet.');
};

export const matchingHandlers: HandlerGroup<MatchingCalls> = {
  'matching.settings.get': notYet,
  'matching.settings.set': notYet,
  'matching.start': notYet,
  'jobs.status': notYet,
  'jobs.cancel': notYet,
  'candidates.list': notYet,
  'candidates.decide': notYet,
  'entities.unmerge': notYet,
  'audit.list': notYet,
};
