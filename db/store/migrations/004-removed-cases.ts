// Migration 4 (case management): a closing date for cases, and the cases an analyst
// removed, each kept as a JSON snapshot of every row that went with it so that the
// removal can be undone exactly (same ids, same memberships, same decisions).
export const migration004RemovedCases = `
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
`;
