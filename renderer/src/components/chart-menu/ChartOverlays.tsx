// Everything drawn over the chart for the analyst's direct work: the context menu, the
// shortcuts sheet, the group-naming dialog, the expansion warning and the facts dialog.
import { useCall } from '../../data/queries';
import { useOverlay } from '../../chart/actions/overlay-store';
import { entityAdded, expectEntityAt } from '../../chart/actions/place-added';
import type { MenuPoint } from '../../chart/actions/targets';
import { useUi } from '../../state/ui-store';
import type { ChartController } from '../../chart/controller';
import { AddFactDialog } from '../left/AddFactDialog';
import { ChartMenu } from './ChartMenu';
import { ExpandWarning } from './ExpandWarning';
import { GroupDialog } from './GroupDialog';
import { ShortcutSheet } from './ShortcutSheet';
import './chart-menu.css';

export function ChartOverlays({ chart }: { chart: ChartController }) {
  return (
    <>
      <ChartMenu chart={chart} />
      <ShortcutSheet />
      <GroupDialog />
      <ExpandWarning />
      <FactFromChart chart={chart} />
    </>
  );
}

function FactFromChart({ chart }: { chart: ChartController }) {
  const fact = useOverlay((s) => s.fact);
  const cases = useCall('cases.list', {}).data;
  const target = cases?.find((c) => c.id === fact?.caseId);
  if (!fact || !target) return null;
  const place = fact.place;
  return (
    <AddFactDialog
      target={target}
      initial={{ kind: fact.kind, about: fact.about }}
      onClose={() => useOverlay.getState().askFact(null)}
      onEntity={place ? placeNewEntity(chart, place) : undefined}
    />
  );
}

/**
 * Puts the entity about to be added where the analyst right-clicked; a saved chart (which
 * draws only its own entities) takes it in.
 */
function placeNewEntity(chart: ChartController, place: MenuPoint) {
  return {
    before: () => expectEntityAt(place, Object.keys(chart.exactPositions()).map(Number)),
    after: (entityId: number | null) => {
      entityAdded(entityId);
      if (entityId === null) return;
      useUi.setState((s) =>
        s.chartBase ? { chartBase: { entityIds: [...s.chartBase.entityIds, entityId] } } : {},
      );
    },
  };
}
