// Exact-identifier linking: records of one type that state the same normalised
// identifier (serial with make, phone, VIN, plate, licence, address, account) are
// held by one entity, with the shared identifier stored as the evidence.
import type { Db } from '../store/open-workspace';
import { mergeBlocked, mergeEntities } from './merge';

interface Holder {
  recordId: number;
  entityId: number;
  type: string;
}

/**
 * Links records by shared identifiers. With recordIds, only identifiers those
 * records state are considered (after an import); otherwise all of them.
 * Run inside the caller's transaction. Returns the number of merges made.
 */
export function linkByIdentifiers(db: Db, recordIds?: number[]): number {
  const groups = sharedIdentifierGroups(db, recordIds);
  const holdersOf = db.prepare(
    `SELECT i.record_id AS recordId, m.entity_id AS entityId, r.type AS type
     FROM record_identifiers i
     JOIN entity_members m ON m.record_id = i.record_id
     JOIN records r ON r.id = i.record_id
     WHERE i.kind = ? AND i.value = ? ORDER BY m.entity_id, i.record_id`,
  );
  let merges = 0;
  for (const g of groups) {
    const holders = holdersOf.all(g.kind, g.value) as Holder[];
    merges += mergeHolders(db, holders, g.kind, g.value);
  }
  return merges;
}

function sharedIdentifierGroups(db: Db, recordIds?: number[]): { kind: string; value: string }[] {
  if (!recordIds) {
    return db
      .prepare(`SELECT kind, value FROM record_identifiers GROUP BY kind, value HAVING count(*) > 1`)
      .all() as { kind: string; value: string }[];
  }
  const seen = new Map<string, { kind: string; value: string }>();
  const ofRecord = db.prepare(
    `SELECT i.kind, i.value FROM record_identifiers i WHERE i.record_id = ?
     AND EXISTS (SELECT 1 FROM record_identifiers o WHERE o.kind = i.kind AND o.value = i.value AND o.record_id <> i.record_id)`,
  );
  for (const id of recordIds) {
    for (const g of ofRecord.all(id) as { kind: string; value: string }[])
      seen.set(`${g.kind}\u0000${g.value}`, g);
  }
  return [...seen.values()];
}

function mergeHolders(db: Db, holders: Holder[], kind: string, value: string): number {
  // Only records of the same entity type are the same thing (a phone number stated
  // on a phone record, not a person's contact field).
  const byType = new Map<string, Holder[]>();
  for (const h of holders) byType.set(h.type, [...(byType.get(h.type) ?? []), h]);
  let merges = 0;
  for (const group of byType.values()) {
    const keep = group[0];
    if (!keep) continue;
    for (const h of group.slice(1)) {
      const current = currentEntity(db, h.recordId);
      const target = currentEntity(db, keep.recordId);
      if (current === target || mergeBlocked(db, target, current)) continue;
      mergeEntities(db, Math.min(target, current), Math.max(target, current), 'identifier', {
        kind,
        value,
        withRecordId: keep.recordId,
      });
      merges++;
    }
  }
  return merges;
}

function currentEntity(db: Db, recordId: number): number {
  return (
    db.prepare('SELECT entity_id AS e FROM entity_members WHERE record_id = ?').get(recordId) as { e: number }
  ).e;
}
