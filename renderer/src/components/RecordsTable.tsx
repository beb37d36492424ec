// The records of the selected cases as a table, below the chart (toggled open).
import { useState } from 'react';
import { ENTITY_TYPE_INFO } from '../../../shared/domain/entity-types';
import { scopeInput, useCall } from '../data/queries';
import { useUi } from '../state/ui-store';
import { EntityIcon } from './EntityIcon';

/** Records per page: a page more per "Show more" (the whole of a big workspace never at once). */
const PAGE = 200;
/** The most one records.list answer holds (the contract's limit). */
const MAX_RECORDS = 5000;

export function RecordsTable() {
  const open = useUi((s) => s.recordsOpen);
  const toggle = useUi((s) => s.toggleRecords);
  const caseIds = useUi((s) => s.caseIds);
  const focusEntity = useUi((s) => s.focusEntity);
  // "Show more" counts for one scope only: picking other cases starts again at one page.
  const scope = caseIds?.join(',') ?? 'all';
  const [more, setMore] = useState({ scope, pages: 1 });
  const pages = more.scope === scope ? more.pages : 1;
  const records = useCall(
    'records.list',
    { ...scopeInput(caseIds), limit: PAGE * pages },
    { enabled: open, keepPrevious: more.scope === scope },
  );
  const total = records.data?.total;
  const shown = records.data?.records.length ?? 0;
  return (
    <section className="panel records-panel" data-testid="records-panel">
      <button className="records-toggle" onClick={toggle} aria-expanded={open} data-testid="records-toggle">
        {open ? '▾' : '▸'} Source records{total !== undefined ? ` (${total.toLocaleString()})` : ''}
        {total !== undefined && total > shown && (
          <span className="muted"> · first {shown.toLocaleString()} shown</span>
        )}
      </button>
      {open && (
        <div className="list">
          <table className="grid-table records-table">
            <thead>
              <tr>
                <th>Case</th>
                <th>Record</th>
                <th>Type</th>
                <th>Label</th>
                <th>Details</th>
              </tr>
            </thead>
            <tbody>
              {(records.data?.records ?? []).map((r) => (
                <tr key={r.id} onClick={() => focusEntity(r.entityId)} title="Show on the chart">
                  <td className="nowrap">{r.caseNumber}</td>
                  <td className="nowrap mono">{r.externalId ?? `#${r.id}`}</td>
                  <td className="nowrap">
                    <EntityIcon type={r.type} size={12} /> {ENTITY_TYPE_INFO[r.type].label}
                  </td>
                  <td>{r.label}</td>
                  <td className="muted">
                    {Object.entries(r.fields)
                      .filter(([k, v]) => v && k !== 'name')
                      .map(([k, v]) => `${k}: ${v}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total !== undefined && total > shown && PAGE * (pages + 1) <= MAX_RECORDS && (
            <button
              className="records-more"
              data-testid="records-more"
              onClick={() => setMore({ scope, pages: pages + 1 })}
            >
              Show {PAGE} more ({shown.toLocaleString()} of {total.toLocaleString()} shown)
            </button>
          )}
        </div>
      )}
    </section>
  );
}
