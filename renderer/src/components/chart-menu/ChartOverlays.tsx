// Everything drawn over the chart for the analyst's direct work: the context menu, the
// shortcuts sheet, the group-naming dialog, the expansion warning and the facts dialog.
import { useCall } from '../../data/queries';
import { useOverlay } from '../../chart/actions/overlay-store';
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
      <FactFromChart />
    </>
  );
}

function FactFromChart() {
  const fact = useOverlay((s) => s.fact);
  const cases = useCall('cases.list', {}).data;
  const target = cases?.find((c) => c.id === fact?.caseId);
  if (!fact || !target) return null;
  return (
    <AddFactDialog
      target={target}
      initial={{ kind: fact.kind, about: fact.about }}
      onClose={() => useOverlay.getState().askFact(null)}
    />
  );
}
