// Seeds a workspace with N generated records (scale mode of the sample generator).
// Writes in transactions of about 50,000 records, streaming case by case.
import { refreshCasePairs } from '../../store/case-pairs';
import { dropIndexes } from '../../store/deferred-indexes';
import type { Db } from '../../store/open-workspace';
import { setMeta } from '../../store/write-case-data';
import { writeWorkspaceAtomically, type SeedCounts } from '../seed';
import { BulkWriter } from './bulk-writer';
import { generateScaledCases, type ScaleOptions } from './generate';

export interface ScaledSeedOptions extends ScaleOptions {
  /** Records per transaction (default 50,000). */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

export function seedScaledWorkspace(db: Db, options: ScaledSeedOptions): SeedCounts & { merges: number } {
  if (!Number.isInteger(options.records) || options.records < 1)
    throw new Error(`records must be a positive whole number, not ${options.records}`);
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be a whole number, not ${options.seed}`);
  const writer = new BulkWriter(db);
  const batch = options.batch ?? 50_000;
  const counts = { cases: 0, records: 0, links: 0, merges: 0 };
  const cases = generateScaledCases(options);
  const writeSome = db.transaction(() => {
    const stop = counts.records + batch;
    while (counts.records < stop) {
      const next = cases.next();
      if (next.done) return false;
      const c = next.value;
      const caseId = writer.addCase(c.info);
      const ids = c.records.map((r) => writer.addRecord(caseId, r));
      c.links.forEach((l, i) =>
        writer.addLink(
          caseId,
          `${c.info.number}/L-${String(i + 1).padStart(3, '0')}`,
          l.type,
          ids[l.from]!,
          ids[l.to]!,
        ),
      );
      counts.cases++;
      counts.records += ids.length;
      counts.links += c.links.length;
    }
    return true;
  });
  db.transaction(() => {
    setMeta(
      db,
      'name',
      `Generated sample — ${options.records.toLocaleString('en-US')} records, seed ${options.seed}`,
    );
    setMeta(db, 'generator', JSON.stringify({ records: options.records, seed: options.seed }));
  })();
  while (writeSome()) options.onProgress?.(counts.records, options.records);
  options.onProgress?.(counts.records, options.records);
  counts.merges = writer.merges;
  return counts;
}

/** Secondary indexes that no write of the generator reads: built once at the end instead of row by row. */
const DEFERRED_INDEXES = [
  'records_by_case',
  'records_by_type',
  'links_by_case',
  'links_by_from',
  'links_by_to',
] as const;

/**
 * Runs a bulk load into a fresh workspace with the deferred indexes dropped and
 * foreign-key checks off, then rebuilds the indexes and verifies every foreign key,
 * failing loudly if the load broke one.
 */
function withFastLoad<T>(db: Db, load: () => T): T {
  db.pragma('foreign_keys = OFF');
  const dropped = db.transaction(() => dropIndexes(db, DEFERRED_INDEXES))();
  const result = load();
  db.transaction(() => dropped.rebuild())();
  db.pragma('foreign_keys = ON');
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new Error(`generated workspace broke ${broken.length} foreign keys`);
  return result;
}

/** Writes a generated workspace file atomically (temporary file, then rename). */
export function createScaledWorkspace(
  target: string,
  options: ScaledSeedOptions & { overwrite?: boolean },
): SeedCounts {
  return writeWorkspaceAtomically(target, options, (db) => {
    // The file is a temporary one until renamed: durability per transaction buys nothing here.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    const counts = withFastLoad(db, () => seedScaledWorkspace(db, options));
    // The case map's pairs are filled with the file, so that it opens without aggregating.
    refreshCasePairs(db);
    return counts;
  });
}
