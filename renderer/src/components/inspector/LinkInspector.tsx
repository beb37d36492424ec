// A drawn link: its two entities and every source link behind it, with their cases.
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { LINK_TYPE_LABELS } from '../../../../shared/domain/link-types';
import { linkSentence } from '../../../../shared/domain/link-sentence';
import { useCall } from '../../data/queries';
import { isGone } from '../../data/query-errors';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { Section } from './EntityInspector';
import { useCaseColour } from './RecordCard';
import { RecordGrade } from './RecordGrade';
import type { RecordLink } from '../../../../shared/contract/model';
import { FieldList } from './FieldList';
import { LinkNotes } from './LinkNotes';

export function LinkInspector({ linkId }: { linkId: string }) {
  const link = useCall('links.get', { linkId }, { quietNotFound: true });
  const select = useUi((s) => s.select);
  if (link.isPending) return <div className="inspector-loading">Loading link…</div>;
  if (isGone(link.error, link.data !== undefined))
    return (
      <div className="inspector-loading" data-testid="inspector-gone">
        This link now joins other entities after a merge or a split. Select it again on the chart.
      </div>
    );
  if (!link.data) return <div className="inspector-loading">This link could not be loaded.</div>;
  const l = link.data;
  const cases = new Set(l.recordLinks.map((r) => r.caseNumber));
  return (
    <div className="inspector-body">
      <header className="inspector-head link-head">
        <div className="head-title">
          <h2 data-testid="inspector-title">{LINK_TYPE_LABELS[l.type] ?? l.type}</h2>
          <div className="muted">
            Link · {l.recordLinks.length} source link{l.recordLinks.length === 1 ? '' : 's'} · {cases.size}{' '}
            case
            {cases.size === 1 ? '' : 's'}
          </div>
        </div>
      </header>
      <div className="link-ends">
        {[l.from, l.to].map((end, i) => (
          <button key={i} className="link-end" onClick={() => select({ kind: 'node', id: end.id })}>
            <span className="muted">{i === 0 ? 'From' : 'To'}</span>
            <EntityIcon type={end.type} />
            <span className="link-end-label ellipsis">{end.label}</span>
            <span className="muted">{ENTITY_TYPE_INFO[end.type].label}</span>
          </button>
        ))}
      </div>
      {cases.size > 1 && (
        <div className="cross-case-note">Stated in {cases.size} cases: the link itself connects them.</div>
      )}
      <Section title={`Source links (${l.recordLinks.length})`} testId="inspector-records">
        {l.recordLinks.map((r) => (
          <RecordLinkCard key={r.id} link={r} />
        ))}
      </Section>
    </div>
  );
}

function RecordLinkCard({ link }: { link: RecordLink }) {
  const colour = useCaseColour(link.caseId);
  const said = linkSentence(link.type, link.fromRecord, link.toRecord, link.label);
  return (
    <article className="record-card" data-testid="record-card" data-case-number={link.caseNumber}>
      <header className="record-head">
        <span className="case-swatch" style={{ background: colour }} />
        <span className="case-number">{link.caseNumber}</span>
        {link.occurredOn && <span className="record-ext">{link.occurredOn}</span>}
      </header>
      <div className="record-link-line">
        <strong>{said.subject}</strong> {said.verb} <strong>{said.object}</strong>
      </div>
      <div className="muted small">
        records {link.fromRecord.externalId ?? `#${link.fromRecord.id}`} →{' '}
        {link.toRecord.externalId ?? `#${link.toRecord.id}`}
      </div>
      <RecordGrade target={{ linkId: link.id }} grade={link.grade} />
      <FieldList fields={link.fields} />
      <LinkNotes link={link} />
    </article>
  );
}
