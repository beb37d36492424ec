// The chart view's layout: left panel (cases / connections), chart, inspector, records.
import { ConnectionScope } from '../casemap/ConnectionScope';
import { ChartCanvas } from '../chart/ChartCanvas';
import { useUi } from '../state/ui-store';
import { Inspector } from './inspector/Inspector';
import { LeftPanel } from './left/LeftPanel';
import { RecordsTable } from './RecordsTable';

export function ChartWorkspace() {
  const recordsOpen = useUi((s) => s.recordsOpen);
  return (
    <div className={recordsOpen ? 'chart-workspace records-open' : 'chart-workspace'}>
      <LeftPanel />
      <section className="centre">
        <ChartCanvas />
        <ConnectionScope />
        <RecordsTable />
      </section>
      <Inspector />
    </div>
  );
}
