// The analysis.paths question the path finder asks (also asked again by the briefing report).
import type { CallInput } from '../../../../shared/contract/calls';
import type { AnalysisState } from '../../state/analysis-store';

export const pathsReady = (a: AnalysisState) =>
  a.pathFrom !== null && (a.pathTo !== null || a.pathToType !== null);

export function pathsInput(a: AnalysisState, caseIds: number[] | null): CallInput<'analysis.paths'> {
  return {
    from: a.pathFrom?.id ?? 1,
    ...(a.pathTo ? { to: a.pathTo.id } : {}),
    ...(a.pathToType ? { toType: a.pathToType } : {}),
    mode: a.mode,
    maxLength: a.mode === 'all' ? 5 : 8,
    ...(caseIds ? { caseIds } : {}),
    ...(a.skipTypes.length ? { skipTypes: a.skipTypes } : {}),
  };
}
