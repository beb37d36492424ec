// The left panel's Analysis tab: paths between entities, and the key players.
import '../../app/analysis.css';
import { KeyPlayers } from './KeyPlayers';
import { PathFinder } from './PathFinder';

export function AnalysisPanel() {
  return (
    <div className="list analysis-panel" data-testid="analysis-panel">
      <PathFinder />
      <KeyPlayers />
    </div>
  );
}
