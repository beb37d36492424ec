// Network analysis calls (issue 11): paths with their evidence, key players and structure.
import { setIndicatorThresholds } from '../../analysis/indicator-settings';
import { workspaceIndicators } from '../../analysis/indicators-run';
import { findPaths } from '../../analysis/paths';
import { cancelStructure } from '../../analysis/structure-run';
import { keyPlayers, measureAndKeep } from '../../analysis/key-players';
import type { HandlerGroup } from '../handler-types';

type AnalysisCalls =
  | 'analysis.paths'
  | 'analysis.structure'
  | 'analysis.keyPlayers'
  | 'analysis.cancel'
  | 'analysis.indicators'
  | 'analysis.thresholds.set';

export const analysisHandlers: HandlerGroup<AnalysisCalls> = {
  'analysis.paths': (input, ctx) => findPaths(ctx.db, input),
  // Measured in a worker thread for big networks: other calls are answered meanwhile.
  // Answers a summary; the measures are read a page at a time (key-players.ts).
  'analysis.structure': (input, ctx) => measureAndKeep(ctx, input),
  'analysis.keyPlayers': (input, ctx) => keyPlayers(ctx, input),
  'analysis.cancel': (input) => ({ cancelled: cancelStructure(input.runId) }),
  // Read in a worker thread (seconds at a million records), kept until anything is written.
  'analysis.indicators': (_input, ctx) => workspaceIndicators(ctx),
  'analysis.thresholds.set': (input, ctx) => setIndicatorThresholds(ctx.db, input),
};
