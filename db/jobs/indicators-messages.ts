// Messages between the backend and an indicators worker thread.
import type { IndicatorHit, IndicatorThresholds } from '../../shared/contract/analysis-model';

export interface IndicatorsWorkerInput {
  /** The workspace file, opened read-only by the thread. */
  path: string;
  nativeBinding?: string;
}

export type IndicatorsWorkerMessage =
  | { kind: 'done'; answer: { thresholds: IndicatorThresholds; hits: IndicatorHit[] } }
  | { kind: 'failed'; message: string };
