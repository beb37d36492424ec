// Saved charts (issue 12): named charts with their document (the ChartDocument as JSON,
// validated on the way in and out), a thumbnail and who saved them; and the one chart
// session, the open chart as last left, autosaved so that a reload brings it back.
export const migrationSavedCharts = `
CREATE TABLE charts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  document TEXT NOT NULL,
  entity_count INTEGER NOT NULL,
  thumbnail TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  analyst TEXT NOT NULL
);
CREATE UNIQUE INDEX charts_by_name ON charts(name COLLATE NOCASE);

CREATE TABLE chart_session (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  chart_id INTEGER REFERENCES charts(id) ON DELETE SET NULL,
  document TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;
