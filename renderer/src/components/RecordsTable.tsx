// The records of the selected cases as a table, below the chart (toggled open).
import { ENTITY_TYPE_INFO } from '../../../shared/domain/entity-types';
import { scopeInput, useCall } from '../data/queries';
import { useUi } from '../state/ui-store';
import { EntityIcon } from './EntityIcon';

const LIMIT = 500;

export function RecordsTable() {
  const open = useUi((s) => s.recordsOpen);
  const toggle = useUi((s) => s.toggleRecords);
  const caseIds = useUi((s) => s.caseIds);
  const focusEntity = useUi((s) => s.focusEntity);
  const records = useCall('records.list', { ...scopeInput(caseIds), limit: LIMIT }, { enabled: open });
  const total = records.data?.total;
  return (
    <section className="panel records-panel" data-testid="records-panel">
      <button className="records-toggle" onClick={toggle} aria-expanded={open} data-testid="records-toggle">
        {open ? '▾' : '▸'} Source records{total !== undefined ? ` (${total.toLocaleString()})` : ''}
        {total !== undefined && total > LIMIT && <span className="muted"> · first {LIMIT} shown</span>}
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
        </div>
      )}
    </section>
  );
}
