// The indicators' thresholds, kept in the workspace (workspace_meta) so every analyst of
// this workspace reads the same indicators.
import type { IndicatorHit, IndicatorThresholds } from '../../shared/contract/analysis-model';
import type { Db } from '../store/open-workspace';
import { getMeta, setMeta } from '../store/write-case-data';
import { DEFAULT_THRESHOLDS, findIndicators } from './indicators';

const KEY = 'indicator_thresholds';

export function indicatorThresholds(db: Db): IndicatorThresholds {
  const stored = getMeta(db, KEY);
  if (!stored) return { ...DEFAULT_THRESHOLDS };
  const parsed = JSON.parse(stored) as Partial<IndicatorThresholds>;
  return { ...DEFAULT_THRESHOLDS, ...parsed };
}

export function setIndicatorThresholds(db: Db, changes: Partial<IndicatorThresholds>): IndicatorThresholds {
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const next = { ...indicatorThresholds(db), ...given };
  setMeta(db, KEY, JSON.stringify(next));
  return next;
}

/** The whole workspace's indicators at its thresholds (what analysis.indicators answers). */
export function indicatorsAtThresholds(db: Db): { thresholds: IndicatorThresholds; hits: IndicatorHit[] } {
  const thresholds = indicatorThresholds(db);
  return { thresholds, hits: findIndicators(db, thresholds) };
}
