// A fast writer for generated workspaces. It writes the same tables with the same
// meaning as insertRecord + linkByIdentifiers (record, entity, membership,
// identifiers, search row; records of one type stating one normalised identifier
// share an entity, joined with reason 'identifier' and the identifier as evidence),
// but links while it writes: each new record looks its identifiers up in the index
// instead of a second pass over the whole workspace.
import type { EntityType } from '../../../shared/domain/entity-types';
import { identifiersOf, type Identifier } from '../../linking/identifiers';
import { insertCase, insertLink, searchTextOf, type NewCase } from '../../store/write-case-data';
import type { Db } from '../../store/open-workspace';

export interface BulkRecord {
  externalId: string;
  type: EntityType;
  label: string;
  fields: Record<string, string>;
  cluster: string;
  decoy: boolean;
}

const SOURCE = JSON.stringify({ kind: 'scenario' });

export class BulkWriter {
  private readonly s;
  private readonly at = new Date().toISOString();
  merges = 0;

  constructor(private readonly db: Db) {
    this.s = {
      record: db.prepare(
        'INSERT INTO records (case_id, external_id, type, label, fields, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      entity: db.prepare('INSERT INTO entities (type, label, created_at) VALUES (?, ?, ?)'),
      member: db.prepare(
        'INSERT INTO entity_members (record_id, entity_id, reason, evidence, linked_at) VALUES (?, ?, ?, ?, ?)',
      ),
      identifier: db.prepare(
        'INSERT OR IGNORE INTO record_identifiers (record_id, kind, value) VALUES (?, ?, ?)',
      ),
      search: db.prepare('INSERT INTO record_search (rowid, text) VALUES (?, ?)'),
      truth: db.prepare('INSERT INTO ground_truth (record_id, cluster, is_decoy) VALUES (?, ?, ?)'),
      holder: db.prepare(
        `SELECT m.entity_id AS entityId, i.record_id AS recordId FROM record_identifiers i
         JOIN records r ON r.id = i.record_id JOIN entity_members m ON m.record_id = i.record_id
         WHERE i.kind = ? AND i.value = ? AND r.type = ? ORDER BY m.entity_id, i.record_id LIMIT 1`,
      ),
      mergeReason: db.prepare(
        `UPDATE entity_members SET reason = 'identifier', evidence = ?, linked_at = ? WHERE entity_id = ? AND reason = 'own'`,
      ),
      mergeMove: db.prepare('UPDATE entity_members SET entity_id = ? WHERE entity_id = ?'),
      mergeDrop: db.prepare('DELETE FROM entities WHERE id = ?'),
    };
  }

  addCase(info: NewCase): number {
    return insertCase(this.db, info);
  }

  addRecord(caseId: number, r: BulkRecord): number {
    const s = this.s;
    const fields = JSON.stringify(r.fields);
    const recordId = Number(
      s.record.run(caseId, r.externalId, r.type, r.label, fields, SOURCE, this.at).lastInsertRowid,
    );
    const ids = identifiersOf(r.type, r.fields);
    const holders = ids.map((id) => ({
      id,
      holder: s.holder.get(id.kind, id.value, r.type) as { entityId: number; recordId: number } | undefined,
    }));
    const found = holders.filter((h) => h.holder !== undefined);
    if (found.length === 0) {
      const entityId = Number(s.entity.run(r.type, r.label, this.at).lastInsertRowid);
      s.member.run(recordId, entityId, 'own', '{}', this.at);
    } else {
      const first = found[0]!;
      s.member.run(
        recordId,
        first.holder!.entityId,
        'identifier',
        evidence(first.id, first.holder!.recordId),
        this.at,
      );
      let target = first.holder!.entityId;
      for (const other of found.slice(1))
        target = this.join(target, other.holder!.entityId, other.id, other.holder!.recordId);
    }
    for (const id of ids) s.identifier.run(recordId, id.kind, id.value);
    s.search.run(recordId, searchTextOf(r.label, r.fields));
    s.truth.run(recordId, r.cluster, r.decoy ? 1 : 0);
    return recordId;
  }

  /**
   * The record's next identifier is held by another entity: merge the two into the
   * older one (as mergeEntities does) and return the entity that remains.
   */
  private join(a: number, b: number, id: Identifier, withRecordId: number): number {
    const keep = Math.min(a, b);
    const gone = Math.max(a, b);
    if (keep === gone) return keep;
    this.s.mergeReason.run(evidence(id, withRecordId), this.at, gone);
    this.s.mergeMove.run(keep, gone);
    this.s.mergeDrop.run(gone);
    this.merges++;
    return keep;
  }

  addLink(
    caseId: number,
    externalId: string,
    type: Parameters<typeof insertLink>[1]['type'],
    from: number,
    to: number,
  ): void {
    insertLink(this.db, {
      caseId,
      externalId,
      type,
      fromRecord: from,
      toRecord: to,
      source: { kind: 'scenario' },
    });
  }
}

const evidence = (id: Identifier, withRecordId: number) =>
  JSON.stringify({ kind: id.kind, value: id.value, withRecordId });
