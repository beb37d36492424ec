// The right panel of the case map: the selected cases, or the selected connection with its
// evidence (which identifiers, which accepted matches, which entities), and the buttons
// that open them on the entity chart.
import type { CaseMap } from '../../../shared/contract/casemap-model';
import type { ConnectionEvidence } from '../../../shared/contract/model';
import { EntityIcon } from '../components/EntityIcon';
import { because } from '../components/left/because';
import { useCall } from '../data/queries';
import { useUi } from '../state/ui-store';
import { useCaseMapUi } from './casemap-store';
import { linkSummary } from './elements';

function EvidenceGroup({
  title,
  items,
  testId,
}: {
  title: string;
  items: ConnectionEvidence[];
  testId: string;
}) {
  if (items.length === 0) return null;
  return (
    <div className="inspector-section" data-testid={testId}>
      <div className="section-title">
        {title} ({items.length})
      </div>
      <ul className="casemap-evidence">
        {items.map((ev) => (
          <li key={ev.entityId}>
            <EntityIcon type={ev.entityType} />
            <span className="casemap-evidence-label">{ev.entityLabel}</span>
            <span className="muted small">{because(ev)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ConnectionInspector({ map, caseA, caseB }: { map: CaseMap; caseA: number; caseB: number }) {
  const connection = useCall('casemap.connection', { caseA, caseB }).data;
  const link = map.links.find((l) => l.caseA === caseA && l.caseB === caseB);
  const openOnChart = useUi((s) => s.openOnChart);
  if (!connection || !link) return <div className="inspector-loading">Reading the evidence…</div>;
  const ev = connection.evidence;
  return (
    <div className="inspector-body" data-testid="casemap-connection">
      <div className="inspector-head casemap-head">
        <div>
          <div className="casemap-pair">
            {connection.caseA.number} ↔ {connection.caseB.number}
          </div>
          <div className="muted small">
            {connection.caseA.title} ↔ {connection.caseB.title}
          </div>
          <div className="small">{linkSummary(link)}</div>
        </div>
      </div>
      <div className="inspector-section">
        <button
          className="button primary"
          data-testid="casemap-open-connection"
          onClick={() => openOnChart([caseA, caseB], { caseA, caseB })}
        >
          Open this connection on the chart
        </button>
      </div>
      <EvidenceGroup
        title="Shared identifiers"
        testId="casemap-identifiers"
        items={ev.filter((e) => e.reason === 'identifier' && e.identifierKind)}
      />
      <EvidenceGroup
        title="Accepted matches"
        testId="casemap-matches"
        items={ev.filter((e) => e.reason === 'match' || e.reason === 'manual')}
      />
      <EvidenceGroup
        title="Joined through other records"
        testId="casemap-chained"
        items={ev.filter((e) => e.reason === 'identifier' && !e.identifierKind)}
      />
    </div>
  );
}

function CasesInspector({ map, ids }: { map: CaseMap; ids: number[] }) {
  const openOnChart = useUi((s) => s.openOnChart);
  const cases = ids.map((id) => map.cases.find((c) => c.id === id)).filter((c) => c !== undefined);
  return (
    <div className="inspector-body" data-testid="casemap-cases">
      <div className="inspector-section">
        <button className="button primary" data-testid="casemap-open-cases" onClick={() => openOnChart(ids)}>
          Open {ids.length === 1 ? 'this case' : `these ${ids.length} cases`} on the chart
        </button>
      </div>
      {cases.map((c) => (
        <div key={c.id} className="inspector-section casemap-case">
          <div className="casemap-pair">{c.number}</div>
          <div>{c.title}</div>
          <div className="muted small">
            {c.agency} · {c.state} · {c.recordCount.toLocaleString('en-US')} records ·{' '}
            {c.sharedWeight ? `${c.sharedWeight} shared entities` : 'shares nothing with other cases'}
          </div>
        </div>
      ))}
    </div>
  );
}

export function CaseMapInspector({ map }: { map: CaseMap | undefined }) {
  const selection = useCaseMapUi((s) => s.selection);
  return (
    <aside className="panel inspector" data-testid="casemap-inspector">
      {(!selection || !map) && (
        <div className="inspector-empty">
          <div className="inspector-empty-title">The case map</div>
          <p>
            Each circle is a case, sized by its records. A line joins two cases that share entities: its
            number is how many.
          </p>
          <p>
            Click a line to read the evidence; click a case (shift-click for several) to open it on the chart.
          </p>
          <p>Double-click a case or a line to open it on the chart at once.</p>
        </div>
      )}
      {map && selection?.kind === 'link' && (
        <ConnectionInspector map={map} caseA={selection.caseA} caseB={selection.caseB} />
      )}
      {map && selection?.kind === 'cases' && <CasesInspector map={map} ids={selection.ids} />}
    </aside>
  );
}
