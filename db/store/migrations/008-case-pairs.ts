// Migration 8 (issue 10): the case map's case pairs, kept in the workspace instead of
// aggregated over every entity on each open (11.7 s at a million records). Derived data
// only, never a source of truth: triggers on the member rows mark each entity whose
// members change (whatever writes them: import, merge, split, match decisions, case
// removal, undo) in the same transaction, and db/store/case-pairs.ts folds the marked
// entities into the pairs. Every entity starts marked, so an upgraded workspace fills
// the pairs in its first refresh (run right after this migration, see case-pairs.ts).
export const migrationCasePairs = `
-- Entities whose members changed since the pairs were last brought up to date.
CREATE TABLE case_map_dirty (entity_id INTEGER PRIMARY KEY);

-- For each entity holding records of two cases or more: its cases, and whether a match
-- joined any of its records (what the entity added to its pairs, to take back when it changes).
CREATE TABLE case_map_spans (
  entity_id INTEGER NOT NULL,
  case_id INTEGER NOT NULL,
  matched INTEGER NOT NULL,
  PRIMARY KEY (entity_id, case_id)
) WITHOUT ROWID;

-- Case pairs sharing entities: how many, and how many of those a match joined.
CREATE TABLE case_pairs (
  case_a INTEGER NOT NULL,
  case_b INTEGER NOT NULL,
  shared INTEGER NOT NULL,
  matched INTEGER NOT NULL,
  PRIMARY KEY (case_a, case_b),
  CHECK (case_a < case_b)
) WITHOUT ROWID;

CREATE TRIGGER case_map_member_added AFTER INSERT ON entity_members BEGIN
  INSERT OR IGNORE INTO case_map_dirty (entity_id) VALUES (NEW.entity_id);
END;
CREATE TRIGGER case_map_member_removed AFTER DELETE ON entity_members BEGIN
  INSERT OR IGNORE INTO case_map_dirty (entity_id) VALUES (OLD.entity_id);
END;
CREATE TRIGGER case_map_member_changed AFTER UPDATE OF entity_id, reason ON entity_members BEGIN
  INSERT OR IGNORE INTO case_map_dirty (entity_id) VALUES (OLD.entity_id), (NEW.entity_id);
END;
-- Records never move between cases today; if one ever does, its entity's pairs follow.
CREATE TRIGGER case_map_record_moved AFTER UPDATE OF case_id ON records BEGIN
  INSERT OR IGNORE INTO case_map_dirty (entity_id)
  SELECT entity_id FROM entity_members WHERE record_id = NEW.id;
END;

INSERT INTO case_map_dirty (entity_id) SELECT id FROM entities;

-- The review queue: counting and paging pending suggestions reads this index alone
-- (the run of each row is checked from it, not from the table's wide rows). It replaces
-- the index of migration 2, whose columns it starts with.
DROP INDEX match_candidates_queue;
CREATE INDEX match_candidates_queue_visible ON match_candidates(status, score DESC, id, run_id);
`;
