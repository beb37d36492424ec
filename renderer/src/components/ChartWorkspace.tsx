// The chart view's layout: left panel (cases / connections), chart, inspector, records.
import { ConnectionScope } from '../casemap/ConnectionScope';
import { ChartCanvas } from '../chart/ChartCanvas';
import { useUi } from '../state/ui-store';
import { Inspector } from './inspector/Inspector';
import { LeftPanel } from './left/LeftPanel';
import { RecordsTable } from './RecordsTable';
import { useChart } from '../chart/chart-handle';
import { LabelTooltip } from '../chart/LabelTooltip';
import { FilterBar } from './filters/FilterBar';
import { FilterSync } from './filters/FilterSync';
import { Timeline } from './timeline/Timeline';

export function ChartWorkspace() {
  const recordsOpen = useUi((s) => s.recordsOpen);
  const chart = useChart();
  return (
    <div className={recordsOpen ? 'chart-workspace records-open' : 'chart-workspace'}>
      <LeftPanel />
      <section className="centre">
        <div className="chart-column">
          <FilterBar />
          <ChartCanvas />
          <Timeline />
        </div>
        {chart && <FilterSync chart={chart} />}
        {chart && <LabelTooltip chart={chart} />}
        <ConnectionScope />
        <RecordsTable />
      </section>
      <Inspector />
    </div>
  );
}
