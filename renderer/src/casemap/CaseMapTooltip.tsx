// What the pointer is over: a case (its file and how it is joined) or a connection (its
// weight and the first pieces of evidence).
import type { CaseMap } from '../../../shared/contract/casemap-model';
import { because } from '../components/left/because';
import { useCall } from '../data/queries';
import type { CaseMapHover } from './controller';
import { linkSummary } from './elements';
import { caseStandings, standingLine } from './standing';

const SHOWN = 4;

function LinkEvidence({ caseA, caseB }: { caseA: number; caseB: number }) {
  const connection = useCall('casemap.connection', { caseA, caseB }).data;
  if (!connection) return <div className="muted">Reading the evidence…</div>;
  const rest = connection.evidence.length - SHOWN;
  return (
    <ul className="casemap-tip-evidence">
      {connection.evidence.slice(0, SHOWN).map((ev) => (
        <li key={ev.entityId}>
          <b>{ev.entityLabel}</b> <span className="muted">— {because(ev)}</span>
        </li>
      ))}
      {rest > 0 && <li className="muted">and {rest} more (click the line)</li>}
    </ul>
  );
}

export function CaseMapTooltip({ hover, map }: { hover: CaseMapHover; map: CaseMap }) {
  if (!hover) return null;
  // Near the right edge the tooltip opens leftwards, so it never covers the inspector.
  const style = hover.leftOf
    ? { right: `calc(100% - ${hover.x - 14}px)`, top: hover.y + 14 }
    : { left: hover.x + 14, top: hover.y + 14 };
  if (hover.kind === 'case') {
    const c = map.cases.find((x) => x.id === hover.caseId);
    if (!c) return null;
    const partners = map.links.filter((l) => l.caseA === c.id || l.caseB === c.id).length;
    return (
      <div className="casemap-tip" style={style} data-testid="casemap-tooltip">
        <div className="casemap-tip-title">
          {c.number} · {c.title}
        </div>
        <div className="muted">
          {c.agency} · {c.state} · {c.recordCount.toLocaleString('en-US')} records
        </div>
        <div>{standingLine(c, caseStandings(map).get(c.id)!, partners)}</div>
      </div>
    );
  }
  const link = map.links.find((l) => l.caseA === hover.caseA && l.caseB === hover.caseB);
  const number = (id: number) => map.cases.find((c) => c.id === id)?.number ?? `case ${id}`;
  if (!link) return null;
  return (
    <div className="casemap-tip" style={style} data-testid="casemap-tooltip">
      <div className="casemap-tip-title">
        {number(link.caseA)} ↔ {number(link.caseB)}
      </div>
      <div>{linkSummary(link)}</div>
      <LinkEvidence caseA={link.caseA} caseB={link.caseB} />
    </div>
  );
}
