// The match review screen: queue on the left, the selected candidate in the centre,
// the audit log on the right. Keyboard: A/R/U decide, J/K or arrows move.
import { useEffect } from 'react';
import { MatchingSettingsDialog } from '../settings/MatchingSettingsDialog';
import { AuditPanel } from './AuditPanel';
import { CandidateDetail } from './CandidateDetail';
import { commandForKey, step } from './review-logic';
import { useReview } from './review-store';
import { ReviewQueue } from './ReviewQueue';
import { useDecide, useReviewQueue } from './use-review-queue';

/** Keys typed into a field or a select are the field's, not shortcuts. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function ReviewWorkspace() {
  const { query, candidates, total, showMore } = useReviewQueue();
  const selectedId = useReview((s) => s.selectedId);
  const settingsOpen = useReview((s) => s.settingsOpen);
  const { decide, busy } = useDecide(candidates);
  const selected = candidates.find((c) => c.id === selectedId) ?? null;

  // Keep a candidate selected whenever the queue has one.
  useEffect(() => {
    if (!selected && candidates.length > 0 && !query.isFetching)
      useReview.getState().set({ selectedId: candidates[0]!.id });
  }, [selected, candidates, query.isFetching]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || useReview.getState().settingsOpen) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      const ids = candidates.map((c) => c.id);
      if (command === 'next' || command === 'previous')
        useReview.getState().set({ selectedId: step(ids, selectedId, command === 'next' ? 1 : -1) });
      else if (selected && selected.status !== command) void decide(selected, command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [candidates, selected, selectedId, decide]);

  useEffect(() => {
    document
      .querySelector(`[data-candidate-id="${selectedId}"].queue-row`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <div className="review-workspace">
      <ReviewQueue candidates={candidates} total={total} loading={query.isPending} onMore={showMore} />
      <section className="review-centre">
        {selected ? (
          <CandidateDetail candidate={selected} busy={busy} onDecide={(d) => void decide(selected, d)} />
        ) : (
          <div className="inspector-empty">
            <div className="inspector-empty-title">Review suggested matches</div>
            <p>
              The matching engine suggests records in different cases that probably describe the same person,
              organisation, address, vehicle or firearm. Accepting a suggestion merges the two records into
              one entity, which connects their cases; a wrong merge can be split out again from the
              chart&apos;s inspector.
            </p>
            <p>Use “Run matching” in the top bar to look for suggestions.</p>
          </div>
        )}
      </section>
      <AuditPanel />
      {settingsOpen && (
        <MatchingSettingsDialog onClose={() => useReview.getState().set({ settingsOpen: false })} />
      )}
    </div>
  );
}
