// Migration 2: matching runs, scored match candidates with their decisions, and the audit log.
// A candidate row carries its own decision (pending/accepted/rejected/unsure), so a
// decided pair persists across runs; a run's rows are visible only once the run is 'done'.
export const migration002 = `
CREATE TABLE match_runs (
  id INTEGER PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('running', 'done', 'cancelled', 'failed')),
  scope TEXT NOT NULL DEFAULT '{}',
  started_at TEXT NOT NULL,
  finished_at TEXT,
  records INTEGER NOT NULL DEFAULT 0,
  pairs_compared INTEGER NOT NULL DEFAULT 0,
  candidates INTEGER NOT NULL DEFAULT 0,
  auto_merged INTEGER NOT NULL DEFAULT 0,
  message TEXT NOT NULL DEFAULT ''
);

CREATE TABLE match_candidates (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES match_runs(id) ON DELETE CASCADE,
  record_a INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  record_b INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  score REAL NOT NULL,
  weight REAL NOT NULL,
  evidence TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'unsure')),
  decided_by TEXT,
  decided_at TEXT,
  note TEXT,
  CHECK (record_a < record_b)
);
CREATE INDEX match_candidates_by_pair ON match_candidates(record_a, record_b);
CREATE INDEX match_candidates_by_record_b ON match_candidates(record_b);
CREATE INDEX match_candidates_by_run ON match_candidates(run_id);
CREATE INDEX match_candidates_queue ON match_candidates(status, score DESC);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  analyst TEXT NOT NULL,
  action TEXT NOT NULL,
  summary TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}'
);
`;
