// Shared shapes of the matching engine.
import type { FieldEvidence } from '../../shared/contract/matching-model';
import type { EntityType } from '../../shared/domain/entity-types';

/** Entity types the engine compares; the others (purchases, crossings …) are events, not things. */
export const MATCHABLE_TYPES = [
  'person',
  'organisation',
  'dealer',
  'phone',
  'address',
  'firearm',
  'vehicle',
  'account',
] as const satisfies readonly EntityType[];
export type MatchableType = (typeof MATCHABLE_TYPES)[number];

export function isMatchable(type: string): type is MatchableType {
  return (MATCHABLE_TYPES as readonly string[]).includes(type);
}

export interface PairScore {
  /** Sum of log2 weights plus the type's prior log-odds. */
  weight: number;
  /** Match probability, 1 / (1 + 2^-weight). */
  score: number;
  evidence: FieldEvidence[];
}
