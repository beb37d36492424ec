// Migration 3: import bookkeeping. Fingerprints of imported files (so the same file
// imported twice into one case adds nothing), saved import specifications, and the
// case packages brought in from other workspaces.
export const migration003 = `
CREATE TABLE import_files (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  fingerprint TEXT NOT NULL,
  file_name TEXT NOT NULL,
  spec_name TEXT NOT NULL,
  rows_imported INTEGER NOT NULL,
  records_added INTEGER NOT NULL,
  links_added INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (case_id, fingerprint)
) WITHOUT ROWID;

CREATE TABLE import_specs (
  name TEXT PRIMARY KEY,
  spec TEXT NOT NULL,
  saved_at TEXT NOT NULL
);

CREATE TABLE package_imports (
  id INTEGER PRIMARY KEY,
  package_id TEXT NOT NULL,
  origin_workspace TEXT NOT NULL,
  analyst TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  case_numbers TEXT NOT NULL
);
`;
