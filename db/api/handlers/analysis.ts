// Network analysis calls (issue 11): paths with their evidence, key players and structure.
import { findPaths } from '../../analysis/paths';
import { networkStructure } from '../../analysis/structure';
import type { HandlerGroup } from '../handler-types';

type AnalysisCalls = 'analysis.paths' | 'analysis.structure';

export const analysisHandlers: HandlerGroup<AnalysisCalls> = {
  'analysis.paths': (input, ctx) => findPaths(ctx.db, input),
  'analysis.structure': (input, ctx) => networkStructure(ctx.db, input),
};
