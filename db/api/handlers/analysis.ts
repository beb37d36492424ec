// Network analysis calls (issue 11): paths with their evidence, key players and structure.
import { indicatorThresholds, setIndicatorThresholds } from '../../analysis/indicator-settings';
import { findIndicators } from '../../analysis/indicators';
import { changeStamp } from '../../queries/casemap';
import type { Db } from '../../store/open-workspace';
import { findPaths } from '../../analysis/paths';
import { cancelStructure, runStructure } from '../../analysis/structure-run';
import type { HandlerGroup } from '../handler-types';

type AnalysisCalls =
  | 'analysis.paths'
  | 'analysis.structure'
  | 'analysis.cancel'
  | 'analysis.indicators'
  | 'analysis.thresholds.set';

/**
 * The indicators read every record (seconds at a million) and the chart asks for them each
 * time it opens: the answer is kept per connection until anything is written.
 */
const keptIndicators = new WeakMap<Db, { stamp: string; answer: ReturnType<typeof indicatorsOf> }>();
function indicatorsOf(db: Db) {
  const thresholds = indicatorThresholds(db);
  return { thresholds, hits: findIndicators(db, thresholds) };
}
function keptIndicatorsOf(db: Db) {
  const stamp = changeStamp(db);
  const kept = keptIndicators.get(db);
  if (kept?.stamp === stamp) return kept.answer;
  const answer = indicatorsOf(db);
  keptIndicators.set(db, { stamp, answer });
  return answer;
}

export const analysisHandlers: HandlerGroup<AnalysisCalls> = {
  'analysis.paths': (input, ctx) => findPaths(ctx.db, input),
  // Measured in a worker thread for big networks: other calls are answered meanwhile.
  'analysis.structure': (input, ctx) => runStructure(ctx, input),
  'analysis.cancel': (input) => ({ cancelled: cancelStructure(input.runId) }),
  'analysis.indicators': (_input, ctx) => keptIndicatorsOf(ctx.db),
  'analysis.thresholds.set': (input, ctx) => setIndicatorThresholds(ctx.db, input),
};
