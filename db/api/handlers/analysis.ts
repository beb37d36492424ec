// Network analysis calls (issue 11): paths with their evidence, key players and structure.
import { indicatorThresholds, setIndicatorThresholds } from '../../analysis/indicator-settings';
import { findIndicators } from '../../analysis/indicators';
import { findPaths } from '../../analysis/paths';
import { cancelStructure, runStructure } from '../../analysis/structure-run';
import type { HandlerGroup } from '../handler-types';

type AnalysisCalls =
  | 'analysis.paths'
  | 'analysis.structure'
  | 'analysis.cancel'
  | 'analysis.indicators'
  | 'analysis.thresholds.set';

export const analysisHandlers: HandlerGroup<AnalysisCalls> = {
  'analysis.paths': (input, ctx) => findPaths(ctx.db, input),
  // Measured in a worker thread for big networks: other calls are answered meanwhile.
  'analysis.structure': (input, ctx) => runStructure(ctx, input),
  'analysis.cancel': (input) => ({ cancelled: cancelStructure(input.runId) }),
  'analysis.indicators': (_input, ctx) => {
    const thresholds = indicatorThresholds(ctx.db);
    return { thresholds, hits: findIndicators(ctx.db, thresholds) };
  },
  'analysis.thresholds.set': (input, ctx) => setIndicatorThresholds(ctx.db, input),
};
