// Builds the snapshot the step checks read, from the stores and the calls the workbench
// already makes (cached by TanStack Query and refreshed when the workspace changes).
import { useMemo } from 'react';
import { useCall } from '../data/queries';
import { useAnalysis } from '../state/analysis-store';
import { useUi } from '../state/ui-store';
import { useSavedFiles } from './activity';
import type { TrainingSnapshot } from './checks';

export function useTrainingSnapshot(stepStartedAt: number): TrainingSnapshot {
  const ui = useUi();
  const analysis = useAnalysis();
  const saved = useSavedFiles((s) => s.saved);
  const cases = useCall('cases.list', {}).data;
  const selectedId = ui.selection?.kind === 'node' ? ui.selection.id : null;
  const entity = useCall(
    'entities.get',
    { entityId: selectedId ?? 1 },
    {
      enabled: selectedId !== null,
      quietNotFound: true,
    },
  ).data;
  const candidates = useCall('candidates.list', { status: 'all', limit: 1000 }).data;
  return useMemo(() => {
    const byId = new Map((cases ?? []).map((c) => [c.id, c]));
    return {
      view: ui.activeView,
      leftTab: ui.leftTab,
      selectedCases: (ui.caseIds ?? []).flatMap((id) => {
        const c = byId.get(id);
        return c ? [{ number: c.number, agency: c.agency }] : [];
      }),
      selectedEntity:
        selectedId !== null && entity?.id === selectedId ? { type: entity.type, label: entity.label } : null,
      matchesFound: candidates?.total ?? 0,
      matches: (candidates?.candidates ?? []).map((c) => ({
        status: c.status,
        labels: [c.recordA.label, c.recordB.label],
        caseNumbers: [c.caseA.number, c.caseB.number],
      })),
      path: {
        shown: analysis.shownPath !== null,
        from: analysis.pathFrom,
        to: analysis.pathTo,
        toType: analysis.pathToType,
      },
      sizeBy: analysis.sizeBy,
      savedFiles: saved.filter((f) => f.at >= stepStartedAt).map((f) => f.name),
    };
  }, [ui, analysis, saved, cases, selectedId, entity, candidates, stepStartedAt]);
}
