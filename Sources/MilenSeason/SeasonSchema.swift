import GRDB

/// The store's schema, versioned with GRDB's migrations (docs/season.md). A migration, once
/// released, is never edited: a change is a new migration appended to ``migrator``.
enum SeasonSchema {
  /// Every migration, in order. Their identifiers are recorded in the store
  /// (`grdb_migrations`); a store with an identifier not listed here was written by a newer
  /// Milen and is refused.
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1-weeks-people-append-only") { db in
      try db.execute(sql: v1)
    }
    return m
  }

  /// Version 1: a row per version of a week (its files, its fingerprints and figures), a row
  /// per participant of that version, and triggers that make both append-only.
  static let v1 = """
    CREATE TABLE week_version (
      id INTEGER PRIMARY KEY,
      week TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      scenario_fingerprint TEXT NOT NULL,
      plan_fingerprint TEXT NOT NULL,
      scenario_json TEXT NOT NULL,
      plan_json TEXT NOT NULL,
      served INTEGER NOT NULL,
      enrolled INTEGER NOT NULL,
      admitted INTEGER NOT NULL,
      waiting INTEGER NOT NULL,
      in_placement INTEGER NOT NULL,
      employed INTEGER NOT NULL,
      break_even INTEGER NOT NULL,
      target INTEGER NOT NULL,
      placement_hours REAL NOT NULL,
      mentor_hours REAL NOT NULL,
      coordinator_hours REAL NOT NULL,
      coordinator_capacity REAL NOT NULL,
      annual_cost REAL NOT NULL,
      benefit_saved REAL NOT NULL,
      off_benefit INTEGER NOT NULL,
      assumptions_json TEXT NOT NULL,
      UNIQUE (week, version),
      UNIQUE (scenario_fingerprint, plan_fingerprint)
    );
    CREATE TABLE person_week (
      version_id INTEGER NOT NULL REFERENCES week_version(id),
      participant TEXT NOT NULL,
      name TEXT NOT NULL,
      status TEXT NOT NULL,
      track TEXT NOT NULL,
      company TEXT,
      company_name TEXT,
      employer TEXT,
      work_hours REAL NOT NULL,
      mentor_hours REAL NOT NULL,
      exit_reason TEXT,
      left_benefit_on TEXT,
      enrolled_on TEXT,
      referred_on TEXT,
      saved REAL NOT NULL,
      PRIMARY KEY (version_id, participant)
    ) WITHOUT ROWID;
    CREATE VIEW latest_week AS
      SELECT * FROM week_version w
      WHERE w.version = (SELECT MAX(version) FROM week_version v WHERE v.week = w.week);
    CREATE TRIGGER week_version_append_only_update BEFORE UPDATE ON week_version
      BEGIN SELECT RAISE(ABORT, 'the season is append-only'); END;
    CREATE TRIGGER week_version_append_only_delete BEFORE DELETE ON week_version
      BEGIN SELECT RAISE(ABORT, 'the season is append-only'); END;
    CREATE TRIGGER person_week_append_only_update BEFORE UPDATE ON person_week
      BEGIN SELECT RAISE(ABORT, 'the season is append-only'); END;
    CREATE TRIGGER person_week_append_only_delete BEFORE DELETE ON person_week
      BEGIN SELECT RAISE(ABORT, 'the season is append-only'); END;
    """
}
