// Migration 1: cases, source records, entities, links, identifier keys and full-text search.
export const migration001 = `
CREATE TABLE workspace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  agency TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'referred', 'suspended')),
  opened_on TEXT NOT NULL,
  jurisdiction TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '{}'
);

-- Facts as one case states them. Never rewritten by linking.
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  external_id TEXT,
  type TEXT NOT NULL,
  label TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '{}',
  source TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  UNIQUE (case_id, external_id)
);
CREATE INDEX records_by_case ON records(case_id);
CREATE INDEX records_by_type ON records(type);

-- Normalised identifiers a record states (serial with make, phone, VIN, plate, licence, address, account).
CREATE TABLE record_identifiers (
  record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (record_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX record_identifiers_by_value ON record_identifiers(kind, value);

-- The analyst's conclusions: which records describe one real thing.
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE entity_members (
  record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('own', 'identifier', 'match', 'manual')),
  evidence TEXT NOT NULL DEFAULT '{}',
  linked_at TEXT NOT NULL
);
CREATE INDEX entity_members_by_entity ON entity_members(entity_id);

-- Links between records inside one case.
CREATE TABLE links (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  external_id TEXT,
  type TEXT NOT NULL,
  from_record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  to_record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  label TEXT NOT NULL DEFAULT '',
  occurred_on TEXT,
  fields TEXT NOT NULL DEFAULT '{}',
  source TEXT NOT NULL DEFAULT '{}',
  UNIQUE (case_id, external_id)
);
CREATE INDEX links_by_case ON links(case_id);
CREATE INDEX links_by_from ON links(from_record);
CREATE INDEX links_by_to ON links(to_record);

-- Which records are truly the same thing, for evaluation. Hidden from normal screens.
CREATE TABLE ground_truth (
  record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  is_decoy INTEGER NOT NULL DEFAULT 0
);

-- Pairs of records an analyst split apart: no automatic linking may join them again.
CREATE TABLE merge_blocks (
  record_a INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  record_b INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (record_a, record_b),
  CHECK (record_a < record_b)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE record_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
`;
