// The map's migration on a real old file: the committed workspace of the schema before it opens at the
// latest schema, and a hand placement can be stored, read back and taken back there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import type { EntityPlace, MapPlaces } from '../../../shared/contract/map-model';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../db/store/migrations';
import { openWorkspace, schemaVersion } from '../../../db/store/open-workspace';
import { workbench } from '../import/helpers';

const MAP = MIGRATIONS.find((m) => m.name === 'map places')!;
const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  `../../fixtures/workspaces/schema-v${MAP.version - 1}.thorline`,
);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

it('upgrades a schema-4 workspace and stores hand placements in it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thorline-map-upgrade-'));
  dirs.push(dir);
  const file = path.join(dir, 'v4.thorline');
  fs.copyFileSync(FIXTURE, file);
  const db = openWorkspace(file);
  try {
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const { call } = workbench(db);
    const ids = db.prepare('SELECT id FROM entities ORDER BY id').pluck().all() as number[];
    const before = await call<MapPlaces>('map.places', { entityIds: ids });
    expect(before.places).toHaveLength(ids.length);
    const placed = await call<EntityPlace>('map.place', { entityId: ids[0], place: 'Tucson, Arizona' });
    expect(placed).toMatchObject({ source: 'manual', placeName: 'Tucson, AZ', stateCode: 'US-AZ' });
    const after = await call<MapPlaces>('map.places', { entityIds: [ids[0]] });
    expect(after.places[0]).toMatchObject({ source: 'manual', placeName: 'Tucson, AZ' });
    await call('map.unplace', { entityId: ids[0] });
    expect(db.prepare('SELECT count(*) FROM manual_places').pluck().get()).toBe(0);
  } finally {
    db.close();
  }
});
