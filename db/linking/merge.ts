// Merging and splitting entities. Records are never touched: only which entity
// holds them changes, so every merge can be undone.
import type { Db } from '../store/open-workspace';

export type MemberReason = 'identifier' | 'match' | 'manual';

const now = () => new Date().toISOString();

/** True when an analyst split any record of one entity from any record of the other. */
export function mergeBlocked(db: Db, entityA: number, entityB: number): boolean {
  const row = db
    .prepare(
      `SELECT 1 FROM merge_blocks b
       JOIN entity_members ma ON ma.record_id IN (b.record_a, b.record_b)
       JOIN entity_members mb ON mb.record_id IN (b.record_a, b.record_b) AND mb.record_id <> ma.record_id
       WHERE ma.entity_id = ? AND mb.entity_id = ? LIMIT 1`,
    )
    .get(entityA, entityB);
  return row !== undefined;
}

/** Prepared once per connection: generated workspaces merge hundreds of thousands of times. */
const mergeStatements = new WeakMap<Db, ReturnType<typeof prepareMerge>>();
function prepareMerge(db: Db) {
  return {
    reason: db.prepare(
      `UPDATE entity_members SET reason = ?, evidence = ?, linked_at = ?
       WHERE entity_id = ? AND reason = 'own'`,
    ),
    move: db.prepare('UPDATE entity_members SET entity_id = ? WHERE entity_id = ?'),
    drop: db.prepare('DELETE FROM entities WHERE id = ?'),
  };
}

/**
 * Moves every record of `goneId` into `keepId`. Records that were on their own
 * take the given reason and evidence; records already merged keep theirs.
 * The one place entities are merged: linking, accepted matches and generated workspaces.
 */
export function mergeEntities(
  db: Db,
  keepId: number,
  goneId: number,
  reason: MemberReason,
  evidence: unknown,
): void {
  if (keepId === goneId) return;
  let s = mergeStatements.get(db);
  if (!s) mergeStatements.set(db, (s = prepareMerge(db)));
  s.reason.run(reason, JSON.stringify(evidence), now(), goneId);
  s.move.run(keepId, goneId);
  s.drop.run(goneId);
}

/**
 * Splits one record out of its entity into a new entity of its own and blocks
 * automatic linking from joining it to the records it left.
 */
export function splitRecord(db: Db, recordId: number): { oldEntityId: number; newEntityId: number } {
  const member = db
    .prepare(
      `SELECT m.entity_id AS entityId, r.type, r.label FROM entity_members m
       JOIN records r ON r.id = m.record_id WHERE m.record_id = ?`,
    )
    .get(recordId) as { entityId: number; type: string; label: string } | undefined;
  if (!member) throw new Error(`record ${recordId} has no entity`);
  const others = db
    .prepare('SELECT record_id AS id FROM entity_members WHERE entity_id = ? AND record_id <> ?')
    .all(member.entityId, recordId) as { id: number }[];
  const at = now();
  const block = db.prepare(
    'INSERT OR IGNORE INTO merge_blocks (record_a, record_b, created_at) VALUES (?, ?, ?)',
  );
  for (const o of others) block.run(Math.min(o.id, recordId), Math.max(o.id, recordId), at);
  if (others.length === 0) return { oldEntityId: member.entityId, newEntityId: member.entityId };
  const newEntityId = Number(
    db
      .prepare('INSERT INTO entities (type, label, created_at) VALUES (?, ?, ?)')
      .run(member.type, member.label, at).lastInsertRowid,
  );
  db.prepare(
    `UPDATE entity_members SET entity_id = ?, reason = 'own', evidence = '{}', linked_at = ? WHERE record_id = ?`,
  ).run(newEntityId, at, recordId);
  relabelEntity(db, member.entityId);
  return { oldEntityId: member.entityId, newEntityId };
}

/** An entity is labelled after its earliest record. */
export function relabelEntity(db: Db, entityId: number): void {
  db.prepare(
    `UPDATE entities SET label = (SELECT r.label FROM entity_members m JOIN records r ON r.id = m.record_id
       WHERE m.entity_id = entities.id ORDER BY r.id LIMIT 1) WHERE id = ?`,
  ).run(entityId);
}
