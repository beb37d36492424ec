// A fast writer for generated workspaces. It writes the same rows with the same meaning
// as insertRecord + linkByIdentifiers, through the same code (RecordWrites.create and
// mergeEntities: records of one type stating one normalised identifier share an entity,
// joined with reason 'identifier' and the identifier as evidence), but links while it
// writes: each new record looks its identifiers up in the index instead of a second pass
// over the whole workspace, and joins the first holder's entity as it is written.
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
         WHERE i.kind = ? AND i.value = ? AND r.type = ? ORDER BY m.entity_id, i.record_id LIMIT 1`,
      ),
    };
  }

  addCase(info: NewCase): number {
    return insertCase(this.db, info);
  }

  /**
   * Writes the record into the entity of the first earlier record of its type that states
   * one of its identifiers (or into an entity of its own), then merges in the entity of each
   * further such record, counting those merges.
   */
  addRecord(caseId: number, r: BulkRecord): number {
    const row = {
      caseId,
      externalId: r.externalId,
      type: r.type,
      label: r.label,
      fields: r.fields,
      sourceJson: SOURCE,
      createdAt: this.at,
    };
    const ids = identifiersOf(r.type, r.fields);
    // Holders as they are before this record's merges, as linkByIdentifiers would find them.
    const holders = ids
      .map((id) => ({ id, holder: this.s.holder.get(id.kind, id.value, r.type) as Holder | undefined }))
      .filter((h): h is { id: Identifier; holder: Holder } => h.holder !== undefined);
    const [first, ...others] = holders;
    const joining = first && {
      entityId: first.holder.entityId,
      reason: 'identifier' as const,
      evidence: evidence(first.id, first.holder.recordId),
    };
    const { recordId, entityId } = this.records.create(row, ids, joining);
    let target = entityId;
    for (const { id, holder } of others) {
      const keep = Math.min(target, holder.entityId);
      const gone = Math.max(target, holder.entityId);
      if (keep === gone) continue;
      mergeEntities(this.db, keep, gone, 'identifier', evidence(id, holder.recordId));
      this.merges++;
      target = keep;
    }
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

const evidence = (id: Identifier, withRecordId: number) => ({ kind: id.kind, value: id.value, withRecordId });
