// Where each entity is on the map: its own records' place (a dealer's or address's city
// and state, a recovery's or crossing's place text), else the place of the entity it is
// linked to (a person's address, the store of a purchase), unless the analyst placed it
// by hand, which always wins.
import type { EntityPlace } from '../../shared/contract/map-model';
import type { Db } from '../store/open-workspace';
import { geocode, type GeocodeResult, type PlaceQuery } from './geocode';
import { manualPlaces } from './manual-places';

interface MemberRow {
  entityId: number;
  type: string;
  label: string;
  fields: string;
  jurisdiction: string;
}

/**
 * Links whose far end lends its place: [link type, the end that takes the place, the types
 * that take it]. Guns, phones and vehicles move, so they take no place from a link.
 */
const LENDS_PLACE: [string, 'from' | 'to', string[]][] = [
  ['lives_at', 'from', ['person', 'organisation']], // a person at their address
  ['stored_at', 'from', ['person', 'organisation']], // a person at the stash house they used
  ['sold', 'to', ['purchase']], // a purchase at the store that made it
  ['transported', 'from', ['shipment']], // a shipment at its destination
];

export function entityPlaces(db: Db, entityIds: number[]): EntityPlace[] {
  const ids = JSON.stringify(entityIds);
  const own = ownPlaces(db, ids);
  const manual = manualPlaces(db, ids);
  const lenders = lenderOf(db, ids);
  const lenderIds = JSON.stringify([...new Set([...lenders.values()].map((l) => l.entityId))]);
  const lenderOwn = ownPlaces(db, lenderIds);
  const lenderManual = manualPlaces(db, lenderIds);
  const lenderPlace = (id: number): EntityPlace | null => {
    const own = lenderOwn.get(id);
    return lenderManual.get(id) ?? (own?.ok ? placed(id, own) : null);
  };
  return entityIds.map((entityId) => {
    const hand = manual.get(entityId);
    if (hand) return hand;
    const mine = own.get(entityId);
    if (mine?.ok) return placed(entityId, mine);
    const lender = lenders.get(entityId);
    const theirs = lender ? lenderPlace(lender.entityId) : null;
    if (lender && theirs) {
      return {
        ...theirs,
        entityId,
        source: 'linked',
        viaEntityId: lender.entityId,
        matchedBy: `${lender.linkType.replace('_', ' ')} "${lender.label}"`,
      };
    }
    return { entityId, source: 'unplaced', reason: mine?.reason ?? 'its records name no place' };
  });
}

function placed(entityId: number, r: GeocodeResult & { ok: true }): EntityPlace {
  return {
    entityId,
    source: 'gazetteer',
    lat: r.place.lat,
    lon: r.place.lon,
    placeName: r.name,
    stateCode: r.place.state.code,
    country: r.place.state.country,
    matchedBy: r.matchedBy,
  };
}

/** The first of an entity's records that geocodes; else the first failure's reason. */
function ownPlaces(db: Db, ids: string): Map<number, GeocodeResult> {
  const rows = db
    .prepare(
      `SELECT m.entity_id AS entityId, r.type, r.label, r.fields, c.jurisdiction
         FROM json_each(?) j
         JOIN entity_members m ON m.entity_id = j.value
         JOIN records r ON r.id = m.record_id
         JOIN cases c ON c.id = r.case_id
        ORDER BY m.entity_id, r.id`,
    )
    .all(ids) as MemberRow[];
  const out = new Map<number, GeocodeResult>();
  for (const row of rows) {
    if (out.get(row.entityId)?.ok) continue;
    const query = queryOf(row);
    if (!query) continue;
    const result = geocode(query);
    if (result.ok || !out.has(row.entityId)) out.set(row.entityId, result);
  }
  return out;
}

/** What a record says about its place, by the fields its type carries. */
function queryOf(row: MemberRow): PlaceQuery | null {
  const f = JSON.parse(row.fields) as Record<string, string | undefined>;
  const base = { country: f.country, jurisdiction: row.jurisdiction };
  if (f.city) return { ...base, city: f.city, state: f.state };
  const text = f.place ?? f.port ?? f.location;
  if (text) return { ...base, text, state: f.state };
  return null;
}

interface Lender {
  entityId: number;
  linkType: string;
  label: string;
}

/** For each entity, the linked entity whose place it takes (the first such link). */
function lenderOf(db: Db, ids: string): Map<number, Lender> {
  const out = new Map<number, Lender>();
  for (const [linkType, taker, takerTypes] of LENDS_PLACE) {
    const [mine, theirs] = taker === 'from' ? ['from_record', 'to_record'] : ['to_record', 'from_record'];
    const rows = db
      .prepare(
        `SELECT DISTINCT mm.entity_id AS entityId, tm.entity_id AS lender, e.label
           FROM json_each(?) j
           JOIN entity_members mm ON mm.entity_id = j.value
           JOIN entities me ON me.id = mm.entity_id AND me.type IN (SELECT value FROM json_each(?))
           JOIN links l ON l.${mine} = mm.record_id AND l.type = ?
           JOIN entity_members tm ON tm.record_id = l.${theirs}
           JOIN entities e ON e.id = tm.entity_id
          ORDER BY l.id`,
      )
      .all(ids, JSON.stringify(takerTypes), linkType) as {
      entityId: number;
      lender: number;
      label: string;
    }[];
    for (const r of rows) {
      if (!out.has(r.entityId) && r.lender !== r.entityId)
        out.set(r.entityId, { entityId: r.lender, linkType, label: r.label });
    }
  }
  return out;
}
