// Matching, review and merge calls (issue 3): settings, runs as background jobs, the review
// queue, decisions (accept merges), unmerge and the audit log.
import { WorkbenchError } from '../../../shared/contract/result';
import { cancelJob, jobStatus, startMatchingJob } from '../../jobs/registry';
import { listAudit } from '../../matching/audit';
import { candidateById, listCandidates } from '../../matching/candidates';
import { decideCandidate, unmergeRecord } from '../../matching/decisions';
import { readSettings, writeSettings } from '../../matching/settings';
import { readEstimate, reestimate } from '../../matching/estimate-store';
import type { HandlerGroup } from '../handler-types';

type MatchingCalls =
  | 'matching.settings.get'
  | 'matching.settings.set'
  | 'matching.start'
  | 'matching.estimate.get'
  | 'matching.estimate.run'
  | 'jobs.status'
  | 'jobs.cancel'
  | 'candidates.list'
  | 'candidates.decide'
  | 'entities.unmerge'
  | 'audit.list';

export const matchingHandlers: HandlerGroup<MatchingCalls> = {
  'matching.settings.get': (_input, ctx) => readSettings(ctx.db),
  'matching.settings.set': (input, ctx) => writeSettings(ctx.db, input),
  'matching.start': (input, ctx) => startMatchingJob(ctx, input.caseIds),
  'matching.estimate.get': (_input, ctx) => readEstimate(ctx.db),
  'matching.estimate.run': (_input, ctx) => reestimate(ctx.db),
  'jobs.status': (input) => jobStatus(input.jobId),
  'jobs.cancel': (input) => cancelJob(input.jobId),
  'candidates.list': (input, ctx) => listCandidates(ctx.db, input),
  'candidates.decide': (input, ctx) => {
    decideCandidate(ctx.db, input.candidateId, input.decision, readSettings(ctx.db).analyst, input.note);
    const after = candidateById(ctx.db, input.candidateId);
    if (!after) throw new WorkbenchError('NOT_FOUND', `Match candidate ${input.candidateId} was not found.`);
    return after;
  },
  'entities.unmerge': (input, ctx) => {
    return unmergeRecord(ctx.db, input.recordId, readSettings(ctx.db).analyst, input.note);
  },
  'audit.list': (input, ctx) => listAudit(ctx.db, input.limit, input.offset),
};
