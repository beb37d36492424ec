// Migration 4 (case management and analyst-entered facts): a closing date for cases;
// the cases an analyst removed, each kept as a JSON snapshot of every row that went with
// it so that the removal can be undone exactly (same ids, memberships and decisions);
// and the analyst's notes on a case, an entity or a link.
export const migration004CaseWork = `
ALTER TABLE cases ADD COLUMN closed_on TEXT;

CREATE TABLE removed_cases (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL,
  case_number TEXT NOT NULL,
  removed_at TEXT NOT NULL,
  analyst TEXT NOT NULL,
  counts TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  restored_at TEXT
);

CREATE TABLE analyst_notes (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  entity_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  link_id INTEGER REFERENCES links(id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  written_on TEXT NOT NULL,
  text TEXT NOT NULL,
  updated_at TEXT
);
CREATE INDEX analyst_notes_by_case ON analyst_notes(case_id);
CREATE INDEX analyst_notes_by_entity ON analyst_notes(entity_id);
CREATE INDEX analyst_notes_by_link ON analyst_notes(link_id);
`;
