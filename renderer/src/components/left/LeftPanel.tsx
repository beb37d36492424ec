// Left panel: the case list and the cross-case connections, as two tabs.
import { useCall } from '../../data/queries';
import { useUi } from '../../state/ui-store';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { ChartsPanel } from '../charts/ChartsPanel';
import { CaseList } from './CaseList';
import { ConnectionsList, connectionsInput } from './ConnectionsList';

export function LeftPanel() {
  const tab = useUi((s) => s.leftTab);
  const setTab = useUi((s) => s.setLeftTab);
  const caseIds = useUi((s) => s.caseIds);
  const cases = useCall('cases.list', {}).data;
  const connections = useCall('connections.list', connectionsInput(caseIds)).data;
  return (
    <aside className="panel left-panel">
      <div className="tabs" role="tablist">
        <button
          role="tab"
          aria-selected={tab === 'cases'}
          className={tab === 'cases' ? 'tab active' : 'tab'}
          onClick={() => setTab('cases')}
          data-testid="tab-cases"
        >
          Cases <span className="count">{cases?.length ?? ''}</span>
        </button>
        <button
          role="tab"
          aria-selected={tab === 'connections'}
          className={tab === 'connections' ? 'tab active' : 'tab'}
          onClick={() => setTab('connections')}
          data-testid="tab-connections"
        >
          Connections <span className="count">{connections?.total.toLocaleString('en-US') ?? ''}</span>
        </button>
        <button
          role="tab"
          aria-selected={tab === 'analysis'}
          className={tab === 'analysis' ? 'tab active' : 'tab'}
          onClick={() => setTab('analysis')}
          data-testid="tab-analysis"
        >
          Analysis
        </button>
        <button
          role="tab"
          aria-selected={tab === 'charts'}
          className={tab === 'charts' ? 'tab active' : 'tab'}
          onClick={() => setTab('charts')}
          data-testid="tab-charts"
        >
          Charts
        </button>
      </div>
      {tab === 'cases' && <CaseList />}
      {tab === 'connections' && <ConnectionsList />}
      {tab === 'analysis' && <AnalysisPanel />}
      {tab === 'charts' && <ChartsPanel />}
    </aside>
  );
}
