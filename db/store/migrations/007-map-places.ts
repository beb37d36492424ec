// Migration (map places, issue 11): where the analyst put an entity on the map by hand,
// for entities whose records name no place the gazetteer knows. A conclusion layered on
// the records (keyed by a member record, so that it survives merging and splitting the
// entity), never a change to them; every placement and removal is in the audit log.
export const migrationMapPlaces = `
CREATE TABLE manual_places (
  record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  place_name TEXT NOT NULL,
  state_code TEXT,
  placed_by TEXT NOT NULL,
  placed_at TEXT NOT NULL
);
`;
