// The indicators' thresholds, kept in the workspace (workspace_meta) so every analyst of
// this workspace reads the same indicators.
import type { IndicatorThresholds } from '../../shared/contract/analysis-model';
import type { Db } from '../store/open-workspace';
import { getMeta, setMeta } from '../store/write-case-data';
import { DEFAULT_THRESHOLDS } from './indicators';

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
