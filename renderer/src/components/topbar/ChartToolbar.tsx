// The chart view's controls in the top bar: undo/redo, layout switcher and export menu.
import { LAYOUTS } from '../../chart/layouts';
import { changeLayoutWithUndo } from '../../chart/saved-chart-history';
import { useUi } from '../../state/ui-store';
import { PossibleLinksToggle } from '../review/PossibleLinksToggle';
import { ExportButton } from '../export/ExportDialog';
import { ReportButton } from '../report/ReportDialog';
import { DrawingSettingsButton } from '../settings/DrawingSettings';
import { RelayoutButton } from './RelayoutButton';

export function ChartToolbar() {
  const layoutId = useUi((s) => s.layoutId);
  const current = LAYOUTS.find((l) => l.id === layoutId);
  return (
    <>
      <label className="field-inline" title={current?.hint}>
        <span>Layout</span>
        <select
          value={layoutId}
          onChange={(e) => changeLayoutWithUndo(e.target.value)}
          data-testid="layout-select"
        >
          {LAYOUTS.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <RelayoutButton />
      <PossibleLinksToggle />
      <ExportButton />
      <ReportButton />
      <DrawingSettingsButton />
    </>
  );
}
