// Pending match candidates as dashed "possible same" links on the chart, when the
// toggle in the chart toolbar is on. Candidates whose records already share an
// entity draw nothing.
import { useMemo } from 'react';
import type { PossibleLink } from '../../chart/elements';
import { useCall } from '../../data/queries';
import type { MatchCandidate } from '../../../../shared/contract/matching-model';
import { percent } from './review-logic';
import { useReview } from './review-store';

const NONE: PossibleLink[] = [];

export function toPossibleLinks(candidates: MatchCandidate[]): PossibleLink[] {
  return candidates
    .filter((c) => c.status === 'pending' && c.recordA.entityId !== c.recordB.entityId)
    .map((c) => ({
      kind: 'possible',
      id: String(c.id),
      from: c.recordA.entityId,
      to: c.recordB.entityId,
      label: `possible same ${percent(c.score)}`,
    }));
}

export function usePossibleLinks(): PossibleLink[] {
  const show = useReview((s) => s.showPossible);
  const query = useCall('candidates.list', { status: 'pending', limit: 1000 }, { enabled: show });
  const data = query.data;
  return useMemo(() => (show && data ? toPossibleLinks(data.candidates) : NONE), [show, data]);
}
