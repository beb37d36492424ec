// Reads the records a run compares, with one streaming SELECT, into compact per-record
// arrays: ids, entity, case, type and features computed once (no JSON in the inner loop).
import type { Db } from '../store/open-workspace';
import { MODELS } from './models';
import type { RunStats } from './model';
import type { LinkedEntities } from './person-contact';
import type { PersonFeatures } from './person';
import { MATCHABLE_TYPES, type MatchableType } from './types';

export interface LoadedRecords {
  count: number;
  recordId: Int32Array;
  entityId: Int32Array;
  caseId: Int32Array;
  typeIndex: Uint8Array;
  features: unknown[];
  /** Records inside the run's scope (all when the run has no case filter). */
  inScope: Uint8Array;
  stats: RunStats;
}

interface Row {
  id: number;
  caseId: number;
  type: string;
  label: string;
  fields: string;
  entityId: number;
}

/** onRead(read, total) is called every 20,000 records; it may throw to stop (cancel) the read. */
export function loadRecords(
  db: Db,
  scopeCaseIds?: number[],
  onRead?: (read: number, total: number) => void,
): LoadedRecords {
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM records WHERE type IN (${MATCHABLE_TYPES.map(() => '?').join(',')})`,
      )
      .get(...MATCHABLE_TYPES) as { n: number }
  ).n;
  const recordId = new Int32Array(total);
  const entityId = new Int32Array(total);
  const caseId = new Int32Array(total);
  const typeIndex = new Uint8Array(total);
  const features: unknown[] = [];
  const scope = scopeCaseIds ? new Set(scopeCaseIds) : null;
  const inScope = new Uint8Array(total);
  const rows = db
    .prepare(
      `SELECT r.id, r.case_id AS caseId, r.type, r.label, r.fields, m.entity_id AS entityId
       FROM records r JOIN entity_members m ON m.record_id = r.id
       WHERE r.type IN (${MATCHABLE_TYPES.map(() => '?').join(',')}) ORDER BY r.id`,
    )
    .iterate(...MATCHABLE_TYPES) as IterableIterator<Row>;
  let n = 0;
  for (const row of rows) {
    if (n >= total) break; // records added while reading wait for the next run
    const f = featuresOf(row);
    if (f === null) continue;
    recordId[n] = row.id;
    entityId[n] = row.entityId;
    caseId[n] = row.caseId;
    typeIndex[n] = MATCHABLE_TYPES.indexOf(row.type as MatchableType);
    inScope[n] = !scope || scope.has(row.caseId) ? 1 : 0;
    features.push(f);
    n++;
    if (onRead && n % 20_000 === 0) onRead(n, total);
  }
  const entities = attachLinks(db, recordId.subarray(0, n), typeIndex.subarray(0, n), features);
  return {
    count: n,
    recordId: recordId.subarray(0, n),
    entityId: entityId.subarray(0, n),
    caseId: caseId.subarray(0, n),
    typeIndex: typeIndex.subarray(0, n),
    inScope: inScope.subarray(0, n),
    features,
    stats: { ...nameStats(features, typeIndex.subarray(0, n)), entities },
  };
}

/** Features of one record; a record with garbage fields is skipped, never fatal. */
function featuresOf(row: Row): unknown {
  let fields: Record<string, string>;
  try {
    const parsed = JSON.parse(row.fields) as unknown;
    fields = parsed && typeof parsed === 'object' ? stringFields(parsed as Record<string, unknown>) : {};
  } catch {
    fields = {};
  }
  return MODELS[row.type as MatchableType].features(fields, row.label ?? '');
}

/** Fields as strings; copies only in the rare record that holds something else. */
function stringFields(raw: Record<string, unknown>): Record<string, string> {
  let clean = true;
  for (const k in raw) if (typeof raw[k] !== 'string') clean = false;
  if (clean) return raw as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw))
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  return out;
}

/** Shares of first given names, surnames, postcodes, towns and linked entities among people, for term-frequency weights. */
export function nameStats(features: unknown[], typeIndex: Uint8Array): RunStats {
  const person = MATCHABLE_TYPES.indexOf('person');
  const counts: Record<string, Map<string, number>> = {
    given: new Map(),
    surname: new Map(),
    surnames: new Map(),
    postcode: new Map(),
    locality: new Map(),
    entity: new Map(),
  };
  const count = (field: string, value: string | undefined) => {
    const map = counts[field]!;
    if (value) map.set(value, (map.get(value) ?? 0) + 1);
  };
  let people = 0;
  features.forEach((f, i) => {
    if (typeIndex[i] !== person) return;
    const p = f as PersonFeatures;
    people++;
    count('given', p.given[0]);
    count('surname', p.surnames[0]);
    count('postcode', p.postcode);
    count('locality', p.locality);
    for (const e of p.linked) count('entity', String(e));
    if (p.surnames.length >= 2) count('surnames', p.surnames.slice(0, 2).join(' '));
  });
  // Small workspaces say little about how common a name is: only trust counts from many people.
  const trusted = people >= 2000;
  return {
    share(field, value) {
      // How many people share one linked entity is known exactly, however few they are.
      if (!trusted && field !== 'entity') return 0;
      const map = counts[field];
      if (!map) return 0;
      // For an entity, the chance that another person is linked to it too.
      if (field === 'entity') return Math.max(0, (map.get(value) ?? 0) - 1) / Math.max(people - 1, 1);
      return (map.get(value) ?? 0) / people;
    },
  };
}

const RELATIONAL_TYPES = ['address', 'phone', 'vehicle', 'account'];

/**
 * Relational evidence: each person learns the entities of the addresses, phones, vehicles
 * and accounts its record is linked to (in either direction), and the run can name them.
 */
function attachLinks(
  db: Db,
  recordId: Int32Array,
  typeIndex: Uint8Array,
  features: unknown[],
): LinkedEntities {
  const person = MATCHABLE_TYPES.indexOf('person');
  const position = new Map<number, number>();
  for (let i = 0; i < recordId.length; i++) if (typeIndex[i] === person) position.set(recordId[i]!, i);
  const types = new Map<number, string>();
  const marks = RELATIONAL_TYPES.map(() => '?').join(',');
  const rows = db
    .prepare(
      `SELECT l.from_record AS p, m.entity_id AS e, r.type AS t FROM links l
         JOIN records r ON r.id = l.to_record JOIN entity_members m ON m.record_id = l.to_record
         WHERE r.type IN (${marks})
       UNION ALL
       SELECT l.to_record, m.entity_id, r.type FROM links l
         JOIN records r ON r.id = l.from_record JOIN entity_members m ON m.record_id = l.from_record
         WHERE r.type IN (${marks})`,
    )
    .iterate(...RELATIONAL_TYPES, ...RELATIONAL_TYPES) as IterableIterator<{
    p: number;
    e: number;
    t: string;
  }>;
  for (const row of rows) {
    const i = position.get(row.p);
    if (i === undefined) continue;
    const linked = (features[i] as PersonFeatures).linked;
    if (!linked.includes(row.e)) linked.push(row.e);
    types.set(row.e, row.t);
  }
  const label = db.prepare('SELECT label FROM entities WHERE id = ?').pluck();
  const labels = new Map<number, string>();
  return {
    typeOf: (e) => types.get(e) ?? '',
    labelOf(e) {
      let text = labels.get(e);
      if (text === undefined) labels.set(e, (text = String((label.get(e) as string | undefined) ?? `#${e}`)));
      return text;
    },
  };
}
