// An entity's links counted by type, for "Expand by link type ▸": how many neighbours each
// type would add, so the menu can say so and warn before a very connected entity floods the chart.
import type { EntityLinkCounts } from '../../shared/contract/model';
import { LINK_TYPE_LABELS, type LinkType } from '../../shared/domain/link-types';
import type { Db } from '../store/open-workspace';
import { WorkbenchError } from '../../shared/contract/result';

/** Source links touching the entity's records, each with the entity at its other end (through the indexes). */
const TOUCHING = `
  WITH mine AS (SELECT record_id FROM entity_members WHERE entity_id = ?),
  touching AS (
    SELECT l.id, l.type, mt.entity_id AS other FROM mine
      JOIN links l ON l.from_record = mine.record_id JOIN entity_members mt ON mt.record_id = l.to_record
    UNION
    SELECT l.id, l.type, mf.entity_id AS other FROM mine
      JOIN links l ON l.to_record = mine.record_id JOIN entity_members mf ON mf.record_id = l.from_record)`;

export function linkCountsOf(db: Db, entityId: number): EntityLinkCounts {
  if (!db.prepare('SELECT 1 FROM entities WHERE id = ?').get(entityId)) {
    throw new WorkbenchError('NOT_FOUND', `No entity with id ${entityId}.`, { field: 'entityId' });
  }
  const rows = db
    .prepare(
      `${TOUCHING} SELECT type, count(DISTINCT id) AS links, count(DISTINCT other) AS neighbours
       FROM touching WHERE other <> ? GROUP BY type ORDER BY neighbours DESC, links DESC, type`,
    )
    .all(entityId, entityId) as { type: LinkType; links: number; neighbours: number }[];
  const total = db
    .prepare(`${TOUCHING} SELECT count(DISTINCT other) AS n FROM touching WHERE other <> ?`)
    .get(entityId, entityId) as { n: number };
  return {
    entityId,
    neighbours: total.n,
    types: rows.map((r) => ({ ...r, label: LINK_TYPE_LABELS[r.type] ?? r.type })),
  };
}
