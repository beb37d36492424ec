// Places the analyst gave by hand: dropped on the map or typed. Stored against one member
// record of the entity (an analyst conclusion beside the records, which stay as stated),
// audited, and removable, which brings back the place the records give.
import type { EntityPlace, GazetteerHit } from '../../shared/contract/map-model';
import { WorkbenchError } from '../../shared/contract/result';
import { foldText } from '../linking/identifiers';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';
import { gazetteer, hitOf, placeName, type GeoPlace } from './gazetteer';
import { lookUpPlaces } from './geocode';

interface ManualRow {
  entityId: number;
  lat: number;
  lon: number;
  placeName: string;
  stateCode: string | null;
  placedBy: string;
  placedAt: string;
}

/** Hand placements of the given entities (a JSON array of ids). */
export function manualPlaces(db: Db, ids: string): Map<number, EntityPlace> {
  const rows = db
    .prepare(
      `SELECT m.entity_id AS entityId, p.lat, p.lon, p.place_name AS placeName, p.state_code AS stateCode,
              p.placed_by AS placedBy, p.placed_at AS placedAt
         FROM json_each(?) j
         JOIN entity_members m ON m.entity_id = j.value
         JOIN manual_places p ON p.record_id = m.record_id
        ORDER BY p.placed_at DESC`,
    )
    .all(ids) as ManualRow[];
  const out = new Map<number, EntityPlace>();
  for (const r of rows) {
    if (out.has(r.entityId)) continue;
    out.set(r.entityId, {
      entityId: r.entityId,
      source: 'manual',
      lat: r.lat,
      lon: r.lon,
      placeName: r.placeName,
      ...(r.stateCode ? { stateCode: r.stateCode, country: r.stateCode.slice(0, 2) as 'US' | 'MX' } : {}),
      matchedBy: `placed by ${r.placedBy} on ${r.placedAt.slice(0, 10)}`,
    });
  }
  return out;
}

export interface PlaceInput {
  entityId: number;
  /** Dropped on the map: the point under the pointer. */
  lat?: number;
  lon?: number;
  /** Typed: a gazetteer place ("Caborca, Sonora"). */
  place?: string;
}

export function placeEntity(db: Db, input: PlaceInput): EntityPlace {
  const members = memberRecords(db, input.entityId);
  const where = resolve(input);
  const before = manualPlaces(db, JSON.stringify([input.entityId])).get(input.entityId) ?? null;
  clear(db, members);
  const analyst = readSettings(db).analyst;
  db.prepare(
    `INSERT INTO manual_places (record_id, lat, lon, place_name, state_code, placed_by, placed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(members[0], where.lat, where.lon, where.name, where.stateCode, analyst, new Date().toISOString());
  writeAudit(db, {
    analyst,
    action: 'map.place',
    summary: `Placed ${entityLabel(db, input.entityId)} at ${where.name} on the map`,
    details: { entityId: input.entityId, before, after: where },
  });
  return manualPlaces(db, JSON.stringify([input.entityId])).get(input.entityId)!;
}

/** Removes a hand placement; returns what it was (null when there was none). */
export function unplaceEntity(db: Db, entityId: number): EntityPlace | null {
  const members = memberRecords(db, entityId);
  const before = manualPlaces(db, JSON.stringify([entityId])).get(entityId) ?? null;
  if (!before) return null;
  clear(db, members);
  writeAudit(db, {
    analyst: readSettings(db).analyst,
    action: 'map.unplace',
    summary: `Took ${entityLabel(db, entityId)} off ${before.placeName ?? 'its place'} on the map`,
    details: { entityId, before },
  });
  return before;
}

export function lookUp(query: string, limit: number): GazetteerHit[] {
  return lookUpPlaces(query, limit).map(hitOf);
}

function resolve(input: PlaceInput): { lat: number; lon: number; name: string; stateCode: string | null } {
  if (input.place !== undefined) {
    const hits = lookUpPlaces(input.place, 5);
    const exact = hits.filter((p) => exactly(p, input.place!));
    const hit = exact.length === 1 ? exact[0] : hits.length === 1 ? hits[0] : undefined;
    if (!hit)
      throw new WorkbenchError(
        'NOT_FOUND',
        `map.place: "${input.place}" is not a place the gazetteer knows in the U.S. or Mexico, or names several (add the state: "Nogales, Sonora").`,
        { field: 'place' },
      );
    return { lat: hit.lat, lon: hit.lon, name: placeName(hit), stateCode: hit.state.code };
  }
  if (input.lat === undefined || input.lon === undefined)
    throw new WorkbenchError('INVALID_INPUT', 'map.place: give either a place or both lat and lon.', {
      field: 'place',
    });
  const near = nearest(input.lat, input.lon);
  return {
    lat: input.lat,
    lon: input.lon,
    name: near ? `near ${placeName(near)}` : `${input.lat.toFixed(3)}, ${input.lon.toFixed(3)}`,
    stateCode: near?.state.code ?? null,
  };
}

/** The typed name (before any comma) is the place's own name, accents and case aside. */
const exactly = (p: GeoPlace, typed: string) => foldText(p.name) === foldText(typed.split(',')[0] ?? '');

/** The gazetteer place nearest a dropped point, within about 100 km, to name it. */
function nearest(lat: number, lon: number): GeoPlace | null {
  let best: GeoPlace | null = null;
  let bestD = 1; // degrees², about 100 km
  const k = Math.cos((lat * Math.PI) / 180) ** 2;
  for (const places of gazetteer().byName.values()) {
    for (const p of places) {
      const d = (p.lat - lat) ** 2 + k * (p.lon - lon) ** 2;
      if (d < bestD) [best, bestD] = [p, d];
    }
  }
  return best;
}

function memberRecords(db: Db, entityId: number): number[] {
  const ids = db
    .prepare('SELECT record_id FROM entity_members WHERE entity_id = ? ORDER BY record_id')
    .pluck()
    .all(entityId) as number[];
  if (ids.length === 0)
    throw new WorkbenchError('NOT_FOUND', `There is no entity with id ${entityId}.`, { entityId });
  return ids;
}

function clear(db: Db, records: number[]): void {
  db.prepare('DELETE FROM manual_places WHERE record_id IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(records),
  );
}

const entityLabel = (db: Db, id: number) =>
  (db.prepare('SELECT label FROM entities WHERE id = ?').pluck().get(id) as string | undefined) ??
  `entity ${id}`;
