// An entity: type, label, properties, identifiers, the cases it spans and every source
// record it holds, grouped by case.
import type { EntityMembership } from '../../../../shared/contract/model';
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { useCall } from '../../data/queries';
import { isGone } from '../../data/query-errors';
import { useUi } from '../../state/ui-store';
import { EntityIcon } from '../EntityIcon';
import { SplitOutButton } from '../review/SplitOutButton';
import { percent } from '../review/review-logic';
import { NeighbourList } from './NeighbourList';
import { PathButtons } from './PathButtons';
import { RecordCard, useCaseColour } from './RecordCard';
import { AnalystRecordActions } from './AnalystRecordActions';

const REASON_TEXT: Record<EntityMembership['reason'], string> = {
  own: 'first record of this entity',
  identifier: 'joined by a shared identifier',
  match: 'joined by an accepted match',
  manual: 'merged by hand',
};

/** Why a record is part of the entity, in words: the evidence is stored as JSON. */
export function membershipNote(m: EntityMembership): string {
  const reason = REASON_TEXT[m.reason];
  let evidence: unknown = m.evidence;
  try {
    evidence = JSON.parse(m.evidence);
  } catch {
    // plain text evidence is shown as it is
  }
  if (typeof evidence === 'string') return evidence ? `${reason}: ${evidence}` : reason;
  if (evidence && typeof evidence === 'object') {
    const e = evidence as Record<string, unknown>;
    if (typeof e.kind === 'string' && e.value !== undefined)
      return `${reason}: same ${e.kind} ${String(e.value)}`;
    const parts = Object.entries(e)
      .filter(([k, v]) => !/id$/i.test(k) && (typeof v === 'string' || typeof v === 'number'))
      .map(([k, v]) =>
        k === 'score' && typeof v === 'number' ? `probability ${percent(v)}` : `${k} ${String(v)}`,
      );
    return parts.length ? `${reason}: ${parts.join(', ')}` : reason;
  }
  return reason;
}

export function EntityInspector({ entityId }: { entityId: number }) {
  const entity = useCall('entities.get', { entityId }, { quietNotFound: true });
  const focusEntity = useUi((s) => s.focusEntity);
  if (entity.isPending) return <div className="inspector-loading">Loading entity…</div>;
  if (isGone(entity.error, entity.data !== undefined))
    return (
      <div className="inspector-loading" data-testid="inspector-gone">
        This entity was merged into another one (or split). Select it again on the chart.
      </div>
    );
  if (!entity.data) return <div className="inspector-loading">This entity could not be loaded.</div>;
  const e = entity.data;
  const props = Object.entries(e.properties).filter(([, values]) => values.length);
  const byCase = e.cases.map((c) => ({
    case: c,
    members: e.members.filter((m) => m.record.caseId === c.id),
  }));
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <EntityIcon type={e.type} size={22} />
        <div className="head-title">
          <h2 data-testid="inspector-title">{e.label}</h2>
          <div className="muted">
            {ENTITY_TYPE_INFO[e.type].label} · {e.members.length} record{e.members.length === 1 ? '' : 's'} ·{' '}
            {e.cases.length} case{e.cases.length === 1 ? '' : 's'}
          </div>
        </div>
        <button
          className="button small"
          onClick={() => focusEntity(e.id)}
          title="Centre the chart on this entity"
        >
          Locate
        </button>
      </header>
      <PathButtons entity={e} />
      {e.cases.length > 1 && (
        <div className="cross-case-note">Appears in {e.cases.length} cases: a cross-case connection.</div>
      )}
      <Section title="Cases">
        <div className="chips">
          {e.cases.map((c) => (
            <CaseChip key={c.id} id={c.id} number={c.number} title={`${c.title} (${c.agency})`} />
          ))}
        </div>
      </Section>
      <NeighbourList entityId={e.id} />
      {e.identifiers.length > 0 && (
        <Section title="Identifiers">
          <dl className="fields">
            {e.identifiers.map((i) => (
              <div key={`${i.kind}:${i.value}`} className="field">
                <dt>{i.kind}</dt>
                <dd className="mono">{i.value}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
      <Section title="Properties">
        <dl className="fields">
          {props.map(([k, values]) => (
            <div key={k} className="field">
              <dt>{k}</dt>
              <dd>{values.join(' · ')}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={`Source records (${e.members.length})`} testId="inspector-records">
        {byCase.map(({ case: c, members }) => (
          <div key={c.id} className="record-group">
            {members.map((m) => (
              <RecordCard
                key={m.record.id}
                record={m.record}
                note={membershipNote(m)}
                action={
                  <>
                    <AnalystRecordActions record={m.record} />
                    {e.members.length > 1 ? (
                      <SplitOutButton recordId={m.record.id} label={m.record.label} />
                    ) : undefined}
                  </>
                }
              />
            ))}
          </div>
        ))}
      </Section>
    </div>
  );
}

export function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <section className="inspector-section" data-testid={testId}>
      <h3 className="section-title">{title}</h3>
      {children}
    </section>
  );
}

function CaseChip({ id, number, title }: { id: number; number: string; title: string }) {
  const colour = useCaseColour(id);
  return (
    <span className="chip" title={title}>
      <span className="case-swatch" style={{ background: colour }} />
      {number}
    </span>
  );
}
