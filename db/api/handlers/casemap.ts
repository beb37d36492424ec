// The case map calls (issue 10): the overview, one connection's evidence and its chart.
import { caseMap } from '../../queries/casemap';
import { connectionBetween } from '../../queries/connections';
import { graphOfConnection } from '../../queries/graph';
import { WorkbenchError } from '../../../shared/contract/result';
import type { Db } from '../../store/open-workspace';
import type { HandlerGroup } from '../handler-types';

type CaseMapCalls = 'casemap.get' | 'casemap.connection' | 'casemap.connectionGraph';

/** Both cases must exist: a stale case map (a case removed meanwhile) gets a clear answer. */
function requireCases(db: Db, caseA: number, caseB: number) {
  const found = db.prepare('SELECT id FROM cases WHERE id IN (?, ?)').all(caseA, caseB) as { id: number }[];
  const missing = [caseA, caseB].filter((id) => !found.some((f) => f.id === id));
  if (missing.length) {
    throw new WorkbenchError('NOT_FOUND', `No case with id ${missing.join(' or ')} in this workspace.`, {
      caseIds: missing,
    });
  }
  if (caseA === caseB) {
    throw new WorkbenchError('INVALID_INPUT', `A connection joins two different cases (both were ${caseA}).`);
  }
}

export const caseMapHandlers: HandlerGroup<CaseMapCalls> = {
  'casemap.get': (input, ctx) => caseMap(ctx.db, input.limit),
  'casemap.connection': (input, ctx) => {
    requireCases(ctx.db, input.caseA, input.caseB);
    return connectionBetween(ctx.db, input.caseA, input.caseB);
  },
  'casemap.connectionGraph': (input, ctx) => {
    requireCases(ctx.db, input.caseA, input.caseB);
    return graphOfConnection(ctx.db, input.caseA, input.caseB, input.limit);
  },
};
