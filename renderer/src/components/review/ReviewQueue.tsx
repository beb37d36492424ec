// The left panel of the review view: "To review" and "Decided" tabs, filters, and the
// candidates highest score first.
import type { MatchCandidate } from '../../../../shared/contract/matching-model';
import { EntityIcon } from '../EntityIcon';
import { QueueFilters } from './QueueFilters';
import { EMPTY_QUEUE_TEXT, percent } from './review-logic';
import { useReview } from './review-store';

const STATUS_TEXT = {
  pending: 'pending',
  accepted: 'accepted',
  rejected: 'rejected',
  unsure: 'unsure',
  split: 'split',
};

export function ReviewQueue(props: {
  candidates: MatchCandidate[];
  total: number;
  loading: boolean;
  /** Asks for one page more, when there are more. */
  onMore: (() => void) | null;
}) {
  const tab = useReview((s) => s.tab);
  const selectedId = useReview((s) => s.selectedId);
  const set = useReview((s) => s.set);
  return (
    <aside className="panel left-panel review-queue">
      <div className="tabs" role="tablist">
        <button
          role="tab"
          aria-selected={tab === 'pending'}
          className={tab === 'pending' ? 'tab active' : 'tab'}
          onClick={() => set({ tab: 'pending', selectedId: null })}
          data-testid="tab-pending"
        >
          To review {tab === 'pending' && <span className="count">{props.total}</span>}
        </button>
        <button
          role="tab"
          aria-selected={tab === 'decided'}
          className={tab === 'decided' ? 'tab active' : 'tab'}
          onClick={() => set({ tab: 'decided', selectedId: null })}
          data-testid="tab-decided"
        >
          Decided {tab === 'decided' && <span className="count">{props.candidates.length}</span>}
        </button>
      </div>
      <QueueFilters />
      <div className="list" role="listbox" aria-label="Match candidates" data-testid="review-queue">
        {props.candidates.map((c) => (
          <button
            key={c.id}
            role="option"
            aria-selected={c.id === selectedId}
            className={c.id === selectedId ? 'list-row queue-row selected' : 'list-row queue-row'}
            onClick={() => set({ selectedId: c.id })}
            data-testid="queue-row"
            data-candidate-id={c.id}
          >
            <EntityIcon type={c.type} size={14} />
            <span className="row-main">
              <span className="queue-labels">
                {c.recordA.label} <span className="muted">≈</span> {c.recordB.label}
              </span>
              <span className="row-sub queue-cases">
                {c.caseA.number} · {c.caseB.number}
              </span>
              {c.status !== 'pending' && (
                <span className="row-sub">
                  <span className={`pill decision-${c.status}`}>{STATUS_TEXT[c.status]}</span>{' '}
                  {c.decidedBy ?? ''} {c.decidedAt ? formatWhen(c.decidedAt) : ''}
                </span>
              )}
            </span>
            <span className="queue-score">{percent(c.score)}</span>
          </button>
        ))}
        {!props.loading && props.candidates.length === 0 && (
          <div className="empty-hint" data-testid="queue-empty">
            {tab === 'pending' ? EMPTY_QUEUE_TEXT : 'No decisions with these filters yet.'}
          </div>
        )}
        {props.onMore && (
          <button className="records-more" data-testid="queue-more" onClick={props.onMore}>
            Show more ({props.candidates.length.toLocaleString('en-US')} of{' '}
            {props.total.toLocaleString('en-US')} shown)
          </button>
        )}
      </div>
      <div className="panel-foot shortcut-foot">
        <kbd>J</kbd>/<kbd>K</kbd> move · <kbd>A</kbd> accept · <kbd>R</kbd> reject · <kbd>U</kbd> unsure
      </div>
    </aside>
  );
}

/** "2026-11-27 21:40" from an ISO time, in local time. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
