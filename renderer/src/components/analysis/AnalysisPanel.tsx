// The left panel's Analysis tab: paths between entities, the key players and the trafficking indicators.
import '../../app/analysis.css';
import { IndicatorList } from './IndicatorList';
import { KeyPlayers } from './KeyPlayers';
import { PathFinder } from './PathFinder';

export function AnalysisPanel() {
  return (
    <div className="list analysis-panel" data-testid="analysis-panel">
      <PathFinder />
      <KeyPlayers />
      <IndicatorList />
    </div>
  );
}
