// Network analysis calls (issue 11): paths with their evidence, key players and structure.
import { indicatorThresholds, setIndicatorThresholds } from '../../analysis/indicator-settings';
import { findIndicators } from '../../analysis/indicators';
import { findPaths } from '../../analysis/paths';
import { networkStructure } from '../../analysis/structure';
import type { HandlerGroup } from '../handler-types';

type AnalysisCalls =
  'analysis.paths' | 'analysis.structure' | 'analysis.indicators' | 'analysis.thresholds.set';

export const analysisHandlers: HandlerGroup<AnalysisCalls> = {
  'analysis.paths': (input, ctx) => findPaths(ctx.db, input),
  'analysis.structure': (input, ctx) => networkStructure(ctx.db, input),
  'analysis.indicators': (_input, ctx) => {
    const thresholds = indicatorThresholds(ctx.db);
    return { thresholds, hits: findIndicators(ctx.db, thresholds) };
  },
  'analysis.thresholds.set': (input, ctx) => setIndicatorThresholds(ctx.db, input),
};
