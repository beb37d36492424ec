// The workspace's estimated person weights, kept in workspace_meta so that they travel with
// the workspace file; re-estimated when the number of people has changed by a tenth or more,
// or when the analyst asks (settings).
import type { Db } from '../store/open-workspace';
import { getMeta, setMeta } from '../store/write-case-data';
import { buildBlocks } from './blocking';
import { estimatePerson, type PersonEstimate } from './estimate';
import { loadRecords } from './load';

const KEY = 'matching.estimate.person';

export function readEstimate(db: Db): PersonEstimate | null {
  const raw = getMeta(db, KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as PersonEstimate;
    return typeof parsed.prior === 'number' && parsed.levels ? parsed : null;
  } catch {
    return null; // a damaged row is estimated again rather than blocking matching
  }
}

export function writeEstimate(db: Db, estimate: PersonEstimate): void {
  setMeta(db, KEY, JSON.stringify(estimate));
}

export function isStale(estimate: PersonEstimate | null, people: number): boolean {
  return !estimate || Math.abs(people - estimate.people) >= 0.1 * Math.max(estimate.people, 1);
}

/** Estimates the person weights again from what the workspace holds now, and stores them. */
export function reestimate(db: Db): PersonEstimate | null {
  const loaded = loadRecords(db);
  const estimate = estimatePerson(loaded, buildBlocks(loaded));
  if (estimate) writeEstimate(db, estimate);
  return estimate ?? readEstimate(db);
}
