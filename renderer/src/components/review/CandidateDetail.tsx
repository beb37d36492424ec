// The selected candidate: score as a probability, the two records side by side with
// their cases, the evidence, and the decision buttons with their shortcuts.
import type { MatchCandidate } from '../../../../shared/contract/matching-model';
import { ENTITY_TYPE_INFO } from '../../../../shared/domain/entity-types';
import { EntityIcon } from '../EntityIcon';
import { EvidenceList } from './EvidenceList';
import { formatWhen } from './ReviewQueue';
import { percent } from './review-logic';
import { SideBySide } from './SideBySide';

type Verdict = 'accepted' | 'rejected' | 'unsure';

const DECIDED_TEXT = {
  accepted: 'Accepted (merged)',
  split: 'Accepted',
  rejected: 'Rejected',
  unsure: 'Marked unsure',
} as const;

export function CandidateDetail(props: {
  candidate: MatchCandidate;
  busy: boolean;
  onDecide(decision: Verdict): void;
}) {
  const c = props.candidate;
  const sameCase = c.caseA.id === c.caseB.id;
  return (
    <div className="card candidate" data-testid="candidate-detail" data-candidate-id={c.id}>
      <header className="candidate-head">
        <EntityIcon type={c.type} size={20} />
        <div className="head-title candidate-title">
          <h2>
            {c.recordA.label} <span className="muted">and</span> {c.recordB.label}
          </h2>
          <div className="muted">
            {ENTITY_TYPE_INFO[c.type].label} ·{' '}
            {sameCase ? `both in ${c.caseA.number}` : `${c.caseA.number} and ${c.caseB.number}`}
            {!sameCase && ' · accepting connects these two cases'}
          </div>
        </div>
        <div
          className="score"
          data-testid="candidate-score"
          title="Probability that both records describe the same thing"
        >
          <span className="score-value">{percent(c.score)}</span>
          <span className="score-meter">
            <span className="score-fill" style={{ width: `${c.score * 100}%` }} />
          </span>
          <span className="score-label">match probability</span>
        </div>
      </header>
      {c.status !== 'pending' && (
        <div className={`decided-note decision-${c.status}`} data-testid="decided-note">
          {DECIDED_TEXT[c.status]}
          {c.decidedBy && ` by ${c.decidedBy}`}
          {c.decidedAt && `, ${formatWhen(c.decidedAt)}`}
          {c.status === 'split' && '; the records were split apart since. Decide again.'}
        </div>
      )}
      <section className="candidate-section">
        <SideBySide candidate={c} />
      </section>
      <section className="candidate-section">
        <h3 className="section-title">Evidence</h3>
        <EvidenceList evidence={c.evidence} />
      </section>
      <div className="decision-bar">
        <DecisionButton kind="accepted" shortcut="A" label="Accept (merge)" {...props} />
        <DecisionButton kind="rejected" shortcut="R" label="Reject" {...props} />
        <DecisionButton kind="unsure" shortcut="U" label="Unsure" {...props} />
        <span className="decision-hint muted small">
          <kbd>J</kbd>/<kbd>K</kbd> next / previous
        </span>
      </div>
    </div>
  );
}

function DecisionButton(props: {
  kind: Verdict;
  shortcut: string;
  label: string;
  busy: boolean;
  candidate: MatchCandidate;
  onDecide(decision: Verdict): void;
}) {
  const current = props.candidate.status === props.kind;
  return (
    <button
      className={`decide decide-${props.kind}${current ? ' current' : ''}`}
      onClick={() => props.onDecide(props.kind)}
      disabled={props.busy || current}
      data-testid={`decide-${props.kind}`}
      aria-keyshortcuts={props.shortcut}
    >
      {props.label} <kbd>{props.shortcut}</kbd>
    </button>
  );
}
