// The chart view's controls in the top bar: layout switcher and export menu.
import { LAYOUTS } from '../../chart/layouts';
import { useUi } from '../../state/ui-store';
import { PossibleLinksToggle } from '../review/PossibleLinksToggle';
import { ExportMenu } from './ExportMenu';
import { DrawingSettingsButton } from '../settings/DrawingSettings';
import { RelayoutButton } from './RelayoutButton';

export function ChartToolbar() {
  const layoutId = useUi((s) => s.layoutId);
  const setLayout = useUi((s) => s.setLayout);
  const current = LAYOUTS.find((l) => l.id === layoutId);
  return (
    <>
      <label className="field-inline" title={current?.hint}>
        <span>Layout</span>
        <select value={layoutId} onChange={(e) => setLayout(e.target.value)} data-testid="layout-select">
          {LAYOUTS.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <RelayoutButton />
      <PossibleLinksToggle />
      <ExportMenu />
      <DrawingSettingsButton />
    </>
  );
}
