// The map's places on the training scenario, through dispatch: every dealer, address,
// crossing and recovery is placed from the bundled gazetteer in the right state (checked
// by point-in-polygon on the bundled outlines), people and purchases take the place of
// their address and store, guns flow from stores to recoveries, and hand placements are
// stored beside the records, audited and taken back.
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { EntityPlace, GazetteerHit, MapPlaces } from '../../../shared/contract/map-model';
import { seedScenario } from '../../../db/scenario';
import { openWorkspace, type Db } from '../../../db/store/open-workspace';
import outlines from '../../../shared/geo/us-mx-states.topo.json' with { type: 'json' };
import { snapshot, workbench } from '../import/helpers';

type State = Feature<Geometry, { name: string; country: string; postal: string }>;
const topo = outlines as unknown as Topology;
const states = (feature(topo, topo.objects.states!) as FeatureCollection<Geometry, State['properties']>)
  .features as State[];
const stateById = (code: string) => states.find((s) => s.id === code)!;
const stateAt = (p: EntityPlace) => states.find((s) => geoContains(s, [p.lon!, p.lat!]))?.id;

function scenario() {
  const db = openWorkspace(':memory:');
  seedScenario(db);
  return workbench(db);
}
const entities = (db: Db, type?: string) =>
  (type
    ? db.prepare('SELECT id FROM entities WHERE type = ? ORDER BY id').pluck().all(type)
    : db.prepare('SELECT id FROM entities ORDER BY id').pluck().all()) as number[];
const entityNamed = (db: Db, label: string) =>
  db.prepare('SELECT id FROM entities WHERE label = ?').pluck().get(label) as number;

describe('places of the training scenario', () => {
  it('places every dealer, address, crossing and recovery from the gazetteer, inside its state', async () => {
    const { db, call } = scenario();
    const ids = entities(db);
    const { places } = await call<MapPlaces>('map.places', { entityIds: ids });
    expect(places).toHaveLength(ids.length);
    for (const type of ['dealer', 'address', 'crossing', 'recovery']) {
      const ofType = places.filter((p) => entities(db, type).includes(p.entityId));
      expect(ofType.length).toBeGreaterThan(0);
      for (const p of ofType) {
        expect(p, `${type} ${p.entityId}: ${p.reason}`).toMatchObject({ source: 'gazetteer' });
        // The gazetteer's state and the outline the point falls in agree.
        expect(stateAt(p), `${type} ${p.placeName}`).toBe(p.stateCode);
      }
    }
  });

  it('puts the Zapopan recovery in Jalisco and the Milwaukee store in Wisconsin', async () => {
    const { db, call } = scenario();
    const zapopan = db
      .prepare("SELECT id FROM entities WHERE type = 'recovery' AND label LIKE '%Zapopan%'")
      .pluck()
      .get() as number;
    const store = entityNamed(db, 'Badger Sporting Goods');
    const { places } = await call<MapPlaces>('map.places', { entityIds: [zapopan, store] });
    const [z, s] = places;
    expect(z).toMatchObject({ placeName: 'Zapopan, Jalisco', stateCode: 'MX-JAL', country: 'MX' });
    const [[west, south], [east, north]] = geoBounds(stateById('MX-JAL'));
    expect(z!.lon).toBeGreaterThan(west);
    expect(z!.lon).toBeLessThan(east);
    expect(z!.lat).toBeGreaterThan(south);
    expect(z!.lat).toBeLessThan(north);
    expect(s).toMatchObject({ placeName: 'Milwaukee, WI', stateCode: 'US-WI' });
    expect(geoContains(stateById('US-WI'), [s!.lon!, s!.lat!])).toBe(true);
    expect(geoContains(stateById('US-WI'), [z!.lon!, z!.lat!])).toBe(false);
  });

  it('reads places written in free text: the border port, the highway stop, the air cargo terminal', async () => {
    const { db, call } = scenario();
    const { places } = await call<MapPlaces>('map.places', { entityIds: entities(db, 'recovery') });
    const named = new Map(places.map((p) => [p.placeName, p]));
    expect(named.get('Nogales, AZ')?.matchedBy).toContain('Nogales');
    expect(named.get('Kenosha, WI')?.stateCode).toBe('US-WI');
    // "Anchorage" is also a town in Kentucky: the case's jurisdiction (Alaska) decides.
    expect(named.get('Anchorage, AK')?.matchedBy).toContain('jurisdiction');
    expect(named.get('Heroica Caborca, Sonora')?.stateCode).toBe('MX-SON');
  });

  it('places people at their address and purchases at their store', async () => {
    const { db, call } = scenario();
    const people = entities(db, 'person');
    const purchases = entities(db, 'purchase');
    const { places } = await call<MapPlaces>('map.places', { entityIds: [...people, ...purchases] });
    const linked = places.filter((p) => p.source === 'linked');
    expect(purchases.every((id) => linked.some((p) => p.entityId === id))).toBe(true);
    const purchase = linked.find((p) => purchases.includes(p.entityId))!;
    expect(entities(db, 'dealer')).toContain(purchase.viaEntityId);
    const hernandez = db
      .prepare(
        "SELECT m.entity_id FROM entity_members m JOIN records r ON r.id = m.record_id WHERE r.label LIKE 'José Luis Hernández Ruiz%'",
      )
      .pluck()
      .get() as number;
    expect(places.find((p) => p.entityId === hernandez)).toMatchObject({
      source: 'linked',
      stateCode: 'US-WI',
    });
    // Guns move: one sold by a store is not drawn at the store.
    const guns = await call<MapPlaces>('map.places', { entityIds: entities(db, 'firearm') });
    expect(guns.places.every((p) => p.source === 'unplaced')).toBe(true);
  });

  it('draws the flow of guns from the Milwaukee store to the Zapopan safe house', async () => {
    const { db, call } = scenario();
    const { flows } = await call<MapPlaces>('map.places', { entityIds: entities(db) });
    const store = entityNamed(db, 'Badger Sporting Goods');
    const zapopan = db
      .prepare("SELECT id FROM entities WHERE type = 'recovery' AND label LIKE '%Zapopan%'")
      .pluck()
      .get() as number;
    const flow = flows.find((f) => f.fromEntityId === store && f.toEntityId === zapopan);
    // The trace names four Wisconsin guns from that store (cases-mexico.ts).
    expect(flow?.count).toBe(4);
    expect(flows.every((f) => f.count === f.firearmIds.length && f.count > 0)).toBe(true);
  });
});

describe('placing an entity by hand', () => {
  const cell = (db: Db) =>
    db
      .prepare("SELECT id FROM entities WHERE type = 'organisation' AND label LIKE 'Célula%'")
      .pluck()
      .get() as number;

  it('stores a typed place beside the records, audits it, and takes it back', async () => {
    const { db, call } = scenario();
    const id = cell(db);
    const [before] = (await call<MapPlaces>('map.places', { entityIds: [id] })).places;
    expect(before).toMatchObject({ source: 'unplaced' });
    const records = snapshot(db).records;

    const placed = await call<EntityPlace>('map.place', { entityId: id, place: 'Zapopan, Jalisco' });
    expect(placed).toMatchObject({ source: 'manual', placeName: 'Zapopan, Jalisco', stateCode: 'MX-JAL' });
    const [after] = (await call<MapPlaces>('map.places', { entityIds: [id] })).places;
    expect(after).toMatchObject({ source: 'manual', placeName: 'Zapopan, Jalisco' });
    expect(snapshot(db).records).toBe(records); // the records are as they were
    const audit = await call<{ entries: { action: string; summary: string }[] }>('audit.list', {});
    expect(audit.entries[0]).toMatchObject({ action: 'map.place' });
    expect(audit.entries[0]!.summary).toContain('Zapopan, Jalisco');

    const removed = await call<EntityPlace | null>('map.unplace', { entityId: id });
    expect(removed).toMatchObject({ placeName: 'Zapopan, Jalisco' });
    const [undone] = (await call<MapPlaces>('map.places', { entityIds: [id] })).places;
    expect(undone).toMatchObject({ source: 'unplaced' });
    const audit2 = await call<{ entries: { action: string }[] }>('audit.list', {});
    expect(audit2.entries[0]).toMatchObject({ action: 'map.unplace' });
  });

  it('names a point dropped on the map after the nearest place, and overrides the gazetteer', async () => {
    const { db, call } = scenario();
    const store = entityNamed(db, 'Badger Sporting Goods');
    const placed = await call<EntityPlace>('map.place', { entityId: store, lat: 31.33, lon: -110.95 });
    expect(placed.placeName).toMatch(/^near Nogales, (AZ|Sonora)$/);
    const [now] = (await call<MapPlaces>('map.places', { entityIds: [store] })).places;
    expect(now).toMatchObject({ source: 'manual', lat: 31.33, lon: -110.95 });
    await call('map.unplace', { entityId: store });
    const [back] = (await call<MapPlaces>('map.places', { entityIds: [store] })).places;
    expect(back).toMatchObject({ source: 'gazetteer', placeName: 'Milwaukee, WI' });
  });

  it('refuses an unknown place or a half-given point with a coded message, writing nothing', async () => {
    const { db, dispatch } = scenario();
    const before = snapshot(db);
    const unknown = await dispatch('map.place', { entityId: cell(db), place: 'Xyzzy Sample Town' });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(unknown.ok ? '' : unknown.error.message).toContain('"Xyzzy Sample Town"');
    const half = await dispatch('map.place', { entityId: cell(db), lat: 20 });
    expect(half.ok ? null : half.error).toMatchObject({ code: 'INVALID_INPUT' });
    const nobody = await dispatch('map.place', { entityId: 999_999, place: 'Tucson' });
    expect(nobody.ok ? null : nobody.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(snapshot(db)).toEqual(before);
  });

  it('looks up typed places with accents folded', async () => {
    const { call } = scenario();
    const hits = await call<GazetteerHit[]>('map.lookUp', { query: 'Nogales, Sonora' });
    expect(hits.map((h) => h.label)).toEqual(['Nogales, Sonora, Mexico']);
    const accents = await call<GazetteerHit[]>('map.lookUp', { query: 'ciudad juarez' });
    expect(accents[0]).toMatchObject({ name: 'Ciudad Juárez', stateCode: 'MX-CHH' });
  });
});
