// Matching settings of a workspace (analyst name, review and auto-merge thresholds),
// kept in workspace_meta so that they travel with the workspace file.
import type { MatchingSettings } from '../../shared/contract/matching-model';
import { ENTITY_TYPES, type EntityType } from '../../shared/domain/entity-types';
import type { Db } from '../store/open-workspace';
import { getMeta, setMeta } from '../store/write-case-data';
import { MATCHABLE_TYPES } from './types';

const KEY = 'matching.settings';

/** Below this probability a pair is not worth an analyst's time and is not stored. */
export const DEFAULT_REVIEW_THRESHOLD = 0.5;

/**
 * Auto-merge is off for people and organisations (names alone are never proof);
 * for objects with identifiers it merges only near-certain pairs.
 */
export const DEFAULT_AUTO_MERGE: Record<EntityType, number | null> = Object.fromEntries(
  ENTITY_TYPES.map((t) => [t, null]),
) as Record<EntityType, number | null>;
for (const t of MATCHABLE_TYPES) if (t !== 'person' && t !== 'organisation') DEFAULT_AUTO_MERGE[t] = 0.98;

export function defaultAnalyst(): string {
  const user = process.env.USER?.trim();
  return user ? user.slice(0, 120) : 'analyst';
}

export function defaultSettings(): MatchingSettings {
  return {
    analyst: defaultAnalyst(),
    reviewThreshold: DEFAULT_REVIEW_THRESHOLD,
    autoMergeThresholds: { ...DEFAULT_AUTO_MERGE },
  };
}

export function readSettings(db: Db): MatchingSettings {
  const base = defaultSettings();
  const raw = getMeta(db, KEY);
  if (!raw) return base;
  let stored: Partial<MatchingSettings>;
  try {
    stored = JSON.parse(raw) as Partial<MatchingSettings>;
  } catch {
    return base; // a damaged settings row falls back to defaults rather than blocking matching
  }
  return {
    analyst: typeof stored.analyst === 'string' && stored.analyst ? stored.analyst : base.analyst,
    reviewThreshold:
      typeof stored.reviewThreshold === 'number' ? stored.reviewThreshold : base.reviewThreshold,
    autoMergeThresholds: { ...base.autoMergeThresholds, ...(stored.autoMergeThresholds ?? {}) },
  };
}

export function writeSettings(db: Db, change: Partial<MatchingSettings>): MatchingSettings {
  const current = readSettings(db);
  const next: MatchingSettings = {
    analyst: change.analyst ?? current.analyst,
    reviewThreshold: change.reviewThreshold ?? current.reviewThreshold,
    autoMergeThresholds: { ...current.autoMergeThresholds, ...(change.autoMergeThresholds ?? {}) },
  };
  setMeta(db, KEY, JSON.stringify(next));
  return next;
}
