// A fast writer for generated workspaces. It writes the same rows with the same meaning
// as insertRecord + linkByIdentifiers, through the same code (RecordWrites.create, then
// mergeEntities: records of one type stating one normalised identifier share an entity,
// joined with reason 'identifier' and the identifier as evidence), but links while it
// writes: each new record looks its identifiers up in the index instead of a second pass
// over the whole workspace.
import type { EntityType } from '../../../shared/domain/entity-types';
import { identifiersOf, type Identifier } from '../../linking/identifiers';
import { mergeEntities } from '../../linking/merge';
import type { Db } from '../../store/open-workspace';
import { RecordWrites } from '../../store/record-writes';
import { insertCase, insertLink, type NewCase } from '../../store/write-case-data';

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
  private readonly records: RecordWrites;
  private readonly s;
  private readonly at = new Date().toISOString();
  merges = 0;

  constructor(private readonly db: Db) {
    this.records = RecordWrites.of(db);
    this.s = {
      truth: db.prepare('INSERT INTO ground_truth (record_id, cluster, is_decoy) VALUES (?, ?, ?)'),
      holder: db.prepare(
        `SELECT m.entity_id AS entityId, i.record_id AS recordId FROM record_identifiers i
         JOIN records r ON r.id = i.record_id JOIN entity_members m ON m.record_id = i.record_id
         WHERE i.kind = ? AND i.value = ? AND r.type = ? AND i.record_id <> ?
         ORDER BY m.entity_id, i.record_id LIMIT 1`,
      ),
    };
  }

  addCase(info: NewCase): number {
    return insertCase(this.db, info);
  }

  /**
   * Writes the record with its own entity, then merges that entity with the entity of each
   * earlier record of its type that states one of its identifiers (first the record joins
   * the first holder; a merge is counted for each further entity joined).
   */
  addRecord(caseId: number, r: BulkRecord): number {
    const row = {
      caseId,
      externalId: r.externalId,
      type: r.type,
      label: r.label,
      fieldsJson: JSON.stringify(r.fields),
      sourceJson: SOURCE,
      createdAt: this.at,
    };
    const ids = identifiersOf(r.type, r.fields);
    const { recordId, entityId } = this.records.create(row, ids);
    // Holders as they were before any of this record's merges, as linkByIdentifiers finds them.
    const holders = ids
      .map((id) => ({
        id,
        holder: this.s.holder.get(id.kind, id.value, r.type, recordId) as Holder | undefined,
      }))
      .filter((h): h is { id: Identifier; holder: Holder } => h.holder !== undefined);
    let target = entityId;
    holders.forEach(({ id, holder }, i) => {
      const keep = Math.min(target, holder.entityId);
      const gone = Math.max(target, holder.entityId);
      if (keep === gone) return;
      mergeEntities(this.db, keep, gone, 'identifier', {
        kind: id.kind,
        value: id.value,
        withRecordId: holder.recordId,
      });
      if (i > 0) this.merges++;
      target = keep;
    });
    this.s.truth.run(recordId, r.cluster, r.decoy ? 1 : 0);
    return recordId;
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

interface Holder {
  entityId: number;
  recordId: number;
}
