// Cross-case connections: "case A ↔ case B", through which entities, because of which
// identifier. Clicking one focuses the entity on the chart.
import { useState } from 'react';
import { CONNECTIONS_PAGE } from '../../../../shared/contract/budget';
import { scopeInput, useCall } from '../../data/queries';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { useClient } from '../../client/client-context';
import { allConnections } from '../export/loaders';
import { connectionsTable } from '../export/tables';
import { TableExport } from '../export/TableExport';

// Kept in its own small file: the case map reads it without loading the export code.
import { because } from './because';
export { because };

/** The strongest pairs first, one page more per "Show more": big workspaces have thousands. */
export function connectionsInput(caseIds: number[] | null, pages = 1) {
  return { ...scopeInput(caseIds), limit: CONNECTIONS_PAGE * pages };
}

export function ConnectionsList() {
  const caseIds = useUi((s) => s.caseIds);
  const focusEntity = useUi((s) => s.focusEntity);
  const selection = useUi((s) => s.selection);
  // "Show more" counts for one scope only: picking other cases starts again at one page.
  const scope = caseIds?.join(',') ?? 'all';
  const [more, setMore] = useState({ scope, pages: 1 });
  const pages = more.scope === scope ? more.pages : 1;
  const connections = useCall('connections.list', connectionsInput(caseIds, pages), { keepPrevious: true });
  const client = useClient();
  const data = connections.data;

  if (!data) return <div className="empty-hint">Finding connections…</div>;
  const list = data.connections;
  const total = data.total;
  if (list.length === 0) {
    return <div className="empty-hint">No connections: no entity holds records from two of these cases.</div>;
  }
  return (
    <div className="list connections" data-testid="connections-list">
      <div className="list-tools">
        <TableExport
          testId="connections-export"
          load={async () => connectionsTable(await allConnections(client, caseIds))}
        />
      </div>
      {list.map((conn) => (
        <section key={`${conn.caseA.id}-${conn.caseB.id}`} className="connection">
          <header className="connection-head" title={`${conn.caseA.title} ↔ ${conn.caseB.title}`}>
            <span className="case-number">{conn.caseA.number}</span>
            <span className="connection-arrow">↔</span>
            <span className="case-number">{conn.caseB.number}</span>
            <span className="count">{conn.evidence.length}</span>
          </header>
          {conn.evidence.map((ev) => (
            <button
              key={ev.entityId}
              className={
                selection?.kind === 'node' && selection.id === ev.entityId
                  ? 'list-row evidence selected'
                  : 'list-row evidence'
              }
              onClick={() => focusEntity(ev.entityId)}
              data-testid="connection-item"
              data-entity-id={ev.entityId}
            >
              <EntityIcon type={ev.entityType} size={13} />
              <span className="evidence-main">
                <span className="row-title">{ev.entityLabel}</span>
                <span className="row-sub">{because(ev)}</span>
              </span>
            </button>
          ))}
        </section>
      ))}
      {total > list.length && (
        <button
          className="show-more"
          onClick={() => setMore({ scope, pages: pages + 1 })}
          disabled={connections.isFetching}
          data-testid="connections-more"
        >
          Show more — {list.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')} case pairs
          shown, strongest first
        </button>
      )}
    </div>
  );
}
