// Over the entity chart while it shows one connection of the case map: which two cases,
// and the way back to the case map.
import { useCall } from '../data/queries';
import { useUi } from '../state/ui-store';

export function ConnectionScope() {
  const connection = useUi((s) => s.connection);
  const setView = useUi((s) => s.setView);
  const cases = useCall('cases.list', {}, { enabled: !!connection }).data;
  if (!connection) return null;
  const number = (id: number) => cases?.find((c) => c.id === id)?.number ?? '…';
  return (
    <div className="connection-scope" data-testid="connection-scope">
      <span>
        What <b>{number(connection.caseA)}</b> and <b>{number(connection.caseB)}</b> share, with their
        neighbours
      </span>
      <button className="button small" data-testid="back-to-casemap" onClick={() => setView('casemap')}>
        ← Case map
      </button>
    </div>
  );
}
