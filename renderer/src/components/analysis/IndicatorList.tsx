// Trafficking indicators (issue 11 point 3): each one found, with its evidence and cases,
// grouped by kind; the thresholds are the workspace's and can be changed here. Entities
// flagged are marked on the chart (see analysis-sync).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  INDICATOR_KINDS,
  type IndicatorHit,
  type IndicatorKind,
  type IndicatorThresholds,
} from '../../../../shared/contract/analysis-model';
import { useClient } from '../../client/client-context';
import { useCall } from '../../data/queries';
import { reportError } from '../../state/notices';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { indicatorsTable } from '../export/tables';
import { TableExport } from '../export/TableExport';

export const INDICATOR_LABELS: Record<IndicatorKind, string> = {
  multiple_sale: 'Multiple sale',
  time_to_crime: 'Short time-to-crime',
  high_demand_repeat: 'Repeated high-demand models',
  cross_agency: 'One identifier, several agencies',
  far_purchase_recovered_in_mexico: 'Bought far from the border, recovered in Mexico',
};

const THRESHOLD_LABELS: [keyof IndicatorThresholds, string][] = [
  ['multipleSaleFirearms', 'multiple sale: firearms'],
  ['multipleSaleBusinessDays', 'multiple sale: within business days'],
  ['timeToCrimeDays', 'time-to-crime: at most days'],
  ['highDemandFirearms', 'high-demand: firearms'],
  ['crossAgencyCount', 'identifier: agencies'],
];

export function IndicatorList() {
  const result = useCall('analysis.indicators', {}).data;
  const [open, setOpen] = useState<IndicatorKind | null>('time_to_crime');
  if (!result) return <p className="empty-hint">Reading the records for indicators…</p>;
  return (
    <section className="analysis-section" data-testid="indicators">
      <div className="analysis-row">
        <h3 className="section-title">Trafficking indicators</h3>
        <TableExport testId="indicators-export" load={() => indicatorsTable(result.hits)} />
      </div>
      <p className="muted indicator-note">
        Entities raised by an indicator are ringed in crimson on the chart.
      </p>
      {INDICATOR_KINDS.map((kind) => {
        const hits = result.hits.filter((h) => h.kind === kind);
        return (
          <div key={kind} className="indicator-kind" data-testid={`indicator-${kind}`}>
            <button className="indicator-head" onClick={() => setOpen(open === kind ? null : kind)}>
              {open === kind ? '▾' : '▸'} {INDICATOR_LABELS[kind]}{' '}
              <span className="count">{hits.length}</span>
            </button>
            {open === kind && hits.map((h, i) => <IndicatorRow key={`${h.entity.id}-${i}`} hit={h} />)}
          </div>
        );
      })}
      <Thresholds thresholds={result.thresholds} />
    </section>
  );
}

function IndicatorRow({ hit }: { hit: IndicatorHit }) {
  const focusEntity = useUi((s) => s.focusEntity);
  return (
    <div className="indicator-row">
      <button className="neighbour" onClick={() => focusEntity(hit.entity.id)}>
        <EntityIcon type={hit.entity.type} />
        <span className="ellipsis">{hit.entity.label}</span>
      </button>
      <div className="indicator-summary">
        {hit.summary} <span className="muted">· {hit.caseNumbers.join(', ')}</span>
      </div>
      <ul className="path-evidence">
        {hit.evidence.slice(0, 4).map((line, i) => (
          <li key={i} className="muted">
            {line}
          </li>
        ))}
        {hit.evidence.length > 4 && <li className="muted">and {hit.evidence.length - 4} more</li>}
      </ul>
    </div>
  );
}

function Thresholds({ thresholds }: { thresholds: IndicatorThresholds }) {
  const client = useClient();
  const queryClient = useQueryClient();
  const change = async (key: keyof IndicatorThresholds, value: number) => {
    if (!Number.isInteger(value) || value === thresholds[key]) return;
    try {
      await client.call('analysis.thresholds.set', { [key]: value });
      await queryClient.invalidateQueries({ queryKey: ['call', 'analysis.indicators'] });
    } catch (err) {
      reportError(err);
    }
  };
  return (
    <details className="indicator-thresholds">
      <summary>Thresholds (this workspace)</summary>
      {THRESHOLD_LABELS.map(([key, label]) => (
        <label key={key} className="analysis-row">
          <span className="threshold-label">{label}</span>
          <input
            type="number"
            defaultValue={thresholds[key]}
            min={1}
            data-testid={`threshold-${key}`}
            onBlur={(e) => void change(key, Number(e.target.value))}
          />
        </label>
      ))}
    </details>
  );
}
