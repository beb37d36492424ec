// Writes the training scenario into a workspace: cases, records, links and the
// ground truth, in one transaction, then links records by exact identifiers.
import fs from 'node:fs';
import path from 'node:path';
import { WorkbenchError } from '../../shared/contract/result';
import { identifiersOf } from '../linking/identifiers';
import { linkByIdentifiers } from '../linking/exact-linking';
import { openWorkspace, type Db } from '../store/open-workspace';
import { insertCase, insertLink, insertRecord, setMeta } from '../store/write-case-data';
import type { CaseSpec, RecordSpec } from './builder';
import { scenarioCases } from './scenario';

export const SCENARIO_NAME = 'Training scenario — Project Thor sample';

export interface SeedCounts {
  cases: number;
  records: number;
  links: number;
}

/**
 * Ground-truth clusters. People and organisations name theirs explicitly. For
 * things with identifiers the truth is by construction: in this scenario the same
 * normalised serial, phone, VIN, plate, licence, address or account always means the
 * same real thing, so records joined through any chain of those are one cluster.
 * Everything else (purchases, crossings, guns without serial...) is its own cluster.
 */
export function groundTruthOf(specs: CaseSpec[]): Map<string, { cluster: string; decoy: boolean }> {
  const records = specs.flatMap((s) => s.records);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const owner = new Map<string, string>();
  const label = new Map<string, string>();
  for (const r of records) {
    parent.set(r.externalId, r.externalId);
    if (r.truth) continue;
    for (const id of identifiersOf(r.type, r.fields)) {
      const key = `${r.type}|${id.kind}|${id.value}`;
      const other = owner.get(key);
      if (other) parent.set(find(r.externalId), find(other));
      else owner.set(key, r.externalId);
      if (!label.has(r.externalId)) label.set(r.externalId, `${r.type}:${id.kind}:${id.value}`);
    }
  }
  const truth = new Map<string, { cluster: string; decoy: boolean }>();
  for (const r of records) {
    const root = find(r.externalId);
    const cluster = r.truth ?? label.get(root) ?? `${r.type}:${r.externalId}`;
    truth.set(r.externalId, { cluster, decoy: r.decoy ?? false });
  }
  return truth;
}

/** Seeds the scenario in one transaction. Expects an empty workspace. */
export function seedScenario(db: Db): SeedCounts {
  const specs = scenarioCases();
  const truth = groundTruthOf(specs);
  const insertTruth = db.prepare('INSERT INTO ground_truth (record_id, cluster, is_decoy) VALUES (?, ?, ?)');
  return db.transaction((): SeedCounts => {
    const counts: SeedCounts = { cases: 0, records: 0, links: 0 };
    for (const spec of specs) {
      const caseId = insertCase(db, spec.info);
      counts.cases++;
      const ids = new Map<string, number>();
      for (const r of spec.records) {
        ids.set(r.externalId, writeRecord(db, caseId, r));
        const t = truth.get(r.externalId)!;
        insertTruth.run(ids.get(r.externalId), t.cluster, t.decoy ? 1 : 0);
        counts.records++;
      }
      for (const l of spec.links) {
        const from = ids.get(l.from);
        const to = ids.get(l.to);
        if (from === undefined || to === undefined) {
          throw new Error(`Scenario link ${l.externalId} refers to a record not in its case`);
        }
        insertLink(db, {
          caseId,
          externalId: l.externalId,
          type: l.type,
          fromRecord: from,
          toRecord: to,
          occurredOn: l.occurredOn ?? null,
          source: { kind: 'scenario' },
        });
        counts.links++;
      }
    }
    setMeta(db, 'name', SCENARIO_NAME);
    linkByIdentifiers(db);
    return counts;
  })();
}

function writeRecord(db: Db, caseId: number, r: RecordSpec): number {
  return insertRecord(db, {
    caseId,
    externalId: r.externalId,
    type: r.type,
    label: r.label,
    fields: r.fields,
    source: { kind: 'scenario' },
  }).recordId;
}

/**
 * Writes a workspace file holding only the scenario. The file is built under a
 * temporary name beside `target` and renamed into place, so a crash never leaves a
 * half-written workspace. Refuses to replace an existing file unless told to.
 */
export function createScenarioWorkspace(target: string, options: AtomicWriteOptions = {}): SeedCounts {
  return writeWorkspaceAtomically(target, options, seedScenario);
}

export interface AtomicWriteOptions {
  /** Replace an existing file (default: refuse). */
  overwrite?: boolean;
  /** better-sqlite3 native build to open the file with (the Electron host passes its own). */
  nativeBinding?: string;
}

export function writeWorkspaceAtomically<T>(
  target: string,
  options: AtomicWriteOptions,
  fill: (db: Db) => T,
): T {
  if (fs.existsSync(target) && !options.overwrite) {
    throw new WorkbenchError('CONFLICT', `${target} already exists; refusing to overwrite it.`);
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let result: T;
  try {
    const db = openWorkspace(temp, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    try {
      result = fill(db);
      // Fold the write-ahead log back into the file, so the renamed file is complete.
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    // A write-ahead log left beside the file being replaced belongs to the old
    // database; SQLite would replay it onto the new one.
    for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    fs.renameSync(temp, target);
  } catch (err) {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
    throw err;
  }
  for (const f of [`${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
  return result;
}
