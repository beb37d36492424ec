// The queue as the filters ask for it, and the decision action that moves on to the
// next candidate. The decision's workspace.changed event refreshes what it changed.
import { useCallback, useState } from 'react';
import type { CallInput } from '../../../../shared/contract/calls';
import type { MatchCandidate } from '../../../../shared/contract/matching-model';
import { useClient } from '../../client/client-context';
import { useCall } from '../../data/queries';
import { pushDataStep } from '../../state/data-history';
import { reportError, reportInfo } from '../../state/notices';
import { bandRange, nextAfterRemoval } from './review-logic';
import { useReview } from './review-store';

/** Candidates per page of the queue, highest score first; "Show more" asks for one page more. */
export const QUEUE_PAGE = 100;
/** The most one candidates.list answer holds (the contract's limit). */
const QUEUE_MAX = 1000;

export function useQueueInput(pages = 1): CallInput<'candidates.list'> {
  const { tab, type, caseId, band, decided } = useReview();
  return {
    ...(type === 'all' ? {} : { types: [type] }),
    ...(caseId === null ? {} : { caseId }),
    ...bandRange(band),
    status: tab === 'pending' ? 'pending' : decided,
    limit: Math.min(QUEUE_PAGE * pages, QUEUE_MAX),
  };
}

export function useReviewQueue() {
  // "Show more" counts for one set of filters only: other filters start again at one page.
  const filters = JSON.stringify(useQueueInput());
  const [more, setMore] = useState({ filters, pages: 1 });
  const pages = more.filters === filters ? more.pages : 1;
  const input = useQueueInput(pages);
  const query = useCall('candidates.list', input, { keepPrevious: more.filters === filters });
  // "all" includes pending candidates; the Decided tab shows decided ones only.
  const candidates = (query.data?.candidates ?? []).filter(
    (c) => input.status !== 'all' || c.status !== 'pending',
  );
  const shown = query.data?.candidates.length ?? 0;
  const canShowMore = shown < (query.data?.total ?? 0) && shown < QUEUE_MAX;
  const showMore = canShowMore ? () => setMore({ filters, pages: pages + 1 }) : null;
  return { query, candidates, total: query.data?.total ?? 0, showMore };
}

const DONE_TEXT = { accepted: 'Merged', rejected: 'Rejected', unsure: 'Marked unsure' } as const;

export function useDecide(candidates: MatchCandidate[]) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const decide = useCallback(
    async (candidate: MatchCandidate, decision: 'accepted' | 'rejected' | 'unsure') => {
      if (busy) return;
      setBusy(true);
      const ids = candidates.map((c) => c.id);
      try {
        await client.call('candidates.decide', { candidateId: candidate.id, decision });
        await pushDataStep(client);
        const { tab } = useReview.getState();
        // In the queue a decided candidate leaves it; move on to the next one.
        if (tab === 'pending') useReview.getState().set({ selectedId: nextAfterRemoval(ids, candidate.id) });
        reportInfo(`${DONE_TEXT[decision]}: ${candidate.recordA.label} / ${candidate.recordB.label}`);
      } catch (err) {
        reportError(err);
      } finally {
        setBusy(false);
      }
    },
    [busy, candidates, client],
  );
  return { decide, busy };
}
