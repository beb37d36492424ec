// The audit log, newest first: every decision, merge and unmerge with who and when.
import { useCall } from '../../data/queries';
import { formatWhen } from './ReviewQueue';
import { useClient } from '../../client/client-context';
import { allAuditEntries } from '../export/loaders';
import { auditTable } from '../export/tables';
import { TableExport } from '../export/TableExport';

export function AuditPanel() {
  const audit = useCall('audit.list', { limit: 200 });
  const entries = audit.data?.entries ?? [];
  const client = useClient();
  return (
    <aside className="panel audit-panel" data-testid="audit-panel">
      <div className="panel-title">
        Audit log <span className="count">{audit.data?.total ?? ''}</span>
        <TableExport testId="audit-export" load={async () => auditTable(await allAuditEntries(client))} />
      </div>
      <ol className="list audit-list">
        {entries.map((e) => (
          <li key={e.id} className="audit-entry" data-testid="audit-entry" data-action={e.action}>
            <div className="audit-line">
              <span className={`pill audit-action action-${e.action.replace(/[^a-z]+/gi, '-')}`}>
                {e.action}
              </span>
              <span className="audit-when">{formatWhen(e.at)}</span>
            </div>
            <div className="audit-summary">{e.summary}</div>
            <div className="audit-who muted small">by {e.analyst}</div>
          </li>
        ))}
        {!audit.isPending && entries.length === 0 && (
          <li className="empty-hint">Decisions, merges and unmerges will be listed here.</li>
        )}
      </ol>
    </aside>
  );
}
