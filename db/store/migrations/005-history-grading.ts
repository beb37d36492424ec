// Migration (undo through the audit log, and source grading):
// - audit_changes: the rows each audited data action changed, before and after, so that
//   the action can be undone and redone exactly; audit_log.undone_at marks an undone one.
// - record_grades / link_grades: a grade an analyst set by hand on a record or a link
//   (reliability A–F, credibility 1–6), layered over the grade the record was imported
//   with (kept in the record's source), never rewriting the record itself.
export const migration005HistoryGrading = `
ALTER TABLE audit_log ADD COLUMN undone_at TEXT;

CREATE TABLE audit_changes (
  audit_id INTEGER NOT NULL REFERENCES audit_log(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  tbl TEXT NOT NULL,
  pk TEXT NOT NULL,
  before TEXT,
  after TEXT,
  PRIMARY KEY (audit_id, seq)
) WITHOUT ROWID;
CREATE INDEX audit_changes_by_row ON audit_changes(tbl, pk);

CREATE TABLE record_grades (
  record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL
);

CREATE TABLE link_grades (
  link_id INTEGER PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,
  reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL
);
`;
