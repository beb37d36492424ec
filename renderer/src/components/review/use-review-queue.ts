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

export const QUEUE_LIMIT = 500;

export function useQueueInput(): CallInput<'candidates.list'> {
  const { tab, type, caseId, band, decided } = useReview();
  return {
    ...(type === 'all' ? {} : { types: [type] }),
    ...(caseId === null ? {} : { caseId }),
    ...bandRange(band),
    status: tab === 'pending' ? 'pending' : decided,
    limit: QUEUE_LIMIT,
  };
}

export function useReviewQueue() {
  const input = useQueueInput();
  const query = useCall('candidates.list', input);
  // "all" includes pending candidates; the Decided tab shows decided ones only.
  const candidates = (query.data?.candidates ?? []).filter(
    (c) => input.status !== 'all' || c.status !== 'pending',
  );
  return { query, candidates, total: query.data?.total ?? 0 };
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
